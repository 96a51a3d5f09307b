#include "eventcommands.h"

namespace asirace {

InsertEventCommand::InsertEventCommand(ScenarioDocument *document, int scenarioIndex, ScheduledEvent event,
                                       int position, const QString &text)
    : DocumentCommand(document, scenarioIndex, text)
    , m_event(std::move(event))
    , m_position(position)
{
}

void InsertEventCommand::redo()
{
    auto &events = scenario().events;
    events.insert(events.begin() + m_position, m_event);
    notify(DocumentChange::Events);
}

void InsertEventCommand::undo()
{
    auto &events = scenario().events;
    events.erase(events.begin() + m_position);
    notify(DocumentChange::Events);
}

RemoveEventCommand::RemoveEventCommand(ScenarioDocument *document, int scenarioIndex, int position)
    : DocumentCommand(document, scenarioIndex, {})
    , m_position(position)
    , m_event(scenario().events.at(size_t(position)))
{
    setText(QObject::tr("Remove event %1").arg(QString::fromStdString(m_event.path)));
}

void RemoveEventCommand::redo()
{
    auto &events = scenario().events;
    events.erase(events.begin() + m_position);
    notify(DocumentChange::Events);
}

void RemoveEventCommand::undo()
{
    auto &events = scenario().events;
    events.insert(events.begin() + m_position, m_event);
    notify(DocumentChange::Events);
}

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
