#include "organisationcommands.h"

#include "fieldpath.h"
#include "takeall.h"

namespace asirace {

RemoveOrganisationCommand::RemoveOrganisationCommand(ScenarioDocument *document, int scenarioIndex, int position)
    : DocumentCommand(document, scenarioIndex, {})
    , m_position(position)
{
    setText(QObject::tr("Remove %1").arg(QString::fromStdString(scenario().organisations.at(size_t(position)).name)));
}

void RemoveOrganisationCommand::redo()
{
    auto &s = scenario();
    m_organisation = s.organisations.at(size_t(m_position));
    const std::string &name = m_organisation.name;
    m_partnerships = takeAll(s.partnerships, [&](const Partnership &p) { return p.org_a == name || p.org_b == name; });
    m_distributions =
        takeAll(s.distributions, [&](const Distribution &d) { return pathMentionsOrganisation(d.path, name); });
    m_events = takeAll(s.events, [&](const ScheduledEvent &e) { return pathMentionsOrganisation(e.path, name); });
    m_factors = s.factors;
    for (auto &f : s.factors)
        std::erase_if(f.loadings, [&](const FactorLoading &l) { return pathMentionsOrganisation(l.path, name); });
    s.organisations.erase(s.organisations.begin() + m_position);
    notify(DocumentChange::Organisations);
}

void RemoveOrganisationCommand::undo()
{
    auto &s = scenario();
    s.organisations.insert(s.organisations.begin() + m_position, m_organisation);
    restoreAll(s.partnerships, m_partnerships);
    restoreAll(s.distributions, m_distributions);
    restoreAll(s.events, m_events);
    s.factors = m_factors;
    notify(DocumentChange::Organisations);
}

RenameOrganisationCommand::RenameOrganisationCommand(ScenarioDocument *document, int scenarioIndex,
                                                     std::string oldName, std::string newName)
    : DocumentCommand(document, scenarioIndex,
                      QObject::tr("Rename %1 to %2").arg(QString::fromStdString(oldName), QString::fromStdString(newName)))
    , m_oldName(std::move(oldName))
    , m_newName(std::move(newName))
{
}

void RenameOrganisationCommand::redo() { rename(m_oldName, m_newName); }
void RenameOrganisationCommand::undo() { rename(m_newName, m_oldName); }

void RenameOrganisationCommand::rename(const std::string &from, const std::string &to)
{
    // The new name was checked to be free, so renaming back is exact.
    auto &s = scenario();
    if (auto *org = s.findOrganisation(from))
        org->name = to;
    for (auto &p : s.partnerships) {
        if (p.org_a == from)
            p.org_a = to;
        if (p.org_b == from)
            p.org_b = to;
    }
    for (auto &d : s.distributions)
        d.path = renameOrganisationInPath(d.path, from, to);
    for (auto &e : s.events)
        e.path = renameOrganisationInPath(e.path, from, to);
    for (auto &f : s.factors)
        for (auto &l : f.loadings)
            l.path = renameOrganisationInPath(l.path, from, to);
    notify(DocumentChange::Organisations);
}

} // namespace asirace
