#include "cliargs.h"
#include "clicommands.h"
#include "scenariostore.h"
#include "storeoutput.h"

#include <iostream>

namespace asirace::cli {

// list FILE.db: the scenario names, one per line, in file order.
int runList(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {}, {});
    if (!parsed.ok() || parsed.positional().size() != 1) {
        std::cerr << (parsed.ok() ? "" : parsed.error() + "\n") << "usage: asirace-cli list FILE.db\n";
        return ExitInvalid;
    }
    const auto result = loadScenarioFile(parsed.positional().front());
    if (int code = reportLoad("list", result))
        return code;
    for (const auto &scenario : result.scenarios)
        std::cout << scenario.name << "\n";
    return ExitOk;
}

} // namespace asirace::cli
