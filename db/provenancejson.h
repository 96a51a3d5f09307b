#pragma once
// A scenario's name, description and provenance as JSON, as `asirace-cli list
// --json` and `merge --json` print them: who made it, when, with which model
// and from data as of when, and the author's notes.

#include "scenario.h"

#include <nlohmann/json_fwd.hpp>

namespace asirace {

// {"name", "description", "author", "created", "modified", "model_version",
//  "data_as_of", "notes"}; empty text where a file does not say.
nlohmann::json scenarioProvenanceJson(const Scenario &scenario);

} // namespace asirace
