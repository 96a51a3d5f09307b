#include "builtinscenarios.h"
#include "cliargs.h"
#include "clicommands.h"
#include "scenariostore.h"
#include "storeoutput.h"
#include "validation.h"

#include <algorithm>
#include <iostream>

namespace asirace::cli {

// validate [FILE.db]: prints every problem of every scenario on stderr; without
// FILE it checks the built-in scenarios. A file is checked exactly as opening
// it would: structure, types, missing rows, then validate() on each scenario.
int runValidate(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {}, {});
    if (!parsed.ok() || parsed.positional().size() > 1) {
        std::cerr << "usage: asirace-cli validate [FILE.db]\n";
        return ExitInvalid;
    }
    if (parsed.positional().size() == 1) {
        const auto result = loadScenarioFile(parsed.positional().front());
        if (int code = reportLoad("validate", result)) {
            if (result.kind == StoreErrorKind::InvalidContent) {
                const size_t count = std::max<size_t>(1, result.problems.size());
                std::cout << count << (count == 1 ? " problem\n" : " problems\n");
            }
            return code;
        }
        std::cout << result.scenarios.size() << " scenarios, 0 problems\n";
        return ExitOk;
    }
    const auto &scenarios = builtinScenarios();
    size_t count = 0;
    for (const auto &scenario : scenarios) {
        for (const auto &problem : validate(scenario)) {
            std::cerr << "scenario '" << scenario.name << "': " << problem.toString() << "\n";
            ++count;
        }
    }
    std::cout << scenarios.size() << " scenarios, " << count << " problems\n";
    return count == 0 ? ExitOk : ExitInvalid;
}

} // namespace asirace::cli
