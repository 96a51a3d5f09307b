#include "scenariodocument.h"

#include "commands/distributioncommand.h"
#include "commands/descriptioncommand.h"
#include "commands/eventcommands.h"
#include "commands/listitemcommands.h"
#include "commands/organisationcommands.h"
#include "commands/partnershipcommands.h"
#include "commands/scenariocommands.h"
#include "commands/pincommand.h"
#include "commands/setfieldcommand.h"
#include "distributionlookup.h"
#include "fieldpath.h"
#include "scenariojson.h"
#include "scenariomerge.h"
#include "scheduledevents.h"
#include "storetext.h"
#include "validation.h"

#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace asirace {
namespace {

QString qs(const std::string &s) { return QString::fromStdString(s); }

// The first problem `after` has that `before` did not: edits may not make a
// scenario invalid (end before start, no lab left, a duplicate pair, ...).
QString newProblem(const Scenario &before, const Scenario &after)
{
    std::set<std::string> known;
    for (const auto &p : validate(before))
        known.insert(p.toString());
    for (const auto &p : validate(after))
        if (!known.count(p.toString()))
            return qs(p.object + "." + p.field + ": " + p.value + " " + p.message + " (allowed: " + p.allowed + ")");
    return {};
}

QString checkName(const QString &name)
{
    auto reason = checkText(name.toStdString(), TextRule::Name, {});
    return reason.empty() ? QString() : QObject::tr("Name '%1' %2").arg(name, qs(reason));
}

} // namespace

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

ScenarioDocument::~ScenarioDocument()
{
    // Commands reach back into the document; drop them before the scenarios go.
    m_undo.clear();
}

void ScenarioDocument::reset(std::vector<Scenario> scenarios, const QString &filePath, int current)
{
    m_undo.clear();
    m_scenarios.clear();
    for (auto &s : scenarios)
        m_scenarios.push_back(std::make_unique<Scenario>(std::move(s)));
    if (m_scenarios.empty())
        m_scenarios.push_back(std::make_unique<Scenario>());
    m_current = std::clamp(current, 0, scenarioCount() - 1);
    m_filePath = filePath;
    m_undo.setClean();
    rememberSaved();
    emit scenarioListChanged();
    emit currentChanged(m_current);
    emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
}

void ScenarioDocument::setCurrentIndex(int index)
{
    index = std::clamp(index, 0, scenarioCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    emit currentChanged(m_current);
}

int ScenarioDocument::indexOf(const QString &scenarioName) const
{
    const std::string name = scenarioName.toStdString();
    for (int i = 0; i < scenarioCount(); ++i)
        if (scenario(i).name == name)
            return i;
    return -1;
}

QStringList ScenarioDocument::scenarioNames() const
{
    QStringList names;
    for (const auto &s : m_scenarios)
        names << qs(s->name);
    return names;
}

std::vector<Scenario> ScenarioDocument::scenarios() const
{
    std::vector<Scenario> copy;
    copy.reserve(m_scenarios.size());
    for (const auto &s : m_scenarios)
        copy.push_back(*s);
    return copy;
}

QString ScenarioDocument::displayFileName() const
{
    return m_filePath.isEmpty() ? tr("untitled.db") : QFileInfo(m_filePath).fileName();
}

void ScenarioDocument::markSaved(const QString &filePath)
{
    m_undo.setClean();
    rememberSaved();
    if (filePath != m_filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
}

void ScenarioDocument::beginEditGroup(const QString &text)
{
    m_grouping = true;
    m_groupOpen = false;
    m_groupText = text;
}

void ScenarioDocument::endEditGroup()
{
    if (m_groupOpen)
        m_undo.endMacro();
    m_grouping = m_groupOpen = false;
}

bool ScenarioDocument::exec(DocumentCommand *command)
{
    if (m_grouping && !m_groupOpen) {
        m_undo.beginMacro(m_groupText);
        m_groupOpen = true;
    }
    const int before = m_undo.index();
    const int count = m_undo.count();
    m_undo.push(command); // applies it (redo), merging with the previous step when it continues it
    return m_undo.index() != before || m_undo.count() != count;
}

QString ScenarioDocument::setField(const QString &path, const QString &value, bool continuesPrevious)
{
    const std::string p = path.toStdString();
    const std::string v = value.trimmed().toStdString();
    auto old = readFieldPath(current(), p);
    Scenario scratch = current();
    if (auto error = setFieldPath(scratch, p, v))
        return qs(error->message);
    if (!old)
        return tr("%1: unknown field").arg(path);
    if (auto problem = newProblem(current(), scratch); !problem.isEmpty())
        return problem;
    // Store the value as the scenario now holds it, so undo and redo are exact.
    auto applied = readFieldPath(scratch, p);
    exec(new SetFieldCommand(this, m_current, p, *old, *applied, continuesPrevious));
    return {};
}

QString ScenarioDocument::setPinned(const QString &path, bool pinned)
{
    const Distribution *d = current().findDistribution(path.toStdString());
    if (!d)
        return tr("%1 has no distribution: Monte Carlo keeps it at its value already").arg(path);
    if (d->isPinned() == pinned)
        return {};
    exec(new PinCommand(this, m_current, path.toStdString(), pinned));
    return {};
}

QString ScenarioDocument::setDistribution(const QString &path, std::optional<Distribution> distribution)
{
    const std::string p = path.toStdString();
    FieldPathError error;
    if (!resolveNumericPath(current(), p, &error))
        return qs(error.message);
    const auto index = findDistribution(current(), p);
    std::optional<Distribution> before;
    if (index)
        before = current().distributions[*index];
    if (distribution)
        distribution->path = FieldPath::parse(p)->text();
    Scenario scratch = current();
    if (distribution && index)
        scratch.distributions[*index] = *distribution;
    else if (distribution)
        scratch.distributions.push_back(*distribution);
    else if (index)
        scratch.distributions.erase(scratch.distributions.begin() + static_cast<std::ptrdiff_t>(*index));
    else
        return {}; // no distribution to remove
    if (auto problem = newProblem(current(), scratch); !problem.isEmpty())
        return problem;
    exec(new SetDistributionCommand(this, m_current, FieldPath::parse(p)->text(), before, distribution));
    return {};
}

QString ScenarioDocument::renameOrganisation(const QString &oldName, const QString &newName)
{
    if (oldName == newName)
        return {};
    if (!current().findOrganisation(oldName.toStdString()))
        return tr("No organisation named '%1'").arg(oldName);
    if (auto error = checkName(newName); !error.isEmpty())
        return error;
    if (current().findOrganisation(newName.toStdString()))
        return tr("Name '%1' is already used by another organisation").arg(newName);
    exec(new RenameOrganisationCommand(this, m_current, oldName.toStdString(), newName.toStdString()));
    return {};
}

QString ScenarioDocument::addOrganisation(Organisation organisation)
{
    if (auto error = checkName(qs(organisation.name)); !error.isEmpty())
        return error;
    Scenario scratch = current();
    scratch.organisations.push_back(organisation);
    if (auto problem = newProblem(current(), scratch); !problem.isEmpty())
        return problem;
    const QString text = tr("Add %1").arg(qs(organisation.name));
    exec(new InsertItemCommand<Organisation>(this, m_current, &Scenario::organisations, DocumentChange::Organisations,
                                             std::move(organisation), int(current().organisations.size()), text));
    return {};
}

QString ScenarioDocument::duplicateOrganisation(const QString &name)
{
    const auto &orgs = current().organisations;
    auto it = std::find_if(orgs.begin(), orgs.end(), [&](const Organisation &o) { return qs(o.name) == name; });
    if (it == orgs.end())
        return tr("No organisation named '%1'").arg(name);
    Organisation copy = *it;
    copy.name = freeOrganisationName(name + tr(" copy")).toStdString();
    const int position = int(it - orgs.begin()) + 1; // right below the original
    const QString text = tr("Duplicate %1").arg(name);
    exec(new InsertItemCommand<Organisation>(this, m_current, &Scenario::organisations, DocumentChange::Organisations,
                                             std::move(copy), position, text));
    return {};
}

QString ScenarioDocument::removeOrganisation(const QString &name)
{
    const auto &orgs = current().organisations;
    auto it = std::find_if(orgs.begin(), orgs.end(), [&](const Organisation &o) { return qs(o.name) == name; });
    if (it == orgs.end())
        return tr("No organisation named '%1'").arg(name);
    if (it->isLab() && std::count_if(orgs.begin(), orgs.end(), [](const Organisation &o) { return o.isLab(); }) == 1)
        return tr("%1 is the last racing lab; a scenario needs at least one").arg(name);
    exec(new RemoveOrganisationCommand(this, m_current, int(it - orgs.begin())));
    return {};
}

QString ScenarioDocument::addPartnership(Partnership partnership)
{
    Scenario scratch = current();
    scratch.partnerships.push_back(partnership);
    if (auto problem = newProblem(current(), scratch); !problem.isEmpty())
        return problem;
    const QString text = tr("Add partnership %1").arg(qs(partnership.key()));
    exec(new InsertItemCommand<Partnership>(this, m_current, &Scenario::partnerships, DocumentChange::Partnerships,
                                            std::move(partnership), int(current().partnerships.size()), text));
    return {};
}

QString ScenarioDocument::removePartnership(int index)
{
    if (index < 0 || index >= int(current().partnerships.size()))
        return tr("No partnership at row %1").arg(index + 1);
    exec(new RemovePartnershipCommand(this, m_current, index));
    return {};
}

QString ScenarioDocument::setPartnershipOrganisations(int index, const QString &orgA, const QString &orgB)
{
    if (index < 0 || index >= int(current().partnerships.size()))
        return tr("No partnership at row %1").arg(index + 1);
    const auto &p = current().partnerships[size_t(index)];
    if (qs(p.org_a) == orgA && qs(p.org_b) == orgB)
        return {};
    Scenario scratch = current();
    scratch.partnerships[size_t(index)].org_a = orgA.toStdString();
    scratch.partnerships[size_t(index)].org_b = orgB.toStdString();
    if (auto problem = newProblem(current(), scratch); !problem.isEmpty())
        return problem;
    exec(new SetPartnershipOrganisationsCommand(this, m_current, index, orgA.toStdString(), orgB.toStdString()));
    return {};
}

QString ScenarioDocument::addEvent(ScheduledEvent event)
{
    Scenario scratch = current();
    scratch.events.push_back(event);
    if (auto problem = newProblem(current(), scratch); !problem.isEmpty())
        return problem;
    const QString text = tr("Add event %1").arg(qs(event.path));
    exec(new InsertItemCommand<ScheduledEvent>(this, m_current, &Scenario::events, DocumentChange::Events,
                                               std::move(event), int(current().events.size()), text));
    return {};
}

QString ScenarioDocument::duplicateEvent(int index)
{
    if (index < 0 || index >= int(current().events.size()))
        return tr("No event at row %1").arg(index + 1);
    ScheduledEvent copy = current().events[size_t(index)];
    const QString text = tr("Duplicate event %1").arg(qs(copy.path));
    exec(new InsertItemCommand<ScheduledEvent>(this, m_current, &Scenario::events, DocumentChange::Events,
                                               std::move(copy), index + 1, text));
    return {};
}

QString ScenarioDocument::removeEvent(int index)
{
    if (index < 0 || index >= int(current().events.size()))
        return tr("No event at row %1").arg(index + 1);
    const QString text = tr("Remove event %1").arg(qs(current().events[size_t(index)].path));
    exec(new RemoveItemCommand<ScheduledEvent>(this, m_current, &Scenario::events, DocumentChange::Events, index, text));
    return {};
}

QString ScenarioDocument::setEventField(int index, const QString &key, const QString &text)
{
    if (index < 0 || index >= int(current().events.size()))
        return tr("No event at row %1").arg(index + 1);
    const ScheduledEvent &old = current().events[size_t(index)];
    ScheduledEvent changed = old;
    if (auto reason = setEventKey(current(), changed, key.toStdString(), text.trimmed().toStdString()))
        return qs(eventLabel(size_t(index), old) + ": " + *reason);
    if (changed.year == old.year && changed.month == old.month && changed.path == old.path &&
        changed.value == old.value && changed.note == old.note)
        return {}; // nothing changed: no undo step
    Scenario scratch = current();
    scratch.events[size_t(index)] = changed;
    if (auto problem = newProblem(current(), scratch); !problem.isEmpty())
        return problem;
    const QString what = tr("Set %1 of event %2 to %3").arg(key, qs(old.path), text.trimmed());
    exec(new SetEventCommand(this, m_current, index, std::move(changed), what));
    return {};
}

QString ScenarioDocument::addScenario(Scenario scenario)
{
    if (auto error = checkName(qs(scenario.name)); !error.isEmpty())
        return error;
    if (indexOf(qs(scenario.name)) >= 0)
        return tr("A scenario named '%1' already exists in this file").arg(qs(scenario.name));
    const QString text = tr("Add scenario %1").arg(qs(scenario.name));
    exec(new InsertScenarioCommand(this, scenarioCount(), std::move(scenario), text));
    return {};
}

QString ScenarioDocument::duplicateScenario(int index, const QString &newName)
{
    if (index < 0 || index >= scenarioCount())
        return tr("No scenario at position %1").arg(index + 1);
    Scenario copy = scenario(index);
    copy.name = newName.toStdString();
    copy.created.clear(); // a new scenario: the store stamps it when saved
    copy.modified.clear();
    copy.author.clear(); // made by whoever saves it (the notes and model version carry over)
    return addScenario(std::move(copy));
}

QString ScenarioDocument::renameScenario(int index, const QString &newName)
{
    if (index < 0 || index >= scenarioCount())
        return tr("No scenario at position %1").arg(index + 1);
    if (qs(scenario(index).name) == newName)
        return {};
    if (auto error = checkName(newName); !error.isEmpty())
        return error;
    if (indexOf(newName) >= 0)
        return tr("A scenario named '%1' already exists in this file").arg(newName);
    exec(new RenameScenarioCommand(this, index, newName.toStdString()));
    return {};
}

QString ScenarioDocument::removeScenario(int index)
{
    if (index < 0 || index >= scenarioCount())
        return tr("No scenario at position %1").arg(index + 1);
    if (scenarioCount() == 1)
        return tr("A file keeps at least one scenario");
    exec(new RemoveScenarioCommand(this, index));
    return {};
}

QStringList ScenarioDocument::importScenarios(std::vector<Scenario> scenarios, const QString &fromFile)
{
    QStringList names;
    const auto taken = [this](const std::string &name) { return indexOf(qs(name)) >= 0; };
    m_undo.beginMacro(tr("Import %n scenario(s)", nullptr, int(scenarios.size())));
    for (auto &s : scenarios) {
        s.name = mergedName(s, fromFile.toStdString(), taken);
        names << qs(s.name);
        const QString text = tr("Import scenario %1").arg(qs(s.name));
        exec(new InsertScenarioCommand(this, scenarioCount(), std::move(s), text));
    }
    m_undo.endMacro();
    return names;
}

void ScenarioDocument::stampModified(int index, const std::string &utcTime)
{
    Scenario &s = mutableScenario(index);
    s.modified = utcTime;
    if (s.created.empty())
        s.created = utcTime;
    emit provenanceChanged(index);
}

void ScenarioDocument::stampAuthor(int index, const std::string &author)
{
    Scenario &s = mutableScenario(index);
    if (!s.author.empty() || author.empty())
        return;
    s.author = author;
    emit provenanceChanged(index);
}

void ScenarioDocument::recordRun(int index, const std::string &modelVersion)
{
    if (index < 0 || index >= scenarioCount() || scenario(index).modelVersion == modelVersion)
        return;
    mutableScenario(index).modelVersion = modelVersion;
    emit provenanceChanged(index);
}

QString ScenarioDocument::setNotes(const QString &notes)
{
    if (auto reason = store::textProblem(notes.toStdString(), store::TextKind::Prose); !reason.empty())
        return tr("Notes %1").arg(qs(reason));
    exec(new SetScenarioNotesCommand(this, m_current, notes.toStdString()));
    return {};
}

QString ScenarioDocument::freeOrganisationName(const QString &base) const
{
    QString name = base;
    for (int n = 2; current().findOrganisation(name.toStdString()); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

QString ScenarioDocument::freeScenarioName(const QString &base) const
{
    QString name = base;
    for (int n = 2; indexOf(name) >= 0; ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void ScenarioDocument::insertScenario(int index, Scenario scenario)
{
    m_scenarios.insert(m_scenarios.begin() + index, std::make_unique<Scenario>(std::move(scenario)));
    m_saved.try_emplace(m_scenarios[size_t(index)].get(), *m_scenarios[size_t(index)]);
    m_current = index;
    emit scenarioListChanged();
    emit currentChanged(m_current);
}

Scenario ScenarioDocument::takeScenario(int index)
{
    m_saved.erase(m_scenarios.at(size_t(index)).get());
    Scenario taken = std::move(*m_scenarios.at(size_t(index)));
    m_scenarios.erase(m_scenarios.begin() + index);
    if (m_current > index || m_current >= scenarioCount())
        m_current = std::max(0, m_current - 1);
    emit scenarioListChanged();
    emit currentChanged(m_current);
    return taken;
}

void ScenarioDocument::notifyEdited(int scenarioIndex, DocumentChange change, const QString &path)
{
    // Undoing an edit of another scenario shows that scenario, so the user sees what changed.
    setCurrentIndex(scenarioIndex);
    if (change == DocumentChange::Scenario)
        emit scenarioListChanged();
    emit edited(change, path);
}

void ScenarioDocument::setDescription(int index, const QString &text)
{
    if (index < 0 || index >= scenarioCount())
        return;
    exec(new DescriptionCommand(this, index, text.toStdString()));
}

void ScenarioDocument::rememberSaved()
{
    m_saved.clear();
    for (const auto &s : m_scenarios)
        m_saved.emplace(s.get(), *s);
}

const Scenario *ScenarioDocument::savedScenario(int index) const
{
    if (index < 0 || index >= scenarioCount())
        return nullptr;
    auto it = m_saved.find(m_scenarios[size_t(index)].get());
    return it == m_saved.end() ? nullptr : &it->second;
}

bool ScenarioDocument::isScenarioEdited(int index) const
{
    const Scenario *saved = savedScenario(index);
    if (!saved)
        return false;
    // The JSON form covers every field, so no field can be forgotten here,
    // except what the program stamps by itself: the model a run used and the
    // times are bookkeeping, not the user's edits.
    auto comparable = [](Scenario s) {
        s.modelVersion.clear();
        s.created.clear();
        s.modified.clear();
        return scenarioToJson(s);
    };
    return comparable(*saved) != comparable(scenario(index));
}

} // namespace asirace
