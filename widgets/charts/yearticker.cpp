#include "yearticker.h"

#include "racetext.h"

#include <cmath>

namespace asirace {

YearTicker::YearTicker()
{
    setTickCount(7);
}

double YearTicker::getTickStep(const QCPRange &range)
{
    // Whole years, or whole months when the visible span is short.
    const double raw = range.size() / double(tickCount() + 1e-10);
    if (raw < 1.0 / 12.0)
        return 1.0 / 12.0;
    if (raw < 1.0) {
        for (double months : {1.0, 2.0, 3.0, 6.0})
            if (raw <= months / 12.0)
                return months / 12.0;
        return 1.0;
    }
    for (double years : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0})
        if (raw <= years)
            return years;
    return 100.0;
}

int YearTicker::getSubTickCount(double tickStep)
{
    if (tickStep >= 1.0 && tickStep <= 5.0)
        return int(std::lround(tickStep)) - 1; // one sub tick per year
    return 0;
}

QString YearTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    const double rounded = std::round(tick);
    if (std::abs(tick - rounded) < 1e-6)
        return QString::number(int(rounded));
    return formatMonthYear(tick);
}

} // namespace asirace
