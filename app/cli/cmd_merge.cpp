#include "cliargs.h"
#include "clicommands.h"
#include "provenancejson.h"
#include "scenariomerge.h"
#include "scenariostore.h"
#include "storeoutput.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

namespace asirace::cli {

// merge INTO.db FROM.db [--scenario NAME]... [--json]: copies scenarios of
// FROM.db (all, or those named) with their distributions and events into
// INTO.db. A name INTO.db already has is renamed ("Patel's view (from Ana)"),
// never replaced. FROM.db is read as Open reads a file (read-only, checked)
// and never written; INTO.db is replaced whole, and only while it is still the
// file that was read.
int runMerge(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--scenario"}, {"--json"});
    if (!parsed.ok() || parsed.positional().size() != 2) {
        std::cerr << (parsed.ok() ? "" : parsed.error() + "\n")
                  << "usage: asirace-cli merge INTO.db FROM.db [--scenario NAME]... [--json]\n";
        return ExitInvalid;
    }
    const std::string &intoPath = parsed.positional()[0];
    const std::string &fromPath = parsed.positional()[1];
    std::error_code ec;
    if (std::filesystem::equivalent(intoPath, fromPath, ec)) {
        std::cerr << "asirace-cli merge: '" << intoPath << "' and '" << fromPath << "' are the same file\n";
        return ExitInvalid;
    }
    const auto into = loadScenarioFile(intoPath);
    if (int code = reportLoad("merge", into))
        return code;
    const auto from = loadScenarioFile(fromPath);
    if (int code = reportLoad("merge", from))
        return code;

    const auto plan = planMerge(into.scenarios, from.scenarios, parsed.values("--scenario"),
                                std::filesystem::path(fromPath).filename().string());
    if (!plan.unknown.empty()) {
        for (const auto &name : plan.unknown)
            std::cerr << "asirace-cli merge: no scenario named '" << name << "' in '" << fromPath
                      << "'; available: " << scenarioNameList(from.scenarios) << "\n";
        return ExitInvalid;
    }
    std::vector<Scenario> merged = into.scenarios;
    merged.insert(merged.end(), plan.scenarios.begin(), plan.scenarios.end());
    SaveCondition condition;
    condition.unchangedSince = into.identity;
    if (int code = reportSave("merge", saveScenarioFile(intoPath, merged, condition)))
        return code;

    if (parsed.flag("--json")) {
        nlohmann::json imported = nlohmann::json::array();
        for (size_t i = 0; i < plan.scenarios.size(); ++i) {
            auto entry = scenarioProvenanceJson(plan.scenarios[i]);
            entry["from_name"] = plan.originalNames[i];
            entry["renamed"] = plan.originalNames[i] != plan.scenarios[i].name;
            imported.push_back(std::move(entry));
        }
        std::cout << nlohmann::json{{"into", intoPath}, {"from", fromPath}, {"imported", std::move(imported)}}.dump(2)
                  << "\n";
        return ExitOk;
    }
    for (size_t i = 0; i < plan.scenarios.size(); ++i) {
        std::cout << "'" << plan.originalNames[i] << "'";
        if (plan.originalNames[i] != plan.scenarios[i].name)
            std::cout << " as '" << plan.scenarios[i].name << "' (the name was taken)";
        std::cout << "\n";
    }
    return ExitOk;
}

} // namespace asirace::cli
