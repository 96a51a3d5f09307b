#include "chartaxes.h"

#include "decadeticker.h"
#include "integerticker.h"
#include "yearticker.h"

#include <QFontMetrics>

#include <algorithm>
#include <cmath>
#include <limits>

namespace asirace {

void setupYearAxis(QCPAxis *axis)
{
    axis->setTicker(QSharedPointer<YearTicker>::create());
}

void setupLogAxis(QCPAxis *axis)
{
    auto ticker = QSharedPointer<DecadeTicker>::create();
    ticker->setTickCount(6);
    axis->setScaleType(QCPAxis::stLogarithmic);
    axis->setTicker(ticker);
    axis->setNumberFormat(QStringLiteral("eb")); // log axes abbreviate 1e27 to 10^27
    axis->setNumberPrecision(0);
}

bool fitTickCount(QCPAxis *axis, int maxTicks)
{
    const QSharedPointer<QCPAxisTicker> ticker = axis->ticker();
    const bool roundsUp = ticker.dynamicCast<DecadeTicker>() || ticker.dynamicCast<IntegerTicker>();
    const double perLabel = QFontMetrics(axis->tickLabelFont()).ascent() * (roundsUp ? 1.5 : 2.0);
    const int wanted = std::clamp(int(axis->axisRect()->height() / perLabel), 1, std::max(1, maxTicks));
    if (ticker->tickCount() == wanted)
        return false;
    ticker->setTickCount(wanted);
    return true;
}

int rowsPerLabel(int labelPx, double rowPx)
{
    if (!(rowPx > 0) || labelPx <= rowPx)
        return 1; // not laid out yet, or room for every row
    return std::min(1000, int(std::ceil(labelPx / rowPx)));
}

void setupIntegerAxis(QCPAxis *axis)
{
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setTickOrigin(1.0); // a wider step still labels rank 1
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
