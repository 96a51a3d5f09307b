#pragma once
// The reference implementation of one run: the race model as first written,
// single-threaded and scalar, one plain loop per step and libm for every
// power, exponential and logarithm. It is slow on purpose and never
// optimised: tests check that the fast path (simulate(), runSimulation(),
// Monte Carlo) agrees with it to 1e-9 relative, and `asirace-cli bench`
// reports the speed-up. A change to the model's equations goes into both.

#include "simevents.h"
#include "simulationresult.h"
#include "scenario.h"

namespace asirace {

// `events` null means expected values (the deterministic run).
SimulationResult simulateReference(const Scenario &scenario, SimEvents *events = nullptr);

} // namespace asirace
