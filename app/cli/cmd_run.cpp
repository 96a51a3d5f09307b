#include "cliargs.h"
#include "clicommands.h"
#include "montecarlo.h"
#include "montecarlojson.h"
#include "resultjson.h"
#include "scenarioargs.h"
#include "simulator.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>

namespace asirace::cli {
namespace {

// The lab's capability at the end of its series: the horizon, or its ASI month.
double lastCapability(const LabSeries &lab)
{
    for (auto it = lab.effective_flop_log10.rbegin(); it != lab.effective_flop_log10.rend(); ++it)
        if (std::isfinite(*it))
            return *it;
    return 0.0;
}


void printTable(const Scenario &scenario, const SimulationResult &result)
{
    std::cout << "scenario: " << scenario.name << "\n";
    std::cout << "rank  lab                       ASI                 capability (log10 effective FLOP)\n";
    for (const auto &name : result.ranking) {
        for (const auto &lab : result.labs) {
            if (lab.name != name)
                continue;
            static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
            char year[32] = "-";
            if (lab.asi_year) {
                // Decimal years mark the start of the month: 2030.583 is August 2030.
                const long monthIndex = std::lround(*lab.asi_year * 12);
                std::snprintf(year, sizeof year, "%.2f (%s %ld)", *lab.asi_year, kMonths[monthIndex % 12],
                              monthIndex / 12);
            }
            char line[160];
            std::snprintf(line, sizeof line, "%4d  %-24s  %-18s  %.2f\n", lab.final_rank, lab.name.c_str(), year,
                          lastCapability(lab));
            std::cout << line;
        }
    }
    std::cout << "winner: " << (result.winner ? *result.winner : std::string("none by the horizon")) << "\n";
}

void printOdds(const MonteCarloResult &mc)
{
    auto year = [](const std::optional<double> &y) {
        char text[16] = "never";
        if (y)
            std::snprintf(text, sizeof text, "%.2f", *y);
        return std::string(text);
    };
    std::cout << "\nMonte Carlo: " << mc.runs << " runs, seed " << mc.seed
              << " (arrival quantiles over all runs; never = beyond the horizon)\n"
              << "lab                       P(first)         P(reach)  arrival p10     p50     p90\n";
    for (const auto &lab : mc.labs) {
        char line[160];
        std::snprintf(line, sizeof line, "%-24s  %.3f +- %.3f  %.3f     %-8s  %-8s %-8s\n", lab.name.c_str(), lab.p_first,
                      lab.p_first_stderr, lab.p_reach, year(lab.arrival.p10).c_str(), year(lab.arrival.p50).c_str(),
                      year(lab.arrival.p90).c_str());
        std::cout << line;
    }
    char none[64];
    std::snprintf(none, sizeof none, "%.3f +- %.3f", mc.p_none, mc.p_none_stderr);
    std::cout << "no lab by the horizon     " << none << "\n";
}

} // namespace

// run [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--pin PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... [--monte-carlo N [--seed S] [--threads T]] [--json]
int runRun(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--scenario", "--set", "--pin", "--event", "--monte-carlo", "--seed", "--threads"}, {"--json"});
    if (!parsed.ok() || parsed.positional().size() > 1) {
        if (!parsed.ok())
            std::cerr << "asirace-cli run: " << parsed.error() << "\n";
        std::cerr << "usage: asirace-cli run [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--pin PATH=VALUE]... "
                     "[--event YYYY-MM:PATH=VALUE]... "
                     "[--monte-carlo N [--seed S] [--threads T]] [--json]\n";
        return ExitInvalid;
    }
    const auto runs = countOption(parsed, "run", "--monte-carlo", 0, 1, kMaxMonteCarloRuns);
    const auto seed = countOption(parsed, "run", "--seed", 1, 0, std::numeric_limits<std::int64_t>::max());
    const auto threads = countOption(parsed, "run", "--threads", 0, 0, 256);
    if (!runs || !seed || !threads)
        return ExitInvalid;
    if (*runs == 0 && (parsed.value("--seed") || parsed.value("--threads"))) {
        std::cerr << "asirace-cli run: --seed and --threads need --monte-carlo N\n";
        return ExitInvalid;
    }
    Scenario scenario;
    if (const int code = loadCheckedScenario(parsed, "run", scenario); code != ExitOk)
        return code;
    const SimulationResult result = simulate(scenario);
    std::optional<MonteCarloResult> odds;
    if (*runs > 0) {
        // Same seed, same odds: the thread count changes only the speed.
        MonteCarloOptions options;
        options.runs = *runs;
        options.seed = static_cast<std::uint64_t>(*seed);
        ParallelControl control;
        control.threads = static_cast<int>(*threads);
        odds = runMonteCarlo(scenario, options, control);
    }
    if (parsed.flag("--json")) {
        auto doc = resultToJson(scenario.name, result);
        if (odds)
            doc["monte_carlo"] = monteCarloToJson(*odds, true);
        std::cout << doc.dump() << "\n";
    } else {
        printTable(scenario, result);
        if (odds)
            printOdds(*odds);
    }
    return ExitOk;
}

} // namespace asirace::cli
