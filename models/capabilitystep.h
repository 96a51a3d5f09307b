#pragma once
// Steps 4-5 of a month: capability from the lab's best run and its current
// algorithms, licences, AGI and ASI arrivals; then algorithmic progress:
// research labour (talent, multiplied by AI automation) and experiment
// compute, with diminishing returns, caution and spillover.

#include "simstate.h"

#include <algorithm>

namespace asirace {

// ln of the research-labour multiplier from AI at own capability `kappa`:
// 0 below the automation zone, ln(speedup at AGI) at AGI, rising
// log-linearly to ln(speedup at ASI) at ASI.
// Inline: the monthly loop asks for it per lab and sub-step.
inline double lnAutomationSpeedup(const GlobalParams &g, double kappa)
{
    if (g.invAutomationGap > 0 && kappa <= g.automationStart)
        return 0.0;
    const double toAgi = g.invAutomationGap > 0 ? std::clamp((kappa - g.automationStart) * g.invAutomationGap, 0.0, 1.0)
                                                : (kappa >= g.agi ? 1.0 : 0.0);
    const double toAsi = g.invAsiGap > 0 ? std::clamp((kappa - g.agi) * g.invAsiGap, 0.0, 1.0) : (kappa >= g.asi ? 1.0 : 0.0);
    return toAgi * g.lnSpeedupAgi + toAsi * g.lnSpeedupAsi;
}

void updateCapability(const SimPlan &plan, SimState &state, int m);
void advanceAlgorithms(const SimPlan &plan, SimState &state, int m);

} // namespace asirace
