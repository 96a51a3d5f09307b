#pragma once
// Edits move the odds: when an input that carries a distribution is edited,
// its distribution follows the edit, unless the user pinned the input.
//   lognormal (multiplicative uncertainty): scaled by new / old, so the
//     median and both bounds keep their ratios to the value;
//   normal, uniform, triangular (additive): shifted by new - old.
// The CLI's --set, --pin and the window's edits all go through here, so one
// rule decides what an edit does to the odds.

#include "fieldpath.h"
#include "scenario.h"

#include <optional>
#include <string_view>

namespace asirace {

// `d` as it should be after its input moved from `oldValue` to `newValue`.
// Pinned distributions, fixed ones and a scale from or to a value <= 0 (a
// lognormal cannot hold it: it is shifted instead) are handled here too.
Distribution recentred(const Distribution &d, double oldValue, double newValue);

// Sets `path` to `value` (text, as --set takes it) and recentres its
// distribution; the scenario is unchanged when it fails.
std::optional<FieldPathError> setRecentring(Scenario &scenario, std::string_view path, std::string_view value);
// "PATH=VALUE" form of setRecentring (--set).
std::optional<FieldPathError> applyAssignmentRecentring(Scenario &scenario, std::string_view assignment);
// "PATH=VALUE": sets the value and pins the input's distribution (--pin); an
// input without a distribution is already constant across runs.
std::optional<FieldPathError> applyPin(Scenario &scenario, std::string_view assignment);

} // namespace asirace
