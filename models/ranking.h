#pragma once
// The race's order at one month: labs that reached ASI first (earlier arrival
// ahead), then the rest by capability; ties keep scenario order.

#include "simstate.h"

namespace asirace {

// Re-sorts state.order (lab organisation indices) for month m. The previous
// month's order is the starting point, so this is close to linear.
void rankLabs(const SimPlan &plan, SimState &state);

} // namespace asirace
