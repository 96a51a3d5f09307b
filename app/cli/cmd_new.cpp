#include "builtinscenarios.h"
#include "cliargs.h"
#include "clicommands.h"
#include "scenariostore.h"
#include "storeoutput.h"

#include <filesystem>
#include <iostream>

namespace asirace::cli {

// new FILE.db [--force]: a scenario file holding the built-in scenarios.
int runNew(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {}, {"--force"});
    if (!parsed.ok() || parsed.positional().size() != 1) {
        std::cerr << (parsed.ok() ? "" : parsed.error() + "\n") << "usage: asirace-cli new FILE.db [--force]\n";
        return ExitInvalid;
    }
    const std::string &file = parsed.positional().front();
    // A quick refusal; the guarantee is the no-clobber save below, which also
    // holds when another run creates the file in the meantime.
    std::error_code ec;
    if (std::filesystem::exists(file, ec) && !parsed.flag("--force")) {
        std::cerr << "asirace-cli new: '" << file << "' already exists; add --force to replace it\n";
        return ExitInvalid;
    }
    const auto &scenarios = builtinScenarios();
    if (int code = reportSave("new", saveScenarioFile(file, scenarios, {.unchangedSince = {}, .noClobber = !parsed.flag("--force")})))
        return code;
    std::cout << "wrote " << scenarios.size() << " built-in scenarios to " << file << "\n";
    return ExitOk;
}

} // namespace asirace::cli
