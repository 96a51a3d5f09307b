#pragma once
// How CLI commands pick the scenario they work on: the built-in default when
// no FILE.db is given, otherwise the named (or first) scenario of the file.

#include "scenario.h"

#include <optional>
#include <string>

namespace asirace::cli {

struct ScenarioInput {
    std::optional<Scenario> scenario; // set on success
    std::string error;                // message for stderr otherwise
    int exitCode = 0;                 // 1 invalid content / unknown scenario, 2 unreadable or not ours
};

ScenarioInput loadScenarioInput(const std::optional<std::string> &file,
                                const std::optional<std::string> &scenarioName);

} // namespace asirace::cli
