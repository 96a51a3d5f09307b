#pragma once
// Monte Carlo's runs, eight at a time: one run in each lane of the vector
// kernels (fastmathlanes.h). The runs of one scenario differ only in their
// numbers (the sampled inputs and events), so every month every lane does the
// same operations on its own values. The lanes do exactly the arithmetic of
// the plain kernels (computestep, trainingstep, capabilitystep), in the same
// order, so each run ends with the same bits as runOutcome() gives it alone;
// tst_runbatch checks that over random scenarios.

#include "simevents.h"
#include "simplan.h"
#include "simstate.h"

namespace asirace {

inline constexpr int kBatchRuns = 8;

// Whether runs with these plans can be stepped together: the same
// organisations, partnerships, months and event schedule, and the same
// whole-number terms (run lengths, lags, dates); only real-valued inputs differ.
bool canRunTogether(const SimPlan *const *plans, int count);

// runOutcome() for `count` (1..kBatchRuns) runs at once, which must satisfy
// canRunTogether(). Each state ends as runOutcome() leaves it for the
// outcome: asiMonth, agiMonth, kappa, arrivals and order.
// Whether this processor runs the lanes natively (AVX-512). Elsewhere
// runOutcomesTogether() runs each run alone with the plain kernels.
bool laneEngineAvailable();

void runOutcomesTogether(const SimPlan *const *plans, SimState *const *states, SimEvents *const *events, int count);

} // namespace asirace
