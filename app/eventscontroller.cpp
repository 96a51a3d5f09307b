#include "eventscontroller.h"

#include "editrequest.h"
#include "eventstablemodel.h"
#include "fieldpath.h"
#include "messagebanner.h"
#include "scheduledevents.h"
#include "tableeditor.h"

#include <QToolButton>

#include <algorithm>

namespace asirace {

EventsController::EventsController(ScenarioDocument *document, TableEditor *editor, EventsTableModel *model,
                                   QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_editor(editor)
    , m_model(model)
{
    m_model->setEditHandler([this](const EditRequest &request) {
        return m_document->setEventField(request.row, request.path, request.value);
    });
    m_model->setEditGroupHandler({[this](const QString &text) { m_document->beginEditGroup(text); },
                                  [this] { m_document->endEditGroup(); }});
    connect(m_editor, &TableEditor::statusMessage, this, &EventsController::statusMessage);
    connect(m_editor->addButton(tr("Add event"), tr("Change an input from a given month on")), &QToolButton::clicked,
            this, &EventsController::addEvent);
    connect(m_editor->addButton(tr("Duplicate"), tr("Duplicate the selected event")), &QToolButton::clicked, this,
            &EventsController::duplicateEvent);
    connect(m_editor->addButton(tr("Remove"), tr("Remove the selected event")), &QToolButton::clicked, this,
            &EventsController::removeEvent);
    connect(m_model, &EventsTableModel::inputRejected, this, &EventsController::reportRefusal);
    connect(m_document, &ScenarioDocument::edited, this, &EventsController::onEdited);
    connect(m_document, &ScenarioDocument::currentChanged, this,
            [this] { m_model->setScenario(&m_document->current()); });
    m_model->setScenario(&m_document->current());
}

ScheduledEvent EventsController::defaultEvent(const Scenario &scenario)
{
    ScheduledEvent event;
    const auto lab = std::find_if(scenario.organisations.begin(), scenario.organisations.end(),
                                  [](const Organisation &o) { return o.isLab(); });
    const auto paths = numericPaths(scenario);
    const std::string prefix = lab == scenario.organisations.end() ? std::string("assumptions.") : lab->name + ".";
    const auto path = std::find_if(paths.begin(), paths.end(), [&](const std::string &p) { return p.starts_with(prefix); });
    event.path = path != paths.end() ? *path : paths.front();
    event.value = *resolveNumericPath(scenario, event.path)->value;
    event.year = std::clamp(int(scenario.assumptions.start_year) + 1, kEventFirstYear, kEventLastYear);
    event.month = 1;
    event.note = tr("assumption: why").toStdString();
    return event;
}

void EventsController::addEvent()
{
    if (auto error = m_document->addEvent(defaultEvent(m_document->current())); !error.isEmpty())
        return reportRefusal(error);
    m_editor->selectRow(m_model->rowCount() - 1);
}

void EventsController::duplicateEvent()
{
    const int row = m_editor->currentRow();
    if (row < 0)
        return reportRefusal(tr("Select the event to duplicate first"));
    if (auto error = m_document->duplicateEvent(row); !error.isEmpty())
        return reportRefusal(error);
    m_editor->selectRow(row + 1);
}

void EventsController::removeEvent()
{
    const int row = m_editor->currentRow();
    if (row < 0)
        return reportRefusal(tr("Select the event to remove first"));
    if (auto error = m_document->removeEvent(row); !error.isEmpty())
        reportRefusal(error);
}

void EventsController::onEdited(DocumentChange change)
{
    m_editor->banner()->clearMessage();
    // Organisations and partnerships take their events along when removed or renamed.
    if (change == DocumentChange::Events || change == DocumentChange::Organisations ||
        change == DocumentChange::Partnerships)
        m_model->reload();
}

void EventsController::reportRefusal(const QString &reason)
{
    m_editor->banner()->showError(reason);
    emit statusMessage(tr("Not applied: %1").arg(reason));
}

} // namespace asirace
