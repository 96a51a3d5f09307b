// One deterministic run of the race model on the default scenario (Evidence
// baseline: 10 organisations, 8 racing labs, 2026-2040 monthly; target <= 50 us).
//   BM_SimulateDefault: simulate() as the CLI and the GUI call it (compile,
//                       allocate the result, run).
//   BM_RunCompiledPlan: the allocation-free path: a warm plan, state and result.
//   BM_CompileAndRun:   what a Monte Carlo run pays: compile into a warm plan, then run.
#include "builtinscenarios.h"
#include "simulator.h"

#include <benchmark/benchmark.h>

using namespace asirace;

namespace {

void BM_SimulateDefault(benchmark::State &state)
{
    const Scenario scenario = defaultScenario();
    for (auto _ : state) {
        auto result = simulate(scenario);
        benchmark::DoNotOptimize(result.ranking.data());
    }
    state.counters["months"] = static_cast<double>(simulate(scenario).months.size());
}
BENCHMARK(BM_SimulateDefault)->Unit(benchmark::kMicrosecond);

// A plan, state and result already sized, as a Monte Carlo worker keeps them.
struct WarmRun {
    Scenario scenario = defaultScenario();
    SimPlan plan;
    SimState sim;
    SimulationResult result;
    WarmRun()
    {
        compilePlan(scenario, plan);
        prepareResult(scenario, plan, result);
    }
};

void BM_RunCompiledPlan(benchmark::State &state)
{
    WarmRun warm;
    for (auto _ : state) {
        runSimulation(warm.plan, warm.sim, warm.result);
        benchmark::DoNotOptimize(warm.result.ranking.data());
    }
}
BENCHMARK(BM_RunCompiledPlan)->Unit(benchmark::kMicrosecond);

// The reusable path Monte Carlo takes: compile into a warm plan, run into a warm state and result.
void BM_CompileAndRun(benchmark::State &state)
{
    WarmRun warm;
    for (auto _ : state) {
        compilePlan(warm.scenario, warm.plan);
        runSimulation(warm.plan, warm.sim, warm.result);
        benchmark::DoNotOptimize(warm.result.ranking.data());
    }
}
BENCHMARK(BM_CompileAndRun)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
