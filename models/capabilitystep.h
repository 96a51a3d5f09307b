#pragma once
// Steps 5-6 of a month: deployable capability (own runs or licensed through
// IP access), AGI and ASI arrival, and algorithmic progress with AI-R&D
// automation, caution and catch-up spillover.

#include "simstate.h"

namespace asirace {

// AI-R&D speed-up (natural log) at capability `kappa`: log-linear from 1x at
// automation_gap_oom below AGI to automation_speedup_agi at AGI, then on to
// automation_speedup_asi at ASI (AI 2027's 1 -> 5 -> 25 -> 250 -> 2000 ladder).
double lnAutomationSpeedup(const SimPlan &plan, double kappa);

void stepCapability(const SimPlan &plan, SimState &state, int m);

} // namespace asirace
