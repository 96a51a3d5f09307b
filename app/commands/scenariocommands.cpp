#include "scenariocommands.h"

namespace asirace {

InsertScenarioCommand::InsertScenarioCommand(ScenarioDocument *document, int index, Scenario scenario,
                                             const QString &text)
    : DocumentCommand(document, index, text)
    , m_scenario(std::move(scenario))
    , m_previousCurrent(document->currentIndex())
{
}

void InsertScenarioCommand::redo() { insertScenario(scenarioIndex(), m_scenario); }

void InsertScenarioCommand::undo()
{
    takeScenario(scenarioIndex());
    document()->setCurrentIndex(m_previousCurrent);
}

RemoveScenarioCommand::RemoveScenarioCommand(ScenarioDocument *document, int index)
    : DocumentCommand(document, index, {})
    , m_previousCurrent(document->currentIndex())
{
    setText(QObject::tr("Delete scenario %1").arg(QString::fromStdString(document->scenario(index).name)));
}

void RemoveScenarioCommand::redo() { m_scenario = takeScenario(scenarioIndex()); }

void RemoveScenarioCommand::undo()
{
    insertScenario(scenarioIndex(), m_scenario);
    document()->setCurrentIndex(m_previousCurrent);
}

RenameScenarioCommand::RenameScenarioCommand(ScenarioDocument *document, int index, std::string newName)
    : DocumentCommand(document, index, {})
    , m_oldName(document->scenario(index).name)
    , m_newName(std::move(newName))
{
    setText(QObject::tr("Rename scenario %1 to %2")
                .arg(QString::fromStdString(m_oldName), QString::fromStdString(m_newName)));
}

void RenameScenarioCommand::redo()
{
    scenario().name = m_newName;
    notify(DocumentChange::Scenario);
}

void RenameScenarioCommand::undo()
{
    scenario().name = m_oldName;
    notify(DocumentChange::Scenario);
}

SetScenarioNotesCommand::SetScenarioNotesCommand(ScenarioDocument *document, int index, std::string notes)
    : DocumentCommand(document, index, QObject::tr("Edit the notes of %1").arg(QString::fromStdString(document->scenario(index).name)))
    , m_oldNotes(document->scenario(index).notes)
    , m_newNotes(std::move(notes))
{
}

void SetScenarioNotesCommand::redo()
{
    scenario().notes = m_newNotes;
    notify(DocumentChange::Scenario);
}

void SetScenarioNotesCommand::undo()
{
    scenario().notes = m_oldNotes;
    notify(DocumentChange::Scenario);
}

} // namespace asirace
