#pragma once
// Shared factors in a scenario's JSON ("factors": [{"name", "description",
// "loadings": [{"path", "loading", "source"}]}]), beside the distributions they
// correlate. Ranges and paths are checked by validate(), as for every input.

#include "scenario.h"
#include "scenariojson.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace asirace {

nlohmann::json factorsToJson(const std::vector<SharedFactor> &factors);
void factorsFromJson(const nlohmann::json &value, const std::string &pointer, std::vector<SharedFactor> &out,
                     std::vector<JsonIssue> &issues);

} // namespace asirace
