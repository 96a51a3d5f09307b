#pragma once
// One table column per declared field of an owner type (Organisation,
// Partnership): the shared cell and header logic of the Labs and Partnerships
// tables, read straight from the field tables in models/.

#include "editrequest.h"
#include "fieldtooltip.h"
#include "valueformat.h"

#include <QBrush>
#include <QColor>
#include <QVariant>

#include <map>
#include <string>
#include <vector>

namespace asirace {

template <class Owner>
struct FieldColumn {
    const NumericField<Owner> *numeric = nullptr;
    const TextField<Owner> *text = nullptr;

    QString name() const
    {
        auto n = numeric ? numeric->name : text->name;
        return QString::fromUtf8(n.data(), qsizetype(n.size()));
    }
    // What the header and tooltips call the field ("Compute", not compute_h100e).
    QString label() const { return numeric ? fieldLabelOf(*numeric) : fieldLabelOf(*text); }
    bool isFlag() const { return numeric && numeric->type == FieldType::Flag; }
};

template <class Owner>
QVariant fieldHeaderData(const FieldColumn<Owner> &column, int role)
{
    if (role == Qt::DisplayRole) {
        // Name over unit: columns stay narrow enough to see many at once.
        if (column.numeric && column.numeric->type != FieldType::Flag && column.numeric->unit != "flag")
            return column.label() + QStringLiteral("\n(") + fromView(column.numeric->unit) + QLatin1Char(')');
        return column.label();
    }
    if (role == Qt::ToolTipRole) {
        if (column.numeric)
            return fieldTooltip(*column.numeric);
        return QStringLiteral("<b>%1</b><br>%2").arg(column.label(), fromView(column.text->description).toHtmlEscaped());
    }
    return {};
}

template <class Owner>
QVariant fieldCellData(const Owner &owner, const FieldColumn<Owner> &column, int role,
                       const std::map<std::string, std::string> *sources)
{
    if (column.numeric) {
        const auto &f = *column.numeric;
        const double value = owner.*f.member;
        switch (role) {
        case Qt::DisplayRole:
            return f.type == FieldType::Flag ? QVariant() : QVariant(displayValue(value, f.type, f.logScale));
        case Qt::EditRole:
        case ExactValueRole:
            return exactValue(value);
        case Qt::CheckStateRole:
            return f.type == FieldType::Flag ? QVariant(value != 0 ? Qt::Checked : Qt::Unchecked) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return fieldTooltip(f, sources);
        case Qt::StatusTipRole:
            return QStringLiteral("%1 = %2 %3, allowed %4")
                .arg(column.label(), exactValue(value), fromView(f.unit), QString::fromStdString(formatRange(f.min, f.max)));
        case EditorKindRole:
            return int(f.type == FieldType::Flag ? EditorKind::Flag : EditorKind::Number);
        default:
            return {};
        }
    }
    const auto &f = *column.text;
    const QString value = QString::fromStdString(owner.*f.member);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case ExactValueRole:
        return value;
    case Qt::DecorationRole:
        return f.rule == TextRule::Colour ? QVariant(QColor(value)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b><br>%2").arg(column.label(), fromView(f.description).toHtmlEscaped());
        if (f.rule == TextRule::Colour)
            tip += QStringLiteral("<br><i>Double-click to pick a colour.</i>");
        return tip;
    }
    case EditorKindRole:
        if (f.rule == TextRule::Colour)
            return int(EditorKind::Colour);
        return int(f.rule == TextRule::Choice ? EditorKind::Choice : EditorKind::Text);
    case ChoicesRole: {
        QStringList choices;
        for (auto c : f.choices)
            choices << fromView(c);
        return choices;
    }
    default:
        return {};
    }
}

// Name first, then the other text fields except free text, the numbers, and
// free text (descriptions, sources) last where long text does not crowd the numbers.
template <class Owner>
std::vector<FieldColumn<Owner>> fieldColumns(std::span<const NumericField<Owner>> numeric,
                                             std::span<const TextField<Owner>> text)
{
    std::vector<FieldColumn<Owner>> columns;
    for (const auto &f : text)
        if (f.rule != TextRule::Free)
            columns.push_back({nullptr, &f});
    for (const auto &f : numeric)
        columns.push_back({&f, nullptr});
    for (const auto &f : text)
        if (f.rule == TextRule::Free)
            columns.push_back({nullptr, &f});
    return columns;
}

} // namespace asirace
