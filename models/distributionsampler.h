#pragma once
// Turning a scenario's distributions into values: inverse-CDF transforms for
// each kind, then clamping to the distribution's bounds and the field's
// declared range (Integer fields rounded, Flag fields kept 0/1).
//
// Every kind is sampled by its inverse CDF from a single uniform draw, so one
// draw per distribution per run, and the same function gives the p10/p50/p90
// values sensitivity analysis swings between.

#include "counterrng.h"
#include "fieldspec.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace asirace {

// Standard normal quantile (inverse CDF) for p in (0, 1), to full double
// precision: Acklam's rational approximation plus one Halley step on erfc.
double normalQuantile(double p);

// One distribution, resolved against its scenario once.
struct PreparedDistribution {
    std::size_t index = 0; // position in Scenario::distributions; its draw index
    std::string path;
    DistributionKind kind = DistributionKind::Fixed;
    double a = 0, b = 0, c = 0;
    double lo = 0, hi = 0;  // effective bounds: [lower, upper] (when lower < upper) within the field's range
    FieldType type = FieldType::Real;
    double base = 0;        // the scenario's own value, used by `fixed`

    // The input's value at cumulative probability p in (0, 1), clamped and
    // rounded as the field requires. Fixed distributions return `base`.
    double quantile(double p) const;
    // True when the distribution can produce more than one value.
    bool isUncertain() const;
};

struct PreparedInputs {
    std::vector<PreparedDistribution> distributions;
    std::vector<std::string> errors; // path problems (unknown field, empty bounds)
    bool ok() const { return errors.empty(); }
};

PreparedInputs prepareDistributions(const Scenario &scenario);

// Writes one run's draws into a working copy of the scenario. `targets` are the
// resolved field addresses in that copy (bindTargets), in the same order as the
// prepared distributions.
std::vector<double *> bindTargets(Scenario &working, const PreparedInputs &inputs);
void applyDraws(const PreparedInputs &inputs, const std::vector<double *> &targets, const RunRandom &random);

} // namespace asirace
