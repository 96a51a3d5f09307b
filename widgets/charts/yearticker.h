#pragma once
// Time axis ticks as calendar years ("2030"), switching to months
// ("Jul 2030") when zoomed in below about two years.

#include <qcustomplot.h>

namespace asirace {

class YearTicker : public QCPAxisTicker
{
public:
    YearTicker();

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

} // namespace asirace
