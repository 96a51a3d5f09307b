#pragma once
// The Labs table: one row per organisation of the scenario, one column per
// declared field. A thin adapter: it reads the scenario it is given and turns
// edits into EditRequests for the document; it never writes the scenario.

#include "editrequest.h"
#include "fieldcolumns.h"
#include "scenario.h"

#include <QAbstractTableModel>

namespace asirace {

class LabsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit LabsTableModel(QObject *parent = nullptr);

    void setEditHandler(EditHandler handler) { m_handler = std::move(handler); }
    // The scenario shown; the caller keeps it alive and calls refresh()/reload() after changes.
    void setScenario(const Scenario *scenario);
    void refresh(); // values changed
    void refreshPath(const QString &path); // one value changed (ORG.F); cheap enough for every slider tick
    void reload();  // rows added, removed or renamed

    QString organisationAt(int row) const;
    int rowOf(const QString &name) const;
    int columnOf(const QString &fieldName) const;
    QString pathAt(const QModelIndex &index) const; // "OpenAI.mfu"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An edit was refused before reaching the document, or by it: the reason
    // names the field, the value, the allowed range and the unit.
    void inputRejected(const QString &reason);

private:
    bool submit(const EditRequest &request);

    const Scenario *m_scenario = nullptr;
    std::vector<FieldColumn<Organisation>> m_columns;
    EditHandler m_handler;
};

} // namespace asirace
