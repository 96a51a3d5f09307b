// Speed of Monte Carlo and of the searches built on it (target: >= 50,000
// runs/s on a 2-core machine using all cores, 10,000 runs < 200 ms).
// One deterministic run is timed in bench_simulation.
// `asirace-cli bench` prints the same figures without Google Benchmark.
#include "builtinscenarios.h"
#include "flips.h"
#include "montecarlo.h"

#include <benchmark/benchmark.h>

using namespace asirace;

namespace {

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
