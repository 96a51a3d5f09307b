#include "labstablemodel.h"

#include "fieldpath.h"

namespace asirace {

LabsTableModel::LabsTableModel(QObject *parent)
    : FieldTableModel(fieldColumns(organisationNumericFields(), organisationTextFields()), parent)
{
}

void LabsTableModel::refreshPath(const QString &path)
{
    const auto parsed = FieldPath::parse(path.toStdString());
    if (parsed && parsed->owner != FieldPath::Owner::Organisation)
        return; // not shown in this table
    const int row = parsed ? rowOf(QString::fromStdString(parsed->org)) : -1;
    const int column = parsed ? columnOf(QString::fromStdString(parsed->field)) : -1;
    if (row < 0 || column < 0)
        return refresh();
    const QModelIndex cell = index(row, column);
    emit dataChanged(cell, cell);
}

QString LabsTableModel::organisationAt(int row) const
{
    if (!m_scenario || row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString(m_scenario->organisations[size_t(row)].name);
}

int LabsTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (organisationAt(row) == name)
            return row;
    return -1;
}

int LabsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scenario ? 0 : int(m_scenario->organisations.size());
}

QVariant LabsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &org = m_scenario->organisations[size_t(index.row())];
    const auto &column = columnAt(index.column());
    if (role == FieldPathRole)
        return pathAt(index);
    if (role == Qt::ForegroundRole && !org.isLab())
        return QBrush(QColor(0x6b, 0x72, 0x80)); // providers do not race: greyed
    return fieldCellData(org, column, role, &org.sources);
}

EditRequest LabsTableModel::nameRequest(int row, const FieldColumn<Organisation> &, const QString &text) const
{
    EditRequest request;
    request.kind = EditRequest::Kind::RenameOrganisation;
    request.oldName = organisationAt(row);
    request.newName = text;
    return request;
}

} // namespace asirace
