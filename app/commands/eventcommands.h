#pragma once
// Changing one scheduled event (a cell of the Events table: month, input,
// value or note). The whole event is remembered before and after, so undo is
// exact. Adding and removing events are InsertItemCommand / RemoveItemCommand.

#include "documentcommand.h"

namespace asirace {

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
