#pragma once
// Step 1 of a month, money to compute: revenue and partner shares, the spend
// willpower allows, purchases capped by world chip supply, ROFR delays and
// exclusivity, depreciation, and compute supplied by partners.

#include "simevents.h"
#include "simstate.h"

namespace asirace {

// Which partnerships apply in month m (term dates, AGI clause).
void updatePartnerships(const SimPlan &plan, SimState &state, int m);
void stepCompute(const SimPlan &plan, SimState &state, int m, SimEvents *events);

} // namespace asirace
