#pragma once
// Step 1 of a month: the terms in force, money (core revenue, the shared AI
// market, partner shares, investment, funding, willpower), and compute
// (budget to fleet under the world's chip supply, purchase commitments first,
// rights of first refusal, compute supplied by partners).

#include "simevents.h"
#include "simstate.h"

namespace asirace {

// Applies the plan's dated parameter changes of month m to the state's copies.
void applyChanges(const SimPlan &plan, SimState &state, int m);

// Which partnerships are in force in month m (term dates and the AGI clause).
void updatePartnerships(SimState &state, int m);

void stepMoney(const SimPlan &plan, SimState &state, int m);
void stepCompute(const SimPlan &plan, SimState &state, int m, SimEvents *events);

} // namespace asirace
