#include "builtinscenarios.h"
#include "cliargs.h"
#include "clicommands.h"
#include "fieldpath.h"
#include "flips.h"
#include "montecarlo.h"
#include "scenarioargs.h"
#include "simulator.h"
#include "sweep.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <numeric>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace asirace::cli {
namespace {

using Clock = std::chrono::steady_clock;

// The machine's load average, so figures can be read against what else ran.
std::string loadAverage()
{
    std::ifstream file("/proc/loadavg");
    std::string one, five, fifteen;
    if (!(file >> one >> five >> fifteen))
        return "unavailable";
    return one + " " + five + " " + fifteen + " (1, 5, 15 min)";
}

struct Timing {
    double best;   // least disturbed batch [us per call]
    double median; // [us per call]
};

// Time per call of `run` over `batches` batches of `perBatch` calls. The best
// batch is the code's speed; the median shows how much other load disturbed it.
template <class Run>
Timing microseconds(int batches, int perBatch, Run run)
{
    std::vector<double> perCall;
    for (int b = 0; b < batches; ++b) {
        const auto start = Clock::now();
        for (int i = 0; i < perBatch; ++i)
            run();
        perCall.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count() / perBatch);
    }
    std::sort(perCall.begin(), perCall.end());
    return {perCall.front(), perCall[perCall.size() / 2]};
}

std::string format(const Timing &t)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.1f us (median %.1f us)", t.best, t.median);
    return text;
}

// Best wall time of `repeats` Monte Carlo batches [s].
double monteCarloSeconds(const Scenario &scenario, std::int64_t runs, int threads, int repeats)
{
    MonteCarloOptions options;
    options.runs = runs;
    ParallelControl control;
    control.threads = threads;
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        const auto result = runMonteCarlo(scenario, options, control);
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
        if (result.runs != runs)
            throw std::runtime_error("Monte Carlo did not finish");
    }
    return best;
}

// Best wall time of `repeats` sweeps of `points` Latin-hypercube points with
// `runsPerPoint` Monte Carlo runs each (0: the deterministic run only) [s].
double sweepSeconds(const Scenario &scenario, std::int64_t points, std::int64_t runsPerPoint, int threads, int repeats)
{
    std::string error;
    auto design = SweepDesign::latinHypercube(scenario, points, {"assumptions.alg_halving_months", "OpenAI.mfu"}, 1,
                                              error);
    if (!design)
        throw std::runtime_error(error);
    Sweep sweep(scenario, std::move(*design), SweepOptions{runsPerPoint, 1});
    std::vector<std::int64_t> indices(static_cast<std::size_t>(points));
    std::iota(indices.begin(), indices.end(), 0);
    ParallelControl control;
    control.threads = threads;
    std::vector<SweepRow> rows;
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        const auto start = Clock::now();
        if (sweep.evaluate(indices, control, rows) != indices.size())
            throw std::runtime_error("the sweep did not finish");
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    return best;
}

void line(const char *label, const std::string &value)
{
    std::printf("  %-30s %s\n", label, value.c_str());
}

std::string format(const char *pattern, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

} // namespace

// bench [--runs N] [--threads T]
int runBench(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--runs", "--threads"}, {});
    if (!parsed.ok() || !parsed.positional().empty()) {
        if (!parsed.ok())
            std::cerr << "asirace-cli bench: " << parsed.error() << "\n";
        std::cerr << "usage: asirace-cli bench [--runs N] [--threads T]\n";
        return ExitInvalid;
    }
    const auto runs = countOption(parsed, "bench", "--runs", 10000, 100, kMaxMonteCarloRuns);
    const auto threads = countOption(parsed, "bench", "--threads", 0, 0, 256);
    if (!runs || !threads)
        return ExitInvalid;
    const int all = resolveThreadCount(static_cast<int>(*threads));

    const Scenario &scenario = defaultScenario();
    const SimulationResult probe = simulate(scenario);
    std::printf("machine: %u hardware threads; load average %s\n", std::thread::hardware_concurrency(),
                loadAverage().c_str());
    std::printf("deterministic run of the default scenario (%zu labs, %zu organisations, %zu months), "
                "best of 9 batches:\n",
                probe.labs.size(), scenario.organisations.size(), probe.months.size());
    double sink = 0;
    const Timing fast = microseconds(9, 200, [&] { sink += simulate(scenario).months.size(); });
    line("simulate()", format(fast));

    std::printf("Monte Carlo, %lld runs of the default scenario (%zu uncertain inputs, sampled events), best of 3:\n",
                static_cast<long long>(*runs), scenario.distributions.size());
    const double one = monteCarloSeconds(scenario, *runs, 1, 3);
    line("1 thread", format("%.3f s", one) + format(" = %.0f runs/s", static_cast<double>(*runs) / one));
    const double many = monteCarloSeconds(scenario, *runs, all, 3);
    const std::string label = std::to_string(all) + " threads";
    line(label.c_str(), format("%.3f s", many) + format(" = %.0f runs/s", static_cast<double>(*runs) / many));

    // A sweep point costs a deterministic run, or its Monte Carlo runs: the
    // same work per core as Monte Carlo, spread over points instead of runs.
    constexpr std::int64_t kRunsPerPoint = 100;
    const std::int64_t mcPoints = std::max<std::int64_t>(1, *runs / kRunsPerPoint);
    std::printf("sweep of the default scenario (Latin hypercube over 2 inputs), best of 3:\n");
    const double plain = sweepSeconds(scenario, 2000, 0, 1, 3);
    line("1 thread, deterministic", format("%.3f s", plain) + format(" = %.0f points/s", 2000 / plain));
    for (int t : {1, all}) {
        const double seconds = sweepSeconds(scenario, mcPoints, kRunsPerPoint, t, 3);
        const std::string label = std::to_string(t) + (t == 1 ? " thread, " : " threads, ") +
                                  std::to_string(kRunsPerPoint) + " runs/point";
        line(label.c_str(), format("%.3f s", seconds) +
                                format(" = %.0f points/s", static_cast<double>(mcPoints) / seconds) +
                                format(" = %.0f runs/s", static_cast<double>(mcPoints * kRunsPerPoint) / seconds));
    }
    // Flips: CPU time beside wall time, since two cores shared with other work stretch the wall clock.
    std::printf("what must be true: flips of the winner for every input (%zu inputs), best of 3:\n",
                numericPaths(scenario).size());
    double flipsWall = 1e300, flipsCpu = 1e300;
    std::int64_t evaluations = 0;
    for (int r = 0; r < 3; ++r) {
        ParallelControl control;
        control.threads = all;
        const auto start = Clock::now();
        const std::clock_t cpuStart = std::clock();
        const auto report = findFlips(scenario, {}, control);
        flipsCpu = std::min(flipsCpu, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        flipsWall = std::min(flipsWall, std::chrono::duration<double>(Clock::now() - start).count());
        evaluations = report ? report->evaluations : 0;
    }
    line("flips, all threads", format("%.3f s wall", flipsWall) + format(", %.3f s CPU", flipsCpu) +
                                   format(", %.0f runs", static_cast<double>(evaluations)));
    std::printf("targets: deterministic run <= 50 us; Monte Carlo >= 50,000 runs/s on all cores "
                "(10,000 runs < 200 ms); flips for every input < 2 s\n");
    std::printf("load average after: %s\n", loadAverage().c_str());
    return sink > 0 ? ExitOk : ExitInvalid;
}

} // namespace asirace::cli
