#pragma once
// Internals of the reference implementation (referencesimulator.h): a frozen
// copy of the race model's compile and monthly steps as first written, sharing
// only the data types (SimPlan, SimState) and the scaling law with the fast path.

#include "simevents.h"
#include "simstate.h"

namespace asirace::reference {

void compileReferencePlan(const Scenario &scenario, SimPlan &plan);
void prepareReferenceState(const SimPlan &plan, SimState &state);

double goodputOf(double gpus, double failureDomain, double gpuMtbfMinutes, double checkpointMinutes,
                 double restartMinutes);
double pauseOf(double kappa, double caution, double agi, double cautionGap);
struct ReferenceAllocation {
    double params;
    double tokens;
    double efficiency;
};
ReferenceAllocation allocationOf(const ScalingLaw &law, double compute, double tokensPerParam, double dataStock);
double lnSpeedupOf(const SimPlan &plan, double kappa);

void referenceUpdatePartnerships(const SimPlan &plan, SimState &state, int m);
void referenceStepCompute(const SimPlan &plan, SimState &state, int m, SimEvents *events);
void referenceStepTraining(const SimPlan &plan, SimState &state, int m, SimEvents *events);
void referenceStepCapability(const SimPlan &plan, SimState &state, int m);
void referenceRankLabs(const SimPlan &plan, SimState &state);

} // namespace asirace::reference
