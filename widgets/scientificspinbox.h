#pragma once
// A spin box for values from 0.04 to 1e26: shows significant digits instead
// of fixed decimals, reads exponents ("2.5e26"), and steps by a factor on
// logarithmic fields so the arrows move by a sensible amount at any scale.

#include <QDoubleSpinBox>

namespace asirace {

class ScientificSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit ScientificSpinBox(QWidget *parent = nullptr);

    void setLogarithmic(bool logarithmic) { m_logarithmic = logarithmic; }
    void setInteger(bool integer);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &text, int &pos) const override;
    void stepBy(int steps) override;

private:
    bool m_logarithmic = false;
    bool m_integer = false;
};

} // namespace asirace
