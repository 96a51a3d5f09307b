#pragma once
// Connects the Events table to the document: Add event, Duplicate and Remove
// buttons, cell edits through the document's gate (each one undo step), and
// reloading the table when events, or the organisations they name, change.

#include "scenariodocument.h"

#include <QObject>

namespace asirace {

class EventsTableModel;
class TableEditor;

class EventsController : public QObject
{
    Q_OBJECT
public:
    EventsController(ScenarioDocument *document, TableEditor *editor, EventsTableModel *model,
                     QObject *parent = nullptr);

    void addEvent();
    void duplicateEvent();
    void removeEvent();

    // A valid new event: the first racing lab's first input at its current
    // value, from January of the year after the start.
    static ScheduledEvent defaultEvent(const Scenario &scenario);

signals:
    void statusMessage(const QString &message);

private:
    void onEdited(DocumentChange change);
    void reportRefusal(const QString &reason);

    ScenarioDocument *m_document;
    TableEditor *m_editor;
    EventsTableModel *m_model;
};

} // namespace asirace
