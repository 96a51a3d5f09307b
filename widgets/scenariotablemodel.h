#pragma once
// What the Labs and Partnerships tables share: they show a scenario they do
// not own, and turn edits into EditRequests for the document, reporting
// refusals instead of writing the scenario themselves.

#include "editrequest.h"
#include "scenario.h"

#include <QAbstractTableModel>

namespace asirace {

class ScenarioTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setEditHandler(EditHandler handler) { m_handler = std::move(handler); }
    // The scenario shown; the caller keeps it alive and calls refresh()/reload() after changes.
    void setScenario(const Scenario *scenario);
    void refresh(); // values changed
    void reload();  // rows added, removed or renamed

signals:
    // An edit was refused before reaching the document, or by it: the reason
    // names the field, the value, the allowed range and the unit.
    void inputRejected(const QString &reason);

protected:
    // Sends the request to the document; false (and inputRejected) when refused.
    bool submit(const EditRequest &request);

    const Scenario *m_scenario = nullptr;

private:
    EditHandler m_handler;
};

} // namespace asirace
