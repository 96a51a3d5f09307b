#pragma once
// The Partnerships table: one row per partnership, the two organisations
// chosen from the scenario's organisations, then every term. Like the Labs
// table it only reads the scenario and sends EditRequests.

#include "fieldcolumns.h"
#include "scenariotablemodel.h"

namespace asirace {

class PartnershipsTableModel : public ScenarioTableModel
{
    Q_OBJECT
public:
    explicit PartnershipsTableModel(QObject *parent = nullptr);

    void refreshPath(const QString &path); // one value changed (A/B.F, or an organisation's colour)

    int columnOf(const QString &fieldName) const;
    QString pathAt(const QModelIndex &index) const; // "Microsoft/OpenAI.compute_share"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QStringList organisationNames() const;

    std::vector<FieldColumn<Partnership>> m_columns;
};

} // namespace asirace
