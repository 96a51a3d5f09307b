#pragma once
// Ticks on a log axis at whole decades, every decade or every k-th one: k is
// rounded up from the decades in view over the tick count, so the labels are
// never closer than the axis' length over its tick count (QCustomPlot's own
// log ticker rounds k to a "clean" 1, 2 or 5 and truncates, which on a short
// axis packs labels up to twice as tight as asked).

#include <qcustomplot.h>

namespace asirace {

class DecadeTicker : public QCPAxisTickerLog
{
public:
    DecadeTicker();

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
};

} // namespace asirace
