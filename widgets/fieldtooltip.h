#pragma once
// Tooltips and header labels built from the field tables in models/, so every
// editor explains a field with the same words, unit, range and source.

#include "fieldspec.h"

#include <QString>

#include <map>
#include <string>

namespace asirace {

// "MFU (fraction of peak)"
template <class Owner>
QString fieldHeader(const NumericField<Owner> &field)
{
    return QString::fromUtf8(field.name.data(), qsizetype(field.name.size())) + QStringLiteral(" (") +
           QString::fromUtf8(field.unit.data(), qsizetype(field.unit.size())) + QStringLiteral(")");
}

QString fieldTooltip(std::string_view name, std::string_view unit, std::string_view description,
                     double min, double max, const std::map<std::string, std::string> *sources = nullptr);

template <class Owner>
QString fieldTooltip(const NumericField<Owner> &field, const std::map<std::string, std::string> *sources = nullptr)
{
    return fieldTooltip(field.name, field.unit, field.description, field.min, field.max, sources);
}

} // namespace asirace
