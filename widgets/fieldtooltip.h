#pragma once
// Tooltips and header labels built from the field tables in models/, so every
// editor explains a field with the same words, unit, range and source.

#include "fieldlabel.h"
#include "fieldspec.h"
#include "scenario.h"

#include <QString>

#include <map>
#include <string>
#include <type_traits>

namespace asirace {

// Which kind of owner a field table belongs to, for its labels.
template <class Owner>
constexpr FieldPath::Owner fieldOwnerKind()
{
    if constexpr (std::is_same_v<Owner, Organisation>)
        return FieldPath::Owner::Organisation;
    else if constexpr (std::is_same_v<Owner, Partnership>)
        return FieldPath::Owner::Partnership;
    else
        return FieldPath::Owner::Assumptions;
}

// "MFU", "H100 peak throughput": what the interface calls a declared field.
template <class Field>
QString fieldLabelOf(const Field &field, FieldPath::Owner owner)
{
    return QString::fromStdString(fieldLabel(owner, field.name));
}
template <class Owner>
QString fieldLabelOf(const NumericField<Owner> &field)
{
    return fieldLabelOf(field, fieldOwnerKind<Owner>());
}
template <class Owner>
QString fieldLabelOf(const TextField<Owner> &field)
{
    return fieldLabelOf(field, fieldOwnerKind<Owner>());
}

// "MFU (fraction of peak)"
template <class Owner>
QString fieldHeader(const NumericField<Owner> &field)
{
    return fieldLabelOf(field) + QStringLiteral(" (") +
           QString::fromUtf8(field.unit.data(), qsizetype(field.unit.size())) + QStringLiteral(")");
}

// `name` finds the field's source; `label` heads the tooltip.
QString fieldTooltip(std::string_view name, const QString &label, std::string_view unit, std::string_view description,
                     double min, double max, const std::map<std::string, std::string> *sources = nullptr);

template <class Owner>
QString fieldTooltip(const NumericField<Owner> &field, const std::map<std::string, std::string> *sources = nullptr)
{
    return fieldTooltip(field.name, fieldLabelOf(field), field.unit, field.description, field.min, field.max, sources);
}

} // namespace asirace
