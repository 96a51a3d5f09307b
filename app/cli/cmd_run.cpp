#include "cliargs.h"
#include "clicommands.h"
#include "fieldpath.h"
#include "resultjson.h"
#include "scenarioinput.h"
#include "simulator.h"
#include "validation.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace asirace::cli {
namespace {

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
                          lab.effective_flop_log10.empty() ? 0.0 : lab.effective_flop_log10.back());
            std::cout << line;
        }
    }
    std::cout << "winner: " << (result.winner ? *result.winner : std::string("none by the horizon")) << "\n";
}

} // namespace

// run [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--json]
int runRun(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--scenario", "--set"}, {"--json"});
    if (!parsed.ok() || parsed.positional().size() > 1) {
        if (!parsed.ok())
            std::cerr << "asirace-cli run: " << parsed.error() << "\n";
        std::cerr << "usage: asirace-cli run [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--json]\n";
        return ExitInvalid;
    }
    std::optional<std::string> file;
    if (!parsed.positional().empty())
        file = parsed.positional().front();
    auto input = loadScenarioInput(file, parsed.value("--scenario"));
    if (!input.scenario) {
        std::cerr << "asirace-cli run: " << input.error << "\n";
        return input.exitCode == ExitOk ? ExitInvalid : input.exitCode;
    }
    Scenario scenario = std::move(*input.scenario);
    for (const auto &assignment : parsed.values("--set")) {
        if (auto error = applyAssignment(scenario, assignment)) {
            std::cerr << "asirace-cli run: --set " << error->message << "\n";
            return ExitInvalid;
        }
    }
    // Cross-field rules (end_year after start_year, partnership ends) are not
    // visible to a single --set, so the whole scenario is checked before running.
    if (const auto problems = validate(scenario); !problems.empty()) {
        for (const auto &p : problems)
            std::cerr << "asirace-cli run: " << p.toString() << "\n";
        return ExitInvalid;
    }
    const SimulationResult result = simulate(scenario);
    if (parsed.flag("--json"))
        std::cout << resultToJson(scenario.name, result).dump() << "\n";
    else
        printTable(scenario, result);
    return ExitOk;
}

} // namespace asirace::cli
