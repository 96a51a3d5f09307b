#pragma once
// What the Labs, Partnerships and Events tables share: they show a scenario
// they do not own, and turn edits into EditRequests for the document,
// reporting refusals instead of writing the scenario themselves. A block of
// cells (a paste) is set as one undo step.

#include "editrequest.h"
#include "scenario.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace asirace {

class ScenarioTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setEditHandler(EditHandler handler) { m_handler = std::move(handler); }
    void setEditGroupHandler(EditGroupHandler handler) { m_group = std::move(handler); }
    // The scenario shown; the caller keeps it alive and calls refresh()/reload() after changes.
    void setScenario(const Scenario *scenario);
    void refresh(); // values changed
    void reload();  // rows added, removed or renamed

    // Every cell is selectable and edited as text; subclasses refine this.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // One cell to set from text, as if typed into it.
    struct CellText {
        int row = 0;
        int column = 0;
        QString text;
    };
    struct CellsOutcome {
        int applied = 0;
        QStringList refusals; // one line per refused cell: the reason, naming row, field, range and unit
    };
    // Sets `cells` in order, each validated on its own like a typed entry; the
    // valid ones are applied as one undo step named `undoText`, the refused
    // ones are left as they were. `extraRefusals` (cells the caller could not
    // place) are listed with them in one inputRejected message.
    CellsOutcome setCells(const QList<CellText> &cells, const QString &undoText,
                          const QStringList &extraRefusals = {});

signals:
    // An edit was refused before reaching the document, or by it: the reason
    // names the field, the value, the allowed range and the unit.
    void inputRejected(const QString &reason);

protected:
    // Sends the request to the document; false (and a refusal) when refused.
    bool submit(const EditRequest &request);
    // Reports why an entry was refused (to the user, or into the running setCells).
    void reject(const QString &reason);

    const Scenario *m_scenario = nullptr;

private:
    EditHandler m_handler;
    EditGroupHandler m_group;
    QStringList *m_refusals = nullptr; // collecting during setCells
};

} // namespace asirace
