#pragma once
// The Partnerships table: one row per partnership, the two organisations
// chosen from the scenario's organisations, then every term. Like the Labs
// table it only reads the scenario and sends EditRequests.

#include "fieldtablemodel.h"

namespace asirace {

class PartnershipsTableModel : public FieldTableModel<Partnership>
{
    Q_OBJECT
public:
    explicit PartnershipsTableModel(QObject *parent = nullptr);

    void refreshPath(const QString &path); // one value changed (A/B.F, or an organisation's colour)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString ownerKey(int row) const override; // "Microsoft/OpenAI"
    // org_a or org_b: re-points the partnership.
    EditRequest nameRequest(int row, const FieldColumn<Partnership> &column, const QString &text) const override;

private:
    QStringList organisationNames() const;
};

} // namespace asirace
