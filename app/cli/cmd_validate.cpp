#include "builtinscenarios.h"
#include "cliargs.h"
#include "clicommands.h"
#include "validation.h"

#include <iostream>

namespace asirace::cli {

// validate [FILE.db]: prints every problem of every scenario on stderr.
int runValidate(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {}, {});
    if (!parsed.ok() || parsed.positional().size() > 1) {
        std::cerr << "usage: asirace-cli validate [FILE.db]\n";
        return ExitInvalid;
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
