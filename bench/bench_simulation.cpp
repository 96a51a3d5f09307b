// One deterministic run of the race model on the default scenario (Patel
// baseline: 12 organisations, 8 racing labs, 2025-2040 monthly).
//   BM_SimulateDefault: simulate() as the CLI and the GUI call it (compile,
//                       allocate the result, run).
//   BM_RunCompiledPlan: the allocation-free path: a warm plan, state and result.
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

void BM_RunCompiledPlan(benchmark::State &state)
{
    const Scenario scenario = defaultScenario();
    SimPlan plan;
    SimState sim;
    SimulationResult result;
    compilePlan(scenario, plan);
    prepareResult(scenario, plan, result);
    for (auto _ : state) {
        runSimulation(plan, sim, result);
        benchmark::DoNotOptimize(result.ranking.data());
    }
}
BENCHMARK(BM_RunCompiledPlan)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
