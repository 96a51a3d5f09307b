#include "scenarioinput.h"

#include "builtinscenarios.h"
#include "clicommands.h"

namespace asirace::cli {

ScenarioInput loadScenarioInput(const std::optional<std::string> &file,
                                const std::optional<std::string> &scenarioName)
{
    ScenarioInput input;
    if (file) {
        // Reading scenario databases arrives with the SQLite store (db/).
        input.error = "cannot read " + *file + ": scenario files are not supported yet";
        input.exitCode = ExitUnreadable;
        return input;
    }
    for (const auto &s : builtinScenarios()) {
        if (!scenarioName || s.name == *scenarioName) {
            input.scenario = s;
            return input;
        }
    }
    input.error = "no built-in scenario named '" + *scenarioName + "'";
    input.exitCode = ExitInvalid;
    return input;
}

} // namespace asirace::cli
