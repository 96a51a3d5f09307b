#include "partnershipstablemodel.h"

#include "fieldpath.h"

namespace asirace {

PartnershipsTableModel::PartnershipsTableModel(QObject *parent)
    : ScenarioTableModel(parent)
    , m_columns(fieldColumns(partnershipNumericFields(), partnershipTextFields()))
{
}

void PartnershipsTableModel::refreshPath(const QString &path)
{
    const auto parsed = FieldPath::parse(path.toStdString());
    if (!parsed)
        return; // names nothing shown here
    if (parsed->owner != FieldPath::Owner::Partnership) {
        if (parsed->field == "colour")
            refresh(); // the swatches next to organisation names
        return;
    }
    const QString owner = QString::fromStdString(parsed->ownerText());
    const int column = columnOf(QString::fromStdString(parsed->field));
    for (int row = 0; row < rowCount(); ++row) {
        if (QString::fromStdString(m_scenario->partnerships[size_t(row)].key()) == owner && column >= 0) {
            const QModelIndex cell = index(row, column);
            emit dataChanged(cell, cell);
            return;
        }
    }
    refresh();
}

int PartnershipsTableModel::columnOf(const QString &fieldName) const
{
    for (size_t c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].name() == fieldName)
            return int(c);
    return -1;
}

QString PartnershipsTableModel::pathAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_scenario)
        return {};
    return QString::fromStdString(m_scenario->partnerships[size_t(index.row())].key()) + QLatin1Char('.') +
           m_columns[size_t(index.column())].name();
}

int PartnershipsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scenario ? 0 : int(m_scenario->partnerships.size());
}

int PartnershipsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QStringList PartnershipsTableModel::organisationNames() const
{
    QStringList names;
    for (const auto &org : m_scenario->organisations)
        names << QString::fromStdString(org.name);
    return names;
}

QVariant PartnershipsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &p = m_scenario->partnerships[size_t(index.row())];
    const auto &column = m_columns[size_t(index.column())];
    if (role == FieldPathRole)
        return pathAt(index);
    const bool end = column.text && column.text->rule == TextRule::Name; // org_a or org_b
    if (end && role == EditorKindRole)
        return int(EditorKind::Organisation);
    if (end && role == ChoicesRole)
        return organisationNames();
    if (end && role == Qt::DecorationRole) {
        const auto *org = m_scenario->findOrganisation(p.*column.text->member);
        return org ? QVariant(QColor(QString::fromStdString(org->colour))) : QVariant();
    }
    QVariant v = fieldCellData(p, column, role, nullptr);
    if (role == Qt::ToolTipRole && column.numeric && !p.source.empty())
        v = v.toString() + QStringLiteral("<br><i>Source: %1</i>").arg(QString::fromStdString(p.source).toHtmlEscaped());
    return v;
}

QVariant PartnershipsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    return fieldHeaderData(m_columns[size_t(section)], role);
}

Qt::ItemFlags PartnershipsTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_columns[size_t(index.column())].isFlag())
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool PartnershipsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto &column = m_columns[size_t(index.column())];
    const auto &p = m_scenario->partnerships[size_t(index.row())];
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
            emit inputRejected(QString::fromStdString(p.key()) + QLatin1Char(' ') + reason);
            return false;
        }
        request.value = exactValue(*parseUserNumber(text));
        return submit(request);
    }
    if (column.text->rule == TextRule::Name) {
        request.kind = EditRequest::Kind::SetPartnershipOrganisations;
        request.row = index.row();
        const bool isA = column.text->member == &Partnership::org_a;
        request.orgA = isA ? text : QString::fromStdString(p.org_a);
        request.orgB = isA ? QString::fromStdString(p.org_b) : text;
        return submit(request);
    }
    request.value = text;
    return submit(request);
}

} // namespace asirace
