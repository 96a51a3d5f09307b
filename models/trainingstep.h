#pragma once
// Steps 2-3 of a month: the frontier run of each training lab grows by what
// its largest cluster delivers (goodput, caution), and a run that reaches
// run_months finishes: bugs, the compute-optimal allocation under the data
// stock and the architecture turn it into capability.

#include "simevents.h"
#include "simstate.h"

#include <algorithm>

namespace asirace {

// Share of cluster time doing useful training, for a run on `gpus`
// H100e-sized accelerators each failing every `gpuMtbfMinutes`: a failure
// costs the work since the last checkpoint and the restart, and checkpoints
// cost their write time. With `intervalMinutes` 0 the lab checkpoints at
// Young's optimum sqrt(2 write x MTBF). Goodput = 1 / (1 + waste per useful
// minute): smooth in every input and never 0. Runs larger than one failure
// domain are split into domains that fail independently.
double clusterGoodput(double gpus, double failureDomain, double gpuMtbfMinutes, double checkpointMinutes,
                      double intervalMinutes, double restartMinutes);

// Share of effort a cautious lab holds back at capability `kappa`. Inline:
// the monthly loop asks for it per lab and sub-step.
inline double cautionPause(double kappa, double caution, const GlobalParams &g)
{
    const double h = g.invCautionGap > 0 ? std::clamp((kappa - g.cautionStart) * g.invCautionGap, 0.0, 1.0)
                                         : (kappa >= g.agi ? 1.0 : 0.0);
    // Never a full stop: even a paused lab keeps safety research and small runs going.
    return std::min(0.95, caution * h);
}


struct RunAllocation {
    double params;
    double tokens;
    double efficiency;   // q
    double lnEfficiency; // ln q
};
// The lab's split of `compute` at its tokens-per-parameter ratio, limited by the data stock.
RunAllocation allocateRun(const ScalingLaw &law, double compute, double tokensPerParam, double dataStock);

void stepTraining(const SimPlan &plan, SimState &state, int m, SimEvents *events);

} // namespace asirace
