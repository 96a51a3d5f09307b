#include "partnershipstablemodel.h"

#include "fieldpath.h"

namespace asirace {

PartnershipsTableModel::PartnershipsTableModel(QObject *parent)
    : FieldTableModel(fieldColumns(partnershipNumericFields(), partnershipTextFields()), parent)
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

QString PartnershipsTableModel::ownerKey(int row) const
{
    if (!m_scenario || row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString(m_scenario->partnerships[size_t(row)].key());
}

int PartnershipsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scenario ? 0 : int(m_scenario->partnerships.size());
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
    const auto &column = columnAt(index.column());
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

EditRequest PartnershipsTableModel::nameRequest(int row, const FieldColumn<Partnership> &column,
                                                const QString &text) const
{
    const auto &p = m_scenario->partnerships[size_t(row)];
    EditRequest request;
    request.kind = EditRequest::Kind::SetPartnershipOrganisations;
    request.row = row;
    const bool isA = column.text->member == &Partnership::org_a;
    request.orgA = isA ? text : QString::fromStdString(p.org_a);
    request.orgB = isA ? QString::fromStdString(p.org_b) : text;
    return request;
}

} // namespace asirace
