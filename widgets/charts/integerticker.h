#pragma once
// Ticks on whole numbers only, spaced 1, 2, 5, 10, ... apart: for kappa
// (orders of magnitude) and ranks, where 27.5 would be a meaningless label.

#include <qcustomplot.h>

namespace asirace {

class IntegerTicker : public QCPAxisTicker
{
public:
    IntegerTicker();

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

} // namespace asirace
