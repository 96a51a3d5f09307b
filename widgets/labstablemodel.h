#pragma once
// The Labs table: one row per organisation of the scenario, one column per
// declared field. A thin adapter: it reads the scenario it is given and turns
// edits into EditRequests for the document; it never writes the scenario.

#include "fieldcolumns.h"
#include "scenariotablemodel.h"

namespace asirace {

class LabsTableModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    explicit LabsTableModel(QObject *parent = nullptr);

    void refreshPath(const QString &path); // one value changed (ORG.F); cheap enough for every slider tick

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

private:
    std::vector<FieldColumn<Organisation>> m_columns;
};

} // namespace asirace
