#pragma once
// Words and numbers that describe a race result: month names, powers of ten
// and the one-sentence headline. Pure functions, so the dashboard, the
// leaderboard and the chart exports all say the same thing.

#include "simulationresult.h"

#include <QString>

namespace asirace {

// 2031.1667 -> "Mar 2031". Decimal years count months from 0 (Jan = .0).
QString formatMonthYear(double decimalYear);

// The last year the simulation covers, e.g. 2040 for months ending in 2040.
int horizonYear(const SimulationResult &result);

// 3.2e27 -> "3.2×10²⁷" (Unicode superscripts, readable in tooltips and PDFs);
// values between 0.01 and 10000 are written plainly ("42", "0.85").
QString formatScientific(double value, int significantDigits = 2);

// "1.4 years", "1 month", "5 months"; never negative.
QString formatYearSpan(double years);

// Who wins and when, in one sentence, for example
// "OpenAI reaches ASI first, in Mar 2031, 1.4 years ahead of Anthropic."
// "No lab reaches ASI by 2040; OpenAI leads."
QString raceHeadline(const SimulationResult &result);

} // namespace asirace
