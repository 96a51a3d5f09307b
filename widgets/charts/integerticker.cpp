#include "integerticker.h"

#include <cmath>

namespace asirace {

IntegerTicker::IntegerTicker()
{
    setTickCount(6);
}

double IntegerTicker::getTickStep(const QCPRange &range)
{
    const double raw = range.size() / double(tickCount() + 1e-10);
    for (double magnitude = 1.0;; magnitude *= 10.0)
        for (double step : {1.0, 2.0, 5.0})
            if (step * magnitude >= raw)
                return step * magnitude;
}

int IntegerTicker::getSubTickCount(double tickStep)
{
    return tickStep > 1.0 && tickStep <= 5.0 ? int(std::lround(tickStep)) - 1 : 0;
}

QString IntegerTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    return locale.toString(std::llround(tick));
}

} // namespace asirace
