#pragma once
// The race's order at one month: labs that reached ASI first (earlier arrival
// ahead), then the rest by capability; ties keep scenario order.

#include "simstate.h"
#include "simulationresult.h"

#include <vector>

namespace asirace {

// κ values closer than this count as a tie in the month-by-month rank series
// [orders of magnitude; a factor of 1.26 in effective compute]. Assumption:
// about half of one training-run step of the frontier labs in 2027-28, so two
// labs whose staircases interleave do not swap places every other month.
inline constexpr double kRankTieKappa = 0.1;

// Re-sorts state.order (lab organisation indices) for month m. The previous
// month's order is the starting point, so this is close to linear.
void rankLabs(const SimPlan &plan, SimState &state);

// The ranking over time as the charts draw it: each month a strict total
// order of the labs (values 1..n, or 0 where the run holds no rank), the
// race's order (result.labs[j].rank) except that a lab passes another only by
// an earlier arrival or by more than `tieKappa` in κ; within that, last
// month's order stays. The last month is the final ranking unchanged.
// Indexed [lab][month] like result.labs.
std::vector<std::vector<double>> steadyRankSeries(const SimulationResult &result, double tieKappa = kRankTieKappa);

} // namespace asirace
