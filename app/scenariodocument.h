#pragma once
// The open scenario file as the GUI sees it: every scenario of the file, which
// one is being edited, where it lives on disk, and its undo history.
//
// All edits go through one gate, exec(), which pushes an undo command; the
// request methods below validate first and return the reason when they refuse,
// so nothing invalid ever reaches a Scenario. Commands report what they changed
// through edited(), so undo and redo refresh the views with no extra code.

#include "scenario.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace asirace {

class DocumentCommand;

// What an edit touched in the current scenario, so views refresh only that.
enum class DocumentChange {
    Field,         // one value; `path` names it (assumptions.F, ORG.F, A/B.F)
    Organisations, // organisations added, removed or renamed (partnerships may follow)
    Partnerships,  // partnerships added, removed or re-pointed
    Events,        // scheduled events added, removed or changed
    Scenario,      // name or description of the scenario
};

class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    // Replaces everything (New, Open): clears the undo history, leaves it unmodified.
    void reset(std::vector<Scenario> scenarios, const QString &filePath, int current = 0);

    int scenarioCount() const { return int(m_scenarios.size()); }
    const Scenario &scenario(int index) const { return *m_scenarios.at(size_t(index)); }
    const Scenario &current() const { return scenario(m_current); }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    int indexOf(const QString &scenarioName) const;
    QStringList scenarioNames() const;
    std::vector<Scenario> scenarios() const; // a copy, for saving

    QString filePath() const { return m_filePath; }
    QString displayFileName() const; // "untitled.db" before the first save
    bool isModified() const { return !m_undo.isClean(); }
    // After a successful save to `filePath`.
    void markSaved(const QString &filePath);
    QUndoStack *undoStack() { return &m_undo; }

    // The gate: pushes `command` (which applies it). Returns false (and deletes
    // it) when the command turned out to change nothing.
    bool exec(DocumentCommand *command);

    // Makes the edits until endEditGroup() one undo step named `text` (a paste
    // of many cells). The step opens with the first edit applied, so a group
    // in which every edit was refused leaves no empty step behind.
    void beginEditGroup(const QString &text);
    void endEditGroup();

    // Edit requests on the current scenario. Empty result = applied; otherwise
    // the reason for the refusal, naming the field, value, range and unit.
    // `continuesPrevious`: a later tick of the same slider drag (merges into one undo step).
    QString setField(const QString &path, const QString &value, bool continuesPrevious = false);
    // Pins (or unpins) the distribution on `path`: Monte Carlo keeps the input
    // at its value. Refused when the input has no distribution.
    QString setPinned(const QString &path, bool pinned);
    // Gives the input at `path` the distribution (its path is set to `path`),
    // or removes its distribution when empty; one undo step.
    QString setDistribution(const QString &path, std::optional<Distribution> distribution);
    QString renameOrganisation(const QString &oldName, const QString &newName);
    QString addOrganisation(Organisation organisation);
    QString duplicateOrganisation(const QString &name);
    QString removeOrganisation(const QString &name);
    QString addPartnership(Partnership partnership);
    QString removePartnership(int index);
    QString setPartnershipOrganisations(int index, const QString &orgA, const QString &orgB);
    // Scheduled events: one undo step each. addEvent appends; duplicateEvent puts
    // the copy below the original; setEventField changes one key of an event
    // ("from", "path", "value" or "note", as JSON names them) from text.
    QString addEvent(ScheduledEvent event);
    QString duplicateEvent(int index);
    QString removeEvent(int index);
    QString setEventField(int index, const QString &key, const QString &text);

    // Scenario list edits (also undoable).
    QString addScenario(Scenario scenario); // appended and made current
    QString duplicateScenario(int index, const QString &newName);
    QString renameScenario(int index, const QString &newName);
    QString removeScenario(int index);

    // Adds scenarios read from another file (JSON or .db) as one undo step,
    // renaming any whose name is taken ("Patel's view (from Ana)", or "(from
    // FILE)" without an author: mergedName()); returns the names they got.
    QStringList importScenarios(std::vector<Scenario> scenarios, const QString &fromFile);

    // The scenario's description as one undo step (free text; nothing to refuse).
    void setDescription(int index, const QString &text);

    // A scenario as it was opened or last saved (one added since: as it was
    // added). What Reset returns an input to; null for an unknown index.
    const Scenario *savedScenario(int index) const;
    // Whether a scenario differs from its saved form ("Patel's view, edited").
    bool isScenarioEdited(int index) const;

    // Sets the `modified` time (and `created`, when empty) of a scenario as it
    // is saved. File metadata, not an edit: no undo step.
    void stampModified(int index, const std::string &utcTime);
    // Provenance the program records (no undo step, not an edit): the author
    // of a scenario that has none, and the model version it was last run with.
    void stampAuthor(int index, const std::string &author);
    void recordRun(int index, const std::string &modelVersion);
    // The current scenario's free-text notes: one undo step.
    QString setNotes(const QString &notes);

    // A name not yet used by an organisation of the current scenario ("Meta copy 2").
    QString freeOrganisationName(const QString &base) const;
    QString freeScenarioName(const QString &base) const;

signals:
    void edited(asirace::DocumentChange change, const QString &path);
    void currentChanged(int index);      // another scenario is being edited (views reload)
    void scenarioListChanged();          // names or number of scenarios changed
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    void provenanceChanged(int index); // recorded provenance (times, author, model version) changed

private:
    friend class DocumentCommand;
    // Used by commands only, through DocumentCommand.
    Scenario &mutableScenario(int index) { return *m_scenarios.at(size_t(index)); }
    void insertScenario(int index, Scenario scenario);
    Scenario takeScenario(int index);
    void notifyEdited(int scenarioIndex, DocumentChange change, const QString &path);

    // Scenarios are heap-allocated so views may hold a pointer across inserts.
    std::vector<std::unique_ptr<Scenario>> m_scenarios;
    void rememberSaved();
    std::map<const Scenario *, Scenario> m_saved; // by the scenario's (stable) address
    int m_current = 0;
    QString m_filePath;
    QUndoStack m_undo;
    QString m_groupText;      // of the open edit group, if any
    bool m_grouping = false;  // between beginEditGroup and endEditGroup
    bool m_groupOpen = false; // its undo macro has begun
};

} // namespace asirace
