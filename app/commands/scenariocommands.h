#pragma once
// Edits of the file's list of scenarios: new, duplicate or imported (insert),
// delete and rename. The inserted scenario becomes the one being edited.

#include "documentcommand.h"

namespace asirace {

class InsertScenarioCommand : public DocumentCommand
{
public:
    InsertScenarioCommand(ScenarioDocument *document, int index, Scenario scenario, const QString &text);
    void redo() override;
    void undo() override;

private:
    Scenario m_scenario;
    int m_previousCurrent;
};

class RemoveScenarioCommand : public DocumentCommand
{
public:
    RemoveScenarioCommand(ScenarioDocument *document, int index);
    void redo() override;
    void undo() override;

private:
    Scenario m_scenario;
    int m_previousCurrent;
};

class RenameScenarioCommand : public DocumentCommand
{
public:
    RenameScenarioCommand(ScenarioDocument *document, int index, std::string newName);
    void redo() override;
    void undo() override;

private:
    std::string m_oldName;
    std::string m_newName;
};

// The scenario's free-text notes (provenance).
class SetScenarioNotesCommand : public DocumentCommand
{
public:
    SetScenarioNotesCommand(ScenarioDocument *document, int index, std::string notes);
    void redo() override;
    void undo() override;

private:
    std::string m_oldNotes;
    std::string m_newNotes;
};

} // namespace asirace
