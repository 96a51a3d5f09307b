#pragma once
// The Labs table: one row per organisation of the scenario, one column per
// declared field. A thin adapter: it reads the scenario it is given and turns
// edits into EditRequests for the document; it never writes the scenario.

#include "fieldtablemodel.h"

namespace asirace {

class LabsTableModel : public FieldTableModel<Organisation>
{
    Q_OBJECT
public:
    explicit LabsTableModel(QObject *parent = nullptr);

    void refreshPath(const QString &path); // one value changed (ORG.F); cheap enough for every slider tick

    QString organisationAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString ownerKey(int row) const override { return organisationAt(row); }
    EditRequest nameRequest(int row, const FieldColumn<Organisation> &column, const QString &text) const override;
};

} // namespace asirace
