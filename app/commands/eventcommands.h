#pragma once
// Adding, removing and changing scheduled events. Each is one undo step; the
// whole event is remembered, so undo restores it exactly at its old position.

#include "documentcommand.h"

namespace asirace {

// Inserts `event` at `position` (add and duplicate).
class InsertEventCommand : public DocumentCommand
{
public:
    InsertEventCommand(ScenarioDocument *document, int scenarioIndex, ScheduledEvent event, int position,
                       const QString &text);
    void redo() override;
    void undo() override;

private:
    ScheduledEvent m_event;
    int m_position;
};

class RemoveEventCommand : public DocumentCommand
{
public:
    RemoveEventCommand(ScenarioDocument *document, int scenarioIndex, int position);
    void redo() override;
    void undo() override;

private:
    int m_position;
    ScheduledEvent m_event;
};

// Replaces the event at `position` (one cell edited: month, input, value or note).
class SetEventCommand : public DocumentCommand
{
public:
    SetEventCommand(ScenarioDocument *document, int scenarioIndex, int position, ScheduledEvent event,
                    const QString &text);
    void redo() override;
    void undo() override;

private:
    int m_position;
    ScheduledEvent m_old, m_new;
};

} // namespace asirace
