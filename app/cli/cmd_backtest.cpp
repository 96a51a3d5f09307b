#include "backtest.h"
#include "builtinscenarios.h"
#include "cliargs.h"
#include "clicommands.h"
#include "epochestimates.h"
#include "historicalruns.h"
#include "simulator.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace asirace::cli {
namespace {

constexpr const char *kUsage = "usage: asirace-cli backtest [--json]\n";
constexpr int kYear = 2025;
constexpr const char *kScenario = "Backtest 2025";

// Epoch's end-2025 percentiles and each lab's largest run published in 2025.
std::vector<BacktestReference> references()
{
    std::vector<BacktestReference> refs;
    for (const auto &e : epochEstimates()) {
        if (e.yearEnd != kYear)
            continue;
        BacktestReference ref{e.lab.toStdString(), e.p5, e.median, e.p95, std::nullopt};
        for (const auto &run : HistoricalRuns::builtin().runs())
            if (run.lab == e.lab && std::floor(run.year) == kYear && run.flop)
                ref.knownLargestRunFlop = std::max(ref.knownLargestRunFlop.value_or(0.0), *run.flop);
        refs.push_back(ref);
    }
    return refs;
}

} // namespace

// backtest [--json]: the "Backtest 2025" built-in against Epoch's end-2025 data.
int runBacktest(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {}, {"--json"});
    if (!parsed.ok() || !parsed.positional().empty()) {
        if (!parsed.ok())
            std::cerr << "asirace-cli backtest: " << parsed.error() << "\n";
        std::cerr << kUsage;
        return ExitInvalid;
    }
    const Scenario *scenario = nullptr;
    for (const auto &s : builtinScenarios())
        scenario = s.name == kScenario ? &s : scenario;
    const auto refs = references();
    if (!scenario || refs.empty()) {
        std::cerr << "asirace-cli backtest: the built-in backtest scenario or Epoch's estimates are missing\n";
        return ExitUnreadable;
    }
    const auto rows = compareBacktest(simulate(*scenario), kYear, refs);
    int within = 0;
    for (const auto &r : rows)
        within += r.within ? 1 : 0;
    if (parsed.flag("--json")) {
        auto labs = nlohmann::ordered_json::array();
        for (const auto &r : rows)
            labs.push_back({{"name", r.lab}, {"model_h100e", r.modelH100e}, {"epoch_p5", r.p5},
                            {"epoch_median", r.median}, {"epoch_p95", r.p95}, {"within", r.within},
                            {"model_largest_run_flop", r.modelLargestRunFlop},
                            {"known_largest_run_flop", r.knownLargestRunFlop ? nlohmann::ordered_json(*r.knownLargestRunFlop)
                                                                             : nlohmann::ordered_json(nullptr)}});
        std::cout << nlohmann::ordered_json{{"labs", labs}, {"within", within}, {"of", rows.size()}}.dump(2) << "\n";
        return ExitOk;
    }
    std::printf("Backtest: \"%s\" from end-2024 data, end-2025 against Epoch AI's estimates\n", kScenario);
    std::printf("%-16s %12s %12s %12s %12s  %-7s %14s %14s\n", "lab", "model H100e", "Epoch p5", "median", "p95",
                "within", "model run", "known run");
    for (const auto &r : rows) {
        char known[32] = "not estimated";
        if (r.knownLargestRunFlop)
            std::snprintf(known, sizeof known, "%.3g", *r.knownLargestRunFlop);
        std::printf("%-16s %12.0f %12.0f %12.0f %12.0f  %-7s %14.3g %14s\n", r.lab.c_str(), r.modelH100e, r.p5,
                    r.median, r.p95, r.within ? "yes" : "NO", r.modelLargestRunFlop, known);
    }
    std::printf("within Epoch's 5-95%% range: %d of %zu\n", within, rows.size());
    return ExitOk;
}

} // namespace asirace::cli
