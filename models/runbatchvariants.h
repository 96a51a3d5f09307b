#pragma once
// The batch engine (runbatchlanes.inc) compiled for each instruction set.
// runOutcomesTogether() picks one; tests call them directly.

#include "simevents.h"
#include "simplan.h"
#include "simstate.h"

namespace asirace::detail {

// AVX-512 (x86-64-v4): call only where laneEngineAvailable() says so.
void runOutcomesInLanesV4(const SimPlan *const *plans, SimState *const *states, SimEvents *const *events, int count);
// The x86-64 baseline: runs anywhere, slowly (the lanes are emulated); the
// same bits, so tests can check the engine on any machine.
void runOutcomesInLanesBaseline(const SimPlan *const *plans, SimState *const *states, SimEvents *const *events,
                                int count);

} // namespace asirace::detail
