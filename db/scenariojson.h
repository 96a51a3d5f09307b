#pragma once
// Scenarios to and from JSON (nlohmann_json). The document format is described
// in docs/FILE-FORMAT.md; every key is a canonical field name from models/.

#include "scenario.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace asirace {

inline constexpr int kJsonFormatVersion = 3; // 2 added "events", 3 provenance, pins and factors; older documents still import
inline constexpr const char *kJsonFormatName = "asirace-scenarios";

// One problem in a JSON document, located by JSON pointer.
struct JsonIssue {
    std::string pointer; // "/scenarios/0/organisations/3/mfu"
    std::string message; // "1.7 is outside [0.05, 0.8]"
    std::string toString() const { return pointer.empty() ? message : pointer + ": " + message; }
};

// The value of a "version" key when it is a whole number small enough to mean
// one (at most 2^30); nullopt otherwise. Never a wrapped-around huge number.
std::optional<long long> jsonFormatVersion(const nlohmann::json &value);

nlohmann::json scenarioToJson(const Scenario &scenario);
// The whole-file document: {"format", "version", "scenarios": [...]}.
nlohmann::json scenariosToJson(const std::vector<Scenario> &scenarios);

// Reads one scenario object. Problems (wrong types, out-of-range values,
// unknown keys) are appended to `issues` with `pointer` as the prefix;
// returns false when any was found.
bool scenarioFromJson(const nlohmann::json &object, const std::string &pointer, Scenario &out,
                      std::vector<JsonIssue> &issues);

// Reads a whole-file document, or a single scenario object.
bool scenariosFromJson(const nlohmann::json &document, std::vector<Scenario> &out,
                       std::vector<JsonIssue> &issues);

} // namespace asirace
