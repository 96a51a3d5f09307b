#include "cliargs.h"
#include "clicommands.h"
#include "scenariojsonfile.h"
#include "scenariostore.h"
#include "storeoutput.h"

#include <filesystem>
#include <iostream>

namespace asirace::cli {

// import-json IN.json --out FILE.db [--force]: checks the whole document
// (every problem with its JSON pointer) before writing anything.
int runImportJson(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--out"}, {"--force"});
    const auto out = parsed.value("--out");
    if (!parsed.ok() || parsed.positional().size() != 1 || !out) {
        std::cerr << (parsed.ok() ? "" : parsed.error() + "\n")
                  << "usage: asirace-cli import-json IN.json --out FILE.db [--force]\n";
        return ExitInvalid;
    }
    // A quick refusal before reading the input; the guarantee is the
    // no-clobber save below, which also holds against a concurrent writer.
    std::error_code ec;
    if (std::filesystem::exists(*out, ec) && !parsed.flag("--force")) {
        std::cerr << "asirace-cli import-json: '" << *out << "' already exists; add --force to replace it\n";
        return ExitInvalid;
    }
    const auto imported = importScenariosJson(parsed.positional().front());
    if (int code = reportLoad("import-json", imported))
        return code;
    if (int code = reportSave("import-json", saveScenarioFile(*out, imported.scenarios, {.unchangedSince = {}, .noClobber = !parsed.flag("--force")})))
        return code;
    std::cout << "imported " << imported.scenarios.size() << " scenario" << (imported.scenarios.size() == 1 ? "" : "s")
              << " into " << *out << "\n";
    return ExitOk;
}

} // namespace asirace::cli
