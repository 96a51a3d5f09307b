#include "decadeticker.h"

#include <algorithm>
#include <cmath>

namespace asirace {

DecadeTicker::DecadeTicker()
{
    setLogBase(10);
    setSubTickCount(0); // sub ticks every decade would crowd 10+ decades
}

QVector<double> DecadeTicker::createTickVector(double tickStep, const QCPRange &range)
{
    if (!(range.lower > 0 && range.upper > range.lower && std::isfinite(range.upper)))
        return QCPAxisTickerLog::createTickVector(tickStep, range); // negative or empty ranges: QCustomPlot's rule
    const double lo = std::log10(range.lower), hi = std::log10(range.upper);
    const int step = std::max(1, int(std::ceil((hi - lo) / std::max(1, tickCount()) - 1e-9)));
    // From the last multiple of `step` at or below the range to the first one
    // above it, as QCustomPlot's tickers do (the axis keeps only those inside).
    const int first = int(std::floor(lo / step)) * step;
    QVector<double> ticks;
    for (int k = first; ticks.size() < 400; k += step) {
        ticks.append(std::pow(10.0, k));
        if (k > hi)
            break;
    }
    return ticks;
}

} // namespace asirace
