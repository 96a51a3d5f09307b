#include "valueformat.h"

#include "fieldlabel.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace asirace {

QString displayValue(double value, FieldType type)
{
    if (type == FieldType::Integer)
        return QString::number(qint64(std::llround(value)));
    const double magnitude = std::fabs(value);
    if (magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-3)) {
        // 1.74e6 rather than 1.743e+06: shorter, and what analysts write.
        int exponent = int(std::floor(std::log10(magnitude)));
        double mantissa = QString::number(value / std::pow(10.0, exponent), 'g', 3).toDouble();
        if (std::fabs(mantissa) >= 10) { // 9.996e6 rounds to 10.0e6: write 1e7
            mantissa /= 10;
            ++exponent;
        }
        return QStringLiteral("%1e%2").arg(QString::number(mantissa, 'g', 3)).arg(exponent);
    }
    if (magnitude >= 1000) // 996,200 rather than 9.962e+05
        return QLocale(QLocale::English).toString(value, 'f', 0);
    return QString::number(value, 'g', 4);
}

QString displayValue(double value, FieldType type, bool logScale)
{
    const double magnitude = std::fabs(value);
    if (!logScale || type != FieldType::Real || magnitude < 1000 || magnitude >= 1e6 || !std::isfinite(value))
        return displayValue(value, type);
    int exponent = int(std::floor(std::log10(magnitude)));
    double mantissa = QString::number(value / std::pow(10.0, exponent), 'g', 3).toDouble();
    if (std::fabs(mantissa) >= 10) {
        mantissa /= 10;
        ++exponent;
    }
    return QStringLiteral("%1e%2").arg(QString::number(mantissa, 'g', 3)).arg(exponent);
}

QString valueWithUnit(const QString &valueText, const QString &unit)
{
    const auto number = parseUserNumber(valueText);
    if (!number)
        return valueText;
    if (unit == QLatin1String("flag"))
        return *number != 0 ? QStringLiteral("on") : QStringLiteral("off");
    const bool whole = *number == std::floor(*number) && std::fabs(*number) < 1e6;
    const QString shown = whole ? QString::number(qint64(*number)) : displayValue(*number, FieldType::Real);
    if (unit.isEmpty() || unit == QLatin1String("year") || unit == QLatin1String("month"))
        return shown;
    if (unit == QLatin1String("x"))
        return shown + QChar(0x00D7);
    return shown + QLatin1Char(' ') + unit;
}

QString prettyFieldName(std::string_view name)
{
    // One table of words for the CLI and the window; a name no table declares reads as words.
    return QString::fromStdString(fieldLabel(FieldPath::Owner::Assumptions, name));
}

QString exactValue(double value) { return QString::fromStdString(formatValue(value)); }

std::optional<double> parseUserNumber(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')); // thousands separators people paste in
    t.remove(QLatin1Char('_'));
    bool ok = false;
    const double value = QLocale::c().toDouble(t, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace asirace
