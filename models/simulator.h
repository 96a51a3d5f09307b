#pragma once
// The race model: simulates every organisation month by month from January of
// start_year to December of end_year and ranks the labs. See docs/MODEL.md for
// the equations and their sources.
//
// simulate() is the convenient entry point. Callers that run many simulations
// (Monte Carlo, sensitivity) compile a plan once, reuse one SimState and one
// SimulationResult, and pass a SimEvents sampler: nothing then allocates.

#include "simevents.h"
#include "simplan.h"
#include "simstate.h"
#include "simulationresult.h"

#include <atomic>

namespace asirace {

// Deterministic run (expected values of stochastic events). `cancel`, when
// set to true by another thread, stops the run early with result.cancelled.
SimulationResult simulate(const Scenario &scenario, const std::atomic<bool> *cancel = nullptr);

// Names, colours, thresholds and series sizes of `result` for `plan`.
void prepareResult(const Scenario &scenario, const SimPlan &plan, SimulationResult &result);

// Runs `plan` into a prepared `result`. `events` null means expected values.
void runSimulation(const SimPlan &plan, SimState &state, SimulationResult &result, SimEvents *events = nullptr,
                   const std::atomic<bool> *cancel = nullptr);

// Monte Carlo's run: the same months as runSimulation without recording any
// series, stopping as soon as the outcome is settled (every lab has reached
// ASI, each in a different month). Afterwards state.asiMonth holds the
// arrivals and state.order the final ranking, exactly as runSimulation leaves them.
void runOutcome(const SimPlan &plan, SimState &state, SimEvents *events = nullptr);

} // namespace asirace
