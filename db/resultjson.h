#pragma once
// A simulation result as the JSON document of `asirace-cli run --json` (the
// stable CLI contract). Monte Carlo output adds its own key to this object.

#include "simulationresult.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace asirace {

// {"scenario", "months", "labs": [{"name", "asi_year", "final_rank", "series": {...}}], "ranking", "winner"},
// keys in that order (ordered_json keeps insertion order).
nlohmann::ordered_json resultToJson(const std::string &scenarioName, const SimulationResult &result);

} // namespace asirace
