#pragma once
// Numbers as shown in tables and spin boxes: compact, with exponents for the
// huge values of compute and money (1.74e6 H100e, 2.5e26 FLOP).

#include "fieldspec.h"

#include <QString>

#include <optional>

namespace asirace {

inline QString fromView(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

QString displayValue(double value, FieldType type);
// The same, alike down a column: a logarithmic field (compute, money, FLOP)
// always writes 1000 and up with an exponent, so 9.96e5 sits above 1.74e6
// rather than 996,228.
QString displayValue(double value, FieldType type, bool logScale);

// A value as a sentence says it: "5.7e14 FLOP/s", "8 months", "25×", "2030"
// (years without the unit), "on"/"off" for flags. `valueText` is read as a
// number when it is one; other text is returned as it is.
QString valueWithUnit(const QString &valueText, const QString &unit);

// "hw_doubling_years" -> "HW doubling years", "mfu" -> "MFU": labels for sliders.
QString prettyFieldName(std::string_view name);

// Exact text that reads back to the same double ("0.38", "2.5e+26").
QString exactValue(double value);

// Parses what a user typed ("0.4", " 2.5e26 ", "1,000"); nullopt if it is no number.
std::optional<double> parseUserNumber(const QString &text);

// "mfu: 1.7 is out of range; allowed [0.05, 0.8] fraction of peak", or empty when acceptable.
// `field` is a NumericField or a FieldRef (anything with name, unit, min, max and type).
template <class Field>
QString rejectionReason(const Field &field, const QString &text)
{
    const QString name = QString::fromUtf8(field.name.data(), qsizetype(field.name.size()));
    const QString unit = QString::fromUtf8(field.unit.data(), qsizetype(field.unit.size()));
    const QString range = QString::fromStdString(formatRange(field.min, field.max));
    auto value = parseUserNumber(text);
    if (!value)
        return QStringLiteral("%1: '%2' is not a number (allowed: %3 %4)").arg(name, text.trimmed(), range, unit);
    auto reason = checkNumeric(*value, field.min, field.max, field.type);
    if (reason.empty())
        return {};
    if (*value < field.min || *value > field.max)
        reason = "is out of range"; // the range follows; do not say it twice
    return QStringLiteral("%1: %2 %3; allowed %4 %5").arg(name, text.trimmed(), QString::fromStdString(reason), range, unit);
}

} // namespace asirace
