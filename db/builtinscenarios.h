#pragma once
// The scenarios compiled into the binaries from resources/scenarios/builtin.json:
// the Evidence baseline, the 2025 backtest, Patel's view and one preset per interview claim.

#include "scenario.h"

#include <vector>

namespace asirace {

// All built-in scenarios, baseline first. Presets are the baseline with their
// listed inputs changed (see the "presets" section of builtin.json).
const std::vector<Scenario> &builtinScenarios();

// The default scenario a user sees first ("Evidence baseline").
const Scenario &defaultScenario();

} // namespace asirace
