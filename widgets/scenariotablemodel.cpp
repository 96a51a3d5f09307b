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

bool ScenarioTableModel::submit(const EditRequest &request)
{
    if (!m_handler)
        return false;
    const QString reason = m_handler(request);
    if (!reason.isEmpty()) {
        emit inputRejected(reason);
        return false;
    }
    return true;
}

} // namespace asirace
