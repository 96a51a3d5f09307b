#include "labstablemodel.h"

#include "fieldpath.h"

namespace asirace {

LabsTableModel::LabsTableModel(QObject *parent)
    : ScenarioTableModel(parent)
    , m_columns(fieldColumns(organisationNumericFields(), organisationTextFields()))
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

int LabsTableModel::columnOf(const QString &fieldName) const
{
    for (size_t c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].name() == fieldName)
            return int(c);
    return -1;
}

QString LabsTableModel::pathAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return organisationAt(index.row()) + QLatin1Char('.') + m_columns[size_t(index.column())].name();
}

int LabsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scenario ? 0 : int(m_scenario->organisations.size());
}

int LabsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant LabsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &org = m_scenario->organisations[size_t(index.row())];
    const auto &column = m_columns[size_t(index.column())];
    if (role == FieldPathRole)
        return pathAt(index);
    if (role == Qt::ForegroundRole && !org.isLab())
        return QBrush(QColor(0x6b, 0x72, 0x80)); // providers do not race: greyed
    return fieldCellData(org, column, role, &org.sources);
}

QVariant LabsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    return fieldHeaderData(m_columns[size_t(section)], role);
}

Qt::ItemFlags LabsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_columns[size_t(index.column())].isFlag())
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool LabsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto &column = m_columns[size_t(index.column())];
    const QString org = organisationAt(index.row());
    EditRequest request;
    request.path = pathAt(index);
    if (column.isFlag()) {
        if (role != Qt::CheckStateRole)
            return false;
        request.value = value.toInt() == Qt::Checked ? QStringLiteral("1") : QStringLiteral("0");
        return submit(request);
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    if (column.numeric) {
        if (auto reason = rejectionReason(*column.numeric, text); !reason.isEmpty()) {
            emit inputRejected(org + QLatin1Char(' ') + reason);
            return false;
        }
        request.value = exactValue(*parseUserNumber(text));
        return submit(request);
    }
    if (column.text->rule == TextRule::Name) {
        request.kind = EditRequest::Kind::RenameOrganisation;
        request.oldName = org;
        request.newName = text;
        return submit(request);
    }
    request.value = text;
    return submit(request);
}

} // namespace asirace
