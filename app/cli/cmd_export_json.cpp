#include "cliargs.h"
#include "clicommands.h"
#include "scenariojsonfile.h"
#include "scenariostore.h"
#include "storeoutput.h"

#include <iostream>

namespace asirace::cli {

// export-json FILE.db [--scenario NAME]: the whole file, or one scenario, as
// a versioned JSON document on stdout.
int runExportJson(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--scenario"}, {});
    if (!parsed.ok() || parsed.positional().size() != 1) {
        std::cerr << (parsed.ok() ? "" : parsed.error() + "\n")
                  << "usage: asirace-cli export-json FILE.db [--scenario NAME]\n";
        return ExitInvalid;
    }
    auto result = loadScenarioFile(parsed.positional().front());
    if (int code = reportLoad("export-json", result))
        return code;
    if (const auto name = parsed.value("--scenario")) {
        for (const auto &scenario : result.scenarios) {
            if (scenario.name == *name) {
                std::cout << scenariosJsonText({scenario});
                return ExitOk;
            }
        }
        std::cerr << "asirace-cli export-json: no scenario named '" << *name << "' in '"
                  << parsed.positional().front() << "'; available: " << scenarioNameList(result.scenarios) << "\n";
        return ExitInvalid;
    }
    std::cout << scenariosJsonText(result.scenarios);
    return ExitOk;
}

} // namespace asirace::cli
