#pragma once
// Addressing one input of a scenario by text, as the CLI's --set, Monte Carlo
// distributions and sensitivity analysis do:
//   assumptions.FIELD        a global assumption
//   ORG.FIELD                a field of the organisation named ORG
//   ORG_A/ORG_B.FIELD        a term of the partnership between ORG_A and ORG_B

#include "scenario.h"

#include <optional>
#include <string>
#include <string_view>

namespace asirace {

struct FieldPathError {
    std::string message; // names the path, the value and the allowed range
};

// A resolved numeric field: where it lives and its declared limits.
struct FieldRef {
    double *value = nullptr;
    std::string_view name;
    std::string_view unit;
    double min = 0, max = 0;
    FieldType type = FieldType::Real;
};

// Finds the numeric field behind `path` in `scenario`; nullopt with `error` set otherwise.
std::optional<FieldRef> resolveNumericPath(Scenario &scenario, std::string_view path,
                                           FieldPathError *error = nullptr);

// Sets `path` from text (numbers; text fields such as colour or kind by value).
// On failure leaves the scenario unchanged and returns the reason.
std::optional<FieldPathError> setFieldPath(Scenario &scenario, std::string_view path,
                                           std::string_view value);

// Parses "PATH=VALUE" and applies it.
std::optional<FieldPathError> applyAssignment(Scenario &scenario, std::string_view assignment);

} // namespace asirace
