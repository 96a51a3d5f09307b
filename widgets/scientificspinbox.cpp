#include "scientificspinbox.h"

#include "valueformat.h"

#include <algorithm>
#include <cmath>

namespace asirace {

ScientificSpinBox::ScientificSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(12); // keep precision; the text is formatted by textFromValue
    setKeyboardTracking(false);
    setAccelerated(true);
    setAlignment(Qt::AlignRight);
}

void ScientificSpinBox::setInteger(bool integer)
{
    m_integer = integer;
    setDecimals(integer ? 0 : 12);
}

QString ScientificSpinBox::textFromValue(double value) const
{
    return displayValue(value, m_integer ? FieldType::Integer : FieldType::Real);
}

double ScientificSpinBox::valueFromText(const QString &text) const
{
    return parseUserNumber(text).value_or(value());
}

QValidator::State ScientificSpinBox::validate(QString &text, int &) const
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("-") || t.endsWith(QLatin1Char('e'), Qt::CaseInsensitive) ||
        t.endsWith(QLatin1String("e-"), Qt::CaseInsensitive) || t.endsWith(QLatin1Char('.')))
        return QValidator::Intermediate;
    auto v = parseUserNumber(t);
    if (!v)
        return QValidator::Invalid;
    // Out of range is not yet wrong while typing ("1" on the way to "150").
    return *v >= minimum() && *v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

void ScientificSpinBox::stepBy(int steps)
{
    if (m_logarithmic && value() > 0) {
        setValue(std::clamp(value() * std::pow(10.0, 0.05 * steps), minimum(), maximum()));
        return;
    }
    QDoubleSpinBox::stepBy(steps);
}

} // namespace asirace
