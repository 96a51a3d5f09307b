#include "scenarioinput.h"

#include "builtinscenarios.h"
#include "clicommands.h"
#include "scenariostore.h"
#include "storeoutput.h"

namespace asirace::cli {
namespace {

// The named scenario, or the first one when no name is given.
ScenarioInput pick(const std::vector<Scenario> &scenarios, const std::optional<std::string> &name,
                   const std::string &where)
{
    ScenarioInput input;
    for (const auto &s : scenarios) {
        if (!name || s.name == *name) {
            input.scenario = s;
            return input;
        }
    }
    input.error = "no scenario named '" + name.value_or("") + "' in " + where + "; available: " +
                  scenarioNameList(scenarios);
    input.exitCode = ExitInvalid;
    return input;
}

} // namespace

ScenarioInput loadScenarioInput(const std::optional<std::string> &file,
                                const std::optional<std::string> &scenarioName)
{
    if (!file)
        return pick(builtinScenarios(), scenarioName, "the built-in scenarios");
    const auto result = loadScenarioFile(*file);
    if (!result.ok()) {
        ScenarioInput input;
        input.error = result.message;
        for (const auto &problem : result.problems)
            input.error += "\n  " + problem;
        input.exitCode = exitCodeFor(result.kind);
        return input;
    }
    return pick(result.scenarios, scenarioName, "'" + *file + "'");
}

} // namespace asirace::cli
