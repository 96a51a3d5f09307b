#pragma once
// Steps 2-5 of a month for each lab that trains: the frontier run's progress
// (goodput after failures and checkpoints, caution), and when the run ends,
// the Chinchilla allocation under the data stock and its effective FLOP.

#include "simevents.h"
#include "simstate.h"

namespace asirace {

// Young (1974) first-order goodput of a synchronous cluster of `gpus`
// accelerators: failures arrive every mtbf/n minutes (n capped by the failure
// domain), each costs a restart, and checkpoints are written at the optimal
// interval sqrt(2 * checkpoint * MTBF). Clamped to [0, 1].
double clusterGoodput(double gpus, double failureDomain, double gpuMtbfMinutes, double checkpointMinutes,
                      double restartMinutes);

// Caution (claim 5): the share of effort a lab holds back as its capability
// nears AGI, rising from 0 at caution_gap_oom below AGI to `caution` at AGI.
double cautionPause(double kappa, double caution, double agi, double cautionGap);

// Loss-free allocation of a finished run: tokens per parameter as chosen,
// capped by the data stock (a capped D forces N up).
struct RunAllocation {
    double params;
    double tokens;
    double efficiency; // q
};
RunAllocation allocateRun(const ScalingLaw &law, double compute, double tokensPerParam, double dataStock);

// The allocation efficiency and capability of a run of `flop` physical FLOP,
// computed in log space (one log of the FLOP, two exponentials for the loss,
// one log back); equal to allocateRun() and ScalingLaw to rounding.
struct FinishedRun {
    double lnQ;            // ln of the allocation efficiency q (<= 0)
    double log10Effective; // log10(flop x architecture x q) in the run's algorithms; -inf when 0
};
FinishedRun finishedRun(const SimPlan &plan, const OrgParams &org, double flop, double lnDataStock);

void stepTraining(const SimPlan &plan, SimState &state, int m, SimEvents *events);

} // namespace asirace
