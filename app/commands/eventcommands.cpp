#include "eventcommands.h"

namespace asirace {

SetEventCommand::SetEventCommand(ScenarioDocument *document, int scenarioIndex, int position, ScheduledEvent event,
                                 const QString &text)
    : DocumentCommand(document, scenarioIndex, text)
    , m_position(position)
    , m_old(scenario().events.at(size_t(position)))
    , m_new(std::move(event))
{
}

void SetEventCommand::redo()
{
    scenario().events.at(size_t(m_position)) = m_new;
    notify(DocumentChange::Events);
}

void SetEventCommand::undo()
{
    scenario().events.at(size_t(m_position)) = m_old;
    notify(DocumentChange::Events);
}

} // namespace asirace
