#include "cliargs.h"
#include "clicommands.h"
#include "leadexplanation.h"
#include "scenarioargs.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace asirace::cli {
namespace {

constexpr const char *kUsage =
    "usage: asirace-cli explain [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... "
    "[--json]\n";

using Json = nlohmann::ordered_json;

Json yearOrNull(const std::optional<double> &year) { return year ? Json(*year) : Json(nullptr); }

std::string_view statusName(LeadExplanation::Status status)
{
    switch (status) {
    case LeadExplanation::Status::Explained:
        return "explained";
    case LeadExplanation::Status::NoArrival:
        return "no_arrival";
    case LeadExplanation::Status::NoRunnerUp:
        return "no_runner_up";
    case LeadExplanation::Status::Cancelled:
        break;
    }
    return "cancelled";
}

Json toJson(const Scenario &scenario, const LeadExplanation &x)
{
    const auto nameOrNull = [](const std::string &name) { return name.empty() ? Json(nullptr) : Json(name); };
    Json doc;
    doc["leader"] = nameOrNull(x.leader);
    doc["runner_up"] = nameOrNull(x.runnerUp);
    doc["lead_months"] = x.explained() ? Json(x.leadMonths) : Json(nullptr);
    auto drivers = Json::array();
    for (const auto &d : x.drivers) {
        auto inputs = Json::array();
        for (auto field : d.group->fields)
            inputs.push_back(field);
        drivers.push_back({{"name", d.group->name},
                           {"months", d.months},
                           {"label", d.group->label},
                           {"at_least", d.atLeast},
                           {"leader_asi_year", yearOrNull(d.arrivalYear)},
                           {"inputs", inputs},
                           {"partnership_terms", d.group->partnershipTerms}});
    }
    doc["drivers"] = drivers;
    doc["scenario"] = scenario.name;
    doc["status"] = statusName(x.status);
    doc["lead_at_least"] = x.leadAtLeast;
    doc["leader_asi_year"] = yearOrNull(x.leaderArrivalYear);
    doc["runner_up_asi_year"] = yearOrNull(x.runnerUpArrivalYear);
    doc["horizon_end_year"] = x.horizonEndYear;
    if (x.explained()) {
        doc["all_drivers"] = {{"months", x.allGroups.months},
                              {"at_least", x.allGroups.atLeast},
                              {"leader_asi_year", yearOrNull(x.allGroups.arrivalYear)}};
        const auto residual = x.residualMonths();
        doc["residual_months"] = residual ? Json(*residual) : Json(nullptr);
    }
    return doc;
}

// "Apr 2040": decimal years mark the start of the month.
std::string monthYear(const std::optional<double> &year)
{
    if (!year)
        return "after the horizon";
    static constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const long index = std::lround(*year * 12);
    return std::string(kMonths[index % 12]) + " " + std::to_string(index / 12);
}

std::string signedMonths(int months, bool atLeast)
{
    char text[32];
    std::snprintf(text, sizeof text, "%s%+d", atLeast ? ">= " : "", months);
    return text;
}

void printText(const Scenario &scenario, const LeadExplanation &x)
{
    std::cout << "scenario: " << scenario.name << "\n";
    switch (x.status) {
    case LeadExplanation::Status::NoArrival:
        std::cout << "no lab reaches ASI by " << monthYear(x.horizonEndYear - 1.0 / 12)
                  << ": there is no lead to explain (a later end year may give one)\n";
        return;
    case LeadExplanation::Status::NoRunnerUp:
        std::cout << "only one racing lab: there is no runner-up to compare with\n";
        return;
    case LeadExplanation::Status::Cancelled:
    case LeadExplanation::Status::Explained:
        break;
    }
    std::cout << x.leader << " leads " << x.runnerUp << " by " << (x.leadAtLeast ? "at least " : "") << x.leadMonths
              << " months (ASI " << monthYear(x.leaderArrivalYear) << " against "
              << monthYear(x.runnerUpArrivalYear) << ")\n"
              << "each driver: the leader's ASI month with the runner-up's values of that group, against its own\n"
              << "(months later = positive = the driver contributes to the lead)\n\n";
    char line[160];
    std::snprintf(line, sizeof line, "%-32s %10s   %s\n", "driver", "months", "leader's ASI with the swap");
    std::cout << line;
    for (const auto &d : x.drivers) {
        std::snprintf(line, sizeof line, "%-32s %10s   %s\n", std::string(d.group->label).c_str(),
                      signedMonths(d.months, d.atLeast).c_str(), monthYear(d.arrivalYear).c_str());
        std::cout << line;
    }
    const auto residual = x.residualMonths();
    std::snprintf(line, sizeof line, "%-32s %10s\n", "not attributed (interactions)",
                  residual ? signedMonths(*residual, false).c_str() : "unknown");
    std::cout << line;
    std::snprintf(line, sizeof line, "%-32s %10s   %s\n", "every driver at once",
                  signedMonths(x.allGroups.months, x.allGroups.atLeast).c_str(),
                  monthYear(x.allGroups.arrivalYear).c_str());
    std::cout << line;
}

} // namespace

// explain [FILE.db] [--scenario NAME] [--set PATH=VALUE]... [--event YYYY-MM:PATH=VALUE]... [--json]
int runExplain(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--scenario", "--set", "--event"}, {"--json"});
    if (!parsed.ok() || parsed.positional().size() > 1) {
        if (!parsed.ok())
            std::cerr << "asirace-cli explain: " << parsed.error() << "\n";
        std::cerr << kUsage;
        return ExitInvalid;
    }
    Scenario scenario;
    if (const int code = loadCheckedScenario(parsed, "explain", scenario); code != ExitOk)
        return code;
    const LeadExplanation explanation = explainLead(scenario);
    if (parsed.flag("--json"))
        std::cout << toJson(scenario, explanation).dump(2) << "\n";
    else
        printText(scenario, explanation);
    return ExitOk;
}

} // namespace asirace::cli
