#include "cliargs.h"
#include "clicommands.h"
#include "provenancejson.h"
#include "scenariostore.h"
#include "storeoutput.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace asirace::cli {

// list FILE.db [--json]: the scenario names, one per line, in file order; with
// --json each scenario's description and provenance too.
int runList(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {}, {"--json"});
    if (!parsed.ok() || parsed.positional().size() != 1) {
        std::cerr << (parsed.ok() ? "" : parsed.error() + "\n") << "usage: asirace-cli list FILE.db [--json]\n";
        return ExitInvalid;
    }
    const auto result = loadScenarioFile(parsed.positional().front());
    if (int code = reportLoad("list", result))
        return code;
    if (parsed.flag("--json")) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto &scenario : result.scenarios)
            list.push_back(scenarioProvenanceJson(scenario));
        std::cout << nlohmann::json{{"file", parsed.positional().front()}, {"scenarios", std::move(list)}}.dump(2)
                  << "\n";
        return ExitOk;
    }
    for (const auto &scenario : result.scenarios)
        std::cout << scenario.name << "\n";
    return ExitOk;
}

} // namespace asirace::cli
