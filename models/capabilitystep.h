#pragma once
// Steps 4-5 of a month: capability from the lab's best run and its current
// algorithms, licences, AGI and ASI arrivals; then algorithmic progress:
// research labour (talent, multiplied by AI automation) and experiment
// compute, with diminishing returns, caution and spillover.

#include "simstate.h"

namespace asirace {

// ln of the research-labour multiplier from AI at own capability `kappa`:
// 0 below the automation zone, ln(speedup at AGI) at AGI, rising
// log-linearly to ln(speedup at ASI) at ASI.
double lnAutomationSpeedup(const GlobalParams &g, double kappa);

void updateCapability(const SimPlan &plan, SimState &state, int m);
void advanceAlgorithms(const SimPlan &plan, SimState &state, int m);

} // namespace asirace
