#include "chartaxes.h"

#include "yearticker.h"

#include <cmath>
#include <limits>

namespace asirace {

void setupYearAxis(QCPAxis *axis)
{
    axis->setTicker(QSharedPointer<YearTicker>::create());
}

void setupLogAxis(QCPAxis *axis)
{
    auto ticker = QSharedPointer<QCPAxisTickerLog>::create();
    ticker->setLogBase(10);
    ticker->setSubTickCount(0); // sub ticks every decade would crowd 10+ decades
    ticker->setTickCount(6);
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("eb")); // log axes abbreviate 1e27 to 10^27
    axis->setNumberPrecision(0);
}

void setupIntegerAxis(QCPAxis *axis)
{
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone); // every rank gets its tick
    axis->setTicker(ticker);
    axis->setSubTicks(false);
}

QVector<double> toVector(const std::vector<double> &values, bool positiveOnly)
{
    QVector<double> out(qsizetype(values.size()));
    for (size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        out[qsizetype(i)] = (positiveOnly && !(v > 0)) ? std::numeric_limits<double>::quiet_NaN() : v;
    }
    return out;
}

void extendRange(QCPRange &range, bool &initialised, double value, bool positiveOnly)
{
    if (!std::isfinite(value) || (positiveOnly && !(value > 0)))
        return;
    if (!initialised) {
        range = QCPRange(value, value);
        initialised = true;
        return;
    }
    range.lower = std::min(range.lower, value);
    range.upper = std::max(range.upper, value);
}

void extendRange(QCPRange &range, bool &initialised, const std::vector<double> &values, bool positiveOnly)
{
    for (double v : values)
        extendRange(range, initialised, v, positiveOnly);
}

QCPRange paddedLogRange(const QCPRange &range)
{
    const double lo = std::floor(std::log10(range.lower) - 0.25);
    const double hi = std::ceil(std::log10(range.upper) + 0.25);
    return QCPRange(std::pow(10.0, lo), std::pow(10.0, std::max(hi, lo + 1)));
}

} // namespace asirace
