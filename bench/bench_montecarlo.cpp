// Speed of the race model and of Monte Carlo (issue 6 targets):
//   one deterministic run of the default scenario (10 labs, 15 years, monthly) <= 50 us;
//   Monte Carlo >= 50,000 runs/s on a 2-core machine using all cores (10,000 runs < 200 ms).
// `asirace-cli bench` prints the same figures without Google Benchmark.
#include "builtinscenarios.h"
#include "flips.h"
#include "montecarlo.h"
#include "simulator.h"

#include <benchmark/benchmark.h>

using namespace asirace;

namespace {

// simulate(): compile, allocate and fill a full SimulationResult, as the GUI does on every slider tick.
void BM_DeterministicRun(benchmark::State &state)
{
    const Scenario scenario = defaultScenario();
    for (auto _ : state) {
        auto result = simulate(scenario);
        benchmark::DoNotOptimize(result.labs.data());
    }
}
BENCHMARK(BM_DeterministicRun)->Unit(benchmark::kMicrosecond);

// The reusable path Monte Carlo takes: compile into a warm plan and run into a warm state and result.
void BM_DeterministicRunReusing(benchmark::State &state)
{
    const Scenario scenario = defaultScenario();
    SimPlan plan;
    SimState sim;
    SimulationResult result;
    compilePlan(scenario, plan);
    prepareResult(scenario, plan, result);
    for (auto _ : state) {
        compilePlan(scenario, plan);
        runSimulation(plan, sim, result);
        benchmark::DoNotOptimize(result.labs.data());
    }
}
BENCHMARK(BM_DeterministicRunReusing)->Unit(benchmark::kMicrosecond);

// 10,000 Monte Carlo runs of the default scenario with its distributions, 1 thread and all threads.
void BM_MonteCarlo10k(benchmark::State &state)
{
    const Scenario scenario = defaultScenario();
    MonteCarloOptions options;
    options.runs = 10000;
    ParallelControl control;
    control.threads = static_cast<int>(state.range(0));
    for (auto _ : state) {
        auto result = runMonteCarlo(scenario, options, control);
        benchmark::DoNotOptimize(result.p_none);
    }
    state.SetItemsProcessed(state.iterations() * options.runs); // items/s = runs/s
    state.counters["threads"] = resolveThreadCount(control.threads);
}
BENCHMARK(BM_MonteCarlo10k)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

// "What must be true" (issue 11): flips of the winner for every numeric input
// of the default scenario, target < 2 s on all threads.
void BM_FlipsEveryInput(benchmark::State &state)
{
    const Scenario scenario = defaultScenario();
    for (auto _ : state) {
        auto report = findFlips(scenario);
        benchmark::DoNotOptimize(report->flips.data());
        state.counters["evaluations"] = static_cast<double>(report->evaluations);
    }
}
BENCHMARK(BM_FlipsEveryInput)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace

BENCHMARK_MAIN();
