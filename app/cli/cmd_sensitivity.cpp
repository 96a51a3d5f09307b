#include "cliargs.h"
#include "clicommands.h"
#include "fieldlabel.h"
#include "montecarlojson.h"
#include "scenarioargs.h"
#include "sensitivity.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <limits>

namespace asirace::cli {
namespace {

constexpr const char *kUsage =
    "usage: asirace-cli sensitivity [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--pin PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]...\n"
    "           --output p_first:LAB|median_arrival:LAB|winner_arrival [--others medians|sampled]\n"
    "           [--method swings|sobol] [--runs N] [--samples N] [--seed S] [--threads T] [--json]\n";

std::string formatOutput(const SensitivityResult &r, double value, bool beyond)
{
    char text[32];
    if (r.output.metric == SensitivityMetric::PFirst)
        std::snprintf(text, sizeof text, "%.3f", value);
    else if (beyond)
        std::snprintf(text, sizeof text, "never");
    else
        std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

void printFirstOrder(const std::string &scenario, const SensitivityResult &r)
{
    std::cout << "scenario: " << scenario << "\n"
              << "output: " << r.output.text() << " (" << r.output.unit() << "), first-order Sobol indices from "
              << r.samples << " samples (" << r.samples * static_cast<std::int64_t>(r.rows.size() + 2)
              << " runs, events at expected values)\n";
    char head[128];
    std::snprintf(head, sizeof head, "mean %.4g, variance %.4g\n", r.base, r.output_variance);
    std::cout << head;
    if (r.rows.empty()) {
        std::cout << "the scenario has no uncertain inputs (add distributions)\n";
        return;
    }
    std::cout << "rank  input                                                 share of variance\n";
    int rank = 0;
    for (const auto &row : r.rows) {
        char line[256];
        std::snprintf(line, sizeof line, "%4d  %-52s %7.3f +- %.3f\n", ++rank, fieldPathLabelWithUnit(row.path).c_str(),
                      row.first_order, row.first_order_stderr);
        std::cout << line;
    }
}

void printTable(const std::string &scenario, const SensitivityResult &r)
{
    if (r.method == SensitivityMethod::FirstOrder)
        return printFirstOrder(scenario, r);
    std::cout << "scenario: " << scenario << "\n"
              << "output: " << r.output.text() << " (" << r.output.unit() << "), each input from p10 to p90 "
              << (r.sample_others ? "with the others sampled (" + std::to_string(r.runs_per_point) + " runs a point)"
                                  : std::string("with the others at their medians"))
              << "\n"
              << (r.sample_others ? "no input fixed: " : "all medians: ") << formatOutput(r, r.base, r.base_beyond_horizon)
              << "\n";
    if (r.rows.empty()) {
        std::cout << "the scenario has no uncertain inputs (add distributions)\n";
        return;
    }
    std::cout << "rank  input                                    p10 -> output          p90 -> output          effect\n";
    int rank = 0;
    for (const auto &row : r.rows) {
        char line[256];
        std::snprintf(line, sizeof line, "%4d  %-40s %10.4g -> %-9s %10.4g -> %-9s %.4g\n", ++rank, row.path.c_str(),
                      row.input_low, formatOutput(r, row.output_low, row.low_beyond_horizon).c_str(), row.input_high,
                      formatOutput(r, row.output_high, row.high_beyond_horizon).c_str(), row.effect());
        std::cout << line;
    }
}

} // namespace

// sensitivity [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--pin PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... --output SPEC [--runs N] [--seed S] [--threads T] [--json]
int runSensitivity(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--scenario", "--set", "--pin", "--event", "--output", "--others", "--method", "--runs", "--samples", "--seed", "--threads"}, {"--json"});
    if (!parsed.ok() || parsed.positional().size() > 1 || !parsed.value("--output")) {
        if (!parsed.ok())
            std::cerr << "asirace-cli sensitivity: " << parsed.error() << "\n";
        else if (!parsed.value("--output"))
            std::cerr << "asirace-cli sensitivity: --output is required\n";
        std::cerr << kUsage;
        return ExitInvalid;
    }
    std::string error;
    const auto output = SensitivityOutput::parse(*parsed.value("--output"), &error);
    if (!output) {
        std::cerr << "asirace-cli sensitivity: --output " << error << "\n";
        return ExitInvalid;
    }
    SensitivityOptions options;
    const auto runs = countOption(parsed, "sensitivity", "--runs", options.runs_per_point, 1, 1000000);
    const auto seed = countOption(parsed, "sensitivity", "--seed", 1, 0, std::numeric_limits<std::int64_t>::max());
    const auto threads = countOption(parsed, "sensitivity", "--threads", 0, 0, 256);
    const auto samples = countOption(parsed, "sensitivity", "--samples", options.samples, 2, 100000);
    if (!runs || !seed || !threads || !samples)
        return ExitInvalid;
    options.samples = *samples;
    const std::string method = parsed.value("--method").value_or("swings");
    if (method != "swings" && method != "sobol") {
        std::cerr << "asirace-cli sensitivity: --method '" << method << "' is not swings or sobol\n";
        return ExitInvalid;
    }
    options.method = method == "sobol" ? SensitivityMethod::FirstOrder : SensitivityMethod::OneAtATime;
    options.runs_per_point = *runs;
    options.seed = static_cast<std::uint64_t>(*seed);
    const std::string others = parsed.value("--others").value_or("medians");
    if (others != "medians" && others != "sampled") {
        std::cerr << "asirace-cli sensitivity: --others '" << others << "' is not medians or sampled\n";
        return ExitInvalid;
    }
    options.sample_others = others == "sampled";

    Scenario scenario;
    if (const int code = loadCheckedScenario(parsed, "sensitivity", scenario); code != ExitOk)
        return code;
    ParallelControl control;
    control.threads = static_cast<int>(*threads);
    const auto result = asirace::runSensitivity(scenario, *output, options, control);
    if (!result)
        return ExitInvalid; // not reachable without a cancel flag
    if (parsed.flag("--json")) {
        auto doc = sensitivityToJson(*result, options);
        doc["scenario"] = scenario.name;
        std::cout << doc.dump() << "\n";
    } else {
        printTable(scenario.name, *result);
    }
    return ExitOk;
}

} // namespace asirace::cli
