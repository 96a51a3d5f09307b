#pragma once
// Finding and describing the distribution an input carries, for the editors
// (uncertain-slider marks, the distribution dialog) and for the searches that
// pin one input (flips). Paths are compared in their parsed form, so
// "OpenAI.mfu" finds a distribution written with the same owner and field.

#include "scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asirace {

// Index in scenario.distributions of the distribution on `path` (as
// Scenario::findDistribution finds it); nullopt when none.
std::optional<std::size_t> findDistribution(const Scenario &scenario, std::string_view path);

// The input's p10, median and p90 as Monte Carlo draws it (clamped to its
// bounds and range), and whether it can take more than one value.
struct DistributionSpread {
    double p10 = 0, p50 = 0, p90 = 0;
    bool uncertain = false;
};
// nullopt when `distribution` cannot be resolved in `scenario` (unknown path).
std::optional<DistributionSpread> distributionSpread(const Scenario &scenario, const Distribution &distribution);

// The probability density of the input as drawn, for previews: points (x,
// density) from the quantile function at `points` evenly spaced
// probabilities (density = probability step / value step; values a bound
// clamps to are left out, they carry an atom, not a density). Empty when the
// distribution cannot be resolved or takes one value.
struct DensityPoint {
    double x = 0, density = 0;
};
std::vector<DensityPoint> distributionDensity(const Scenario &scenario, const Distribution &distribution,
                                              int points = 200);

// "lognormal: median 1.3, sigma of ln 0.3", "triangular: low 2, mode 5, high 30".
std::string distributionSummary(const Distribution &distribution);

// The names of a kind's parameters a, b and c (empty when unused): {"mean", "standard deviation", ""}.
struct DistributionParameterNames {
    std::string_view a, b, c;
};
DistributionParameterNames distributionParameterNames(DistributionKind kind);

} // namespace asirace
