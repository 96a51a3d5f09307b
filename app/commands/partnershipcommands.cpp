#include "partnershipcommands.h"

#include "fieldpath.h"
#include "takeall.h"

namespace asirace {
namespace {
// The parsed `path` when it addresses a term of the partnership orgA/orgB.
std::optional<FieldPath> termOf(const std::string &path, const std::string &orgA, const std::string &orgB)
{
    auto parsed = FieldPath::parse(path);
    if (parsed && parsed->owner == FieldPath::Owner::Partnership && parsed->org == orgA && parsed->orgB == orgB)
        return parsed;
    return std::nullopt;
}
} // namespace

RemovePartnershipCommand::RemovePartnershipCommand(ScenarioDocument *document, int scenarioIndex, int position)
    : DocumentCommand(document, scenarioIndex, {})
    , m_position(position)
{
    setText(QObject::tr("Remove partnership %1")
                .arg(QString::fromStdString(scenario().partnerships.at(size_t(position)).key())));
}

void RemovePartnershipCommand::redo()
{
    auto &s = scenario();
    m_partnership = s.partnerships.at(size_t(m_position));
    const auto isTerm = [&](const auto &item) { return termOf(item.path, m_partnership.org_a, m_partnership.org_b); };
    m_distributions = takeAll(s.distributions, isTerm);
    m_events = takeAll(s.events, isTerm);
    s.partnerships.erase(s.partnerships.begin() + m_position);
    notify(DocumentChange::Partnerships);
}

void RemovePartnershipCommand::undo()
{
    auto &s = scenario();
    s.partnerships.insert(s.partnerships.begin() + m_position, m_partnership);
    restoreAll(s.distributions, m_distributions);
    restoreAll(s.events, m_events);
    notify(DocumentChange::Partnerships);
}

SetPartnershipOrganisationsCommand::SetPartnershipOrganisationsCommand(ScenarioDocument *document, int scenarioIndex,
                                                                       int position, std::string orgA, std::string orgB)
    : DocumentCommand(document, scenarioIndex, {})
    , m_position(position)
    , m_newA(std::move(orgA))
    , m_newB(std::move(orgB))
{
    const auto &p = scenario().partnerships.at(size_t(position));
    m_oldA = p.org_a;
    m_oldB = p.org_b;
    setText(QObject::tr("Change partnership %1 to %2/%3")
                .arg(QString::fromStdString(p.key()), QString::fromStdString(m_newA), QString::fromStdString(m_newB)));
}

void SetPartnershipOrganisationsCommand::redo() { apply(m_newA, m_newB); }
void SetPartnershipOrganisationsCommand::undo() { apply(m_oldA, m_oldB); }

void SetPartnershipOrganisationsCommand::apply(const std::string &orgA, const std::string &orgB)
{
    auto &s = scenario();
    auto &p = s.partnerships.at(size_t(m_position));
    const auto repoint = [&](std::string &path) {
        if (auto term = termOf(path, p.org_a, p.org_b)) {
            term->org = orgA;
            term->orgB = orgB;
            path = term->text();
        }
    };
    for (auto &d : s.distributions)
        repoint(d.path);
    for (auto &e : s.events)
        repoint(e.path);
    p.org_a = orgA;
    p.org_b = orgB;
    notify(DocumentChange::Partnerships);
}

} // namespace asirace
