#include "scenariotablemodel.h"

namespace asirace {

void ScenarioTableModel::setScenario(const Scenario *scenario)
{
    beginResetModel();
    m_scenario = scenario;
    endResetModel();
}

void ScenarioTableModel::refresh()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ScenarioTableModel::reload()
{
    beginResetModel();
    endResetModel();
}

Qt::ItemFlags ScenarioTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool ScenarioTableModel::submit(const EditRequest &request)
{
    if (!m_handler)
        return false;
    const QString reason = m_handler(request);
    if (!reason.isEmpty()) {
        reject(reason);
        return false;
    }
    return true;
}

void ScenarioTableModel::reject(const QString &reason)
{
    if (m_refusals)
        m_refusals->append(reason);
    else
        emit inputRejected(reason);
}

ScenarioTableModel::CellsOutcome ScenarioTableModel::setCells(const QList<CellText> &cells, const QString &undoText,
                                                              const QStringList &extraRefusals)
{
    CellsOutcome outcome;
    outcome.refusals = extraRefusals;
    m_refusals = &outcome.refusals;
    if (m_group.begin)
        m_group.begin(undoText);
    for (const CellText &cell : cells) {
        // Indexes are made per cell: an earlier cell (a rename) may have reloaded the rows.
        const QModelIndex target = index(cell.row, cell.column);
        const qsizetype refusedBefore = outcome.refusals.size();
        if (!(flags(target) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable))) {
            outcome.refusals << tr("row %1, %2: cannot be edited")
                                    .arg(cell.row + 1)
                                    .arg(headerData(cell.column, Qt::Horizontal).toString().simplified());
        } else if (setData(target, cell.text, Qt::EditRole)) {
            ++outcome.applied;
        } else if (outcome.refusals.size() == refusedBefore) {
            outcome.refusals << tr("row %1, %2: '%3' was not accepted")
                                    .arg(cell.row + 1)
                                    .arg(headerData(cell.column, Qt::Horizontal).toString().simplified(), cell.text);
        }
    }
    if (m_group.end)
        m_group.end();
    m_refusals = nullptr;
    if (!outcome.refusals.isEmpty()) {
        const qsizetype total = cells.size() + extraRefusals.size();
        emit inputRejected(tr("%1 of %2 pasted cells (%3 applied, as one undo step):\n• %4")
                               .arg(outcome.refusals.size())
                               .arg(total)
                               .arg(outcome.applied)
                               .arg(outcome.refusals.join(QStringLiteral("\n• "))));
    }
    return outcome;
}

} // namespace asirace
