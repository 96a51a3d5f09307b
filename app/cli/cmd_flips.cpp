#include "cliargs.h"
#include "clicommands.h"
#include "fieldlabel.h"
#include "fieldpath.h"
#include "flips.h"
#include "scenarioargs.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>

namespace asirace::cli {
namespace {

constexpr const char *kUsage =
    "usage: asirace-cli flips [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]...\n"
    "           [--input PATH]... [--odds N] [--seed S] [--threads T] [--json]\n";

nlohmann::ordered_json orNull(const std::optional<std::string> &text)
{
    return text ? nlohmann::ordered_json(*text) : nlohmann::ordered_json();
}

nlohmann::ordered_json flipsToJson(const FlipReport &report)
{
    auto rows = nlohmann::ordered_json::array();
    for (const Flip &f : report.flips) {
        nlohmann::ordered_json row;
        row["path"] = f.path;
        row["label"] = fieldPathLabel(f.path);
        row["unit"] = fieldPathUnit(f.path);
        row["value"] = f.value;
        row["flip_value"] = f.flip_value ? nlohmann::ordered_json(*f.flip_value) : nlohmann::ordered_json();
        row["new_winner"] = f.flip_value ? orNull(f.new_winner) : nlohmann::ordered_json();
        row["side"] = !f.side ? nlohmann::ordered_json() : nlohmann::ordered_json(*f.side == FlipSide::Below ? "below" : "above");
        row["inside_value"] = f.inside_value;
        row["relative_change"] = std::isfinite(f.relative_change) ? nlohmann::ordered_json(f.relative_change)
                                                                  : nlohmann::ordered_json();
        row["width_from"] = f.width_from_distribution ? "distribution" : "range";
        rows.push_back(std::move(row));
    }
    return rows;
}

void printReport(const FlipReport &report, const char *what)
{
    std::cout << what << ": " << report.leader.value_or("no lab") << "\n" << flipHeadline(report) << ":\n";
    int flipped = 0, unflipped = 0;
    for (const Flip &f : report.flips) {
        if (!f.flip_value) {
            ++unflipped;
            continue;
        }
        ++flipped;
        char tail[96];
        std::snprintf(tail, sizeof tail, "  (%.3g of its %s; at %.6g: %s)", f.relative_change,
                      f.width_from_distribution ? "p10-p90 width" : "allowed range", *f.flip_value,
                      f.new_winner.value_or("no lab").c_str());
        std::cout << "  " << flipCondition(f, report.leader) << tail << "\n";
    }
    if (flipped == 0)
        std::cout << "  (no single input flips it within its allowed range)\n";
    std::cout << unflipped << " inputs do not flip it anywhere in their allowed range\n";
}

} // namespace

// flips [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--event ...]... [--odds N] [--seed S] [--threads T] [--json]
int runFlips(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--scenario", "--set", "--event", "--input", "--odds", "--seed", "--threads"}, {"--json"});
    if (!parsed.ok() || parsed.positional().size() > 1) {
        if (!parsed.ok())
            std::cerr << "asirace-cli flips: " << parsed.error() << "\n";
        std::cerr << kUsage;
        return ExitInvalid;
    }
    const auto odds = countOption(parsed, "flips", "--odds", 0, 1, 1000000);
    const auto seed = countOption(parsed, "flips", "--seed", 1, 0, std::numeric_limits<std::int64_t>::max());
    const auto threads = countOption(parsed, "flips", "--threads", 0, 0, 256);
    if (!odds || !seed || !threads)
        return ExitInvalid;
    Scenario scenario;
    if (const int code = loadCheckedScenario(parsed, "flips", scenario); code != ExitOk)
        return code;

    FlipOptions options;
    options.paths = parsed.values("--input"); // none: every numeric input
    for (const auto &path : options.paths) {
        FieldPathError error;
        if (!resolveNumericPath(scenario, path, &error)) {
            std::cerr << "asirace-cli flips: --input " << (error.message.empty() ? path : error.message) << "\n";
            return ExitInvalid;
        }
    }
    ParallelControl control;
    control.threads = static_cast<int>(*threads);
    const auto winner = findFlips(scenario, options, control);
    std::optional<FlipReport> favourite;
    if (parsed.value("--odds")) {
        options.leader = FlipLeader::Odds;
        options.odds_runs = *odds;
        options.seed = static_cast<std::uint64_t>(*seed);
        favourite = findFlips(scenario, options, control);
    }
    if (!winner || (parsed.value("--odds") && !favourite))
        return ExitInvalid; // not reachable without a cancel flag

    if (parsed.flag("--json")) {
        nlohmann::ordered_json doc;
        doc["scenario"] = scenario.name;
        doc["winner"] = orNull(winner->leader);
        doc["flips"] = flipsToJson(*winner);
        if (favourite) {
            nlohmann::ordered_json o;
            o["runs"] = favourite->odds_runs;
            o["seed"] = *seed;
            o["leader"] = orNull(favourite->leader);
            o["flips"] = flipsToJson(*favourite);
            doc["odds"] = std::move(o);
        }
        std::cout << doc.dump() << "\n";
        return ExitOk;
    }
    std::cout << "scenario: " << scenario.name << "\n";
    printReport(*winner, "winner");
    if (favourite) {
        std::cout << "\nodds over " << favourite->odds_runs << " runs per probe (seed " << *seed << ")\n";
        printReport(*favourite, "favourite (highest P(first))");
    }
    return ExitOk;
}

} // namespace asirace::cli
