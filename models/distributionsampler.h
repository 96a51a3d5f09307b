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
#include <utility>
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
    double fieldMin = 0, fieldMax = 0; // the field's declared range
    double lo = 0, hi = 0;  // effective bounds: [lower, upper] (when lower < upper) within the field's range
    FieldType type = FieldType::Real;
    double base = 0;        // the scenario's own value, used by `fixed` (and when pinned)
    // Shared factors this input loads on (index into PreparedInputs::factors,
    // loading) and the weight of its own shock, sqrt(1 - sum of squares).
    std::vector<std::pair<std::size_t, double>> loadings;
    double ownWeight = 1;
    // Dated events on the same input (index into Scenario::events, value as
    // scheduled): they follow the draw the way an edit moves the distribution
    // (scaled for lognormal, shifted otherwise), so a drawn funding level
    // also scales the funding rounds the scenario schedules.
    std::vector<std::pair<std::size_t, double>> events;
    // An event's value for a draw of `drawn`.
    double eventValue(double scheduled, double drawn) const;

    // The input's value at cumulative probability p in (0, 1), clamped and
    // rounded as the field requires. Fixed distributions return `base`.
    double quantile(double p) const;
    // The value at normal score z (quantile(Phi(z))), without the round trip
    // through a probability for normal and lognormal kinds.
    double atScore(double z) const;
    // True when the distribution can produce more than one value.
    bool isUncertain() const;
};

struct PreparedInputs {
    std::vector<PreparedDistribution> distributions;
    std::vector<std::string> factors; // names of the shared factors, in draw-index order
    std::vector<std::string> errors; // path problems (unknown field, empty bounds)
    bool ok() const { return errors.empty(); }
};

// Pinned distributions become fixed at the scenario's value. Shared factors
// are attached to the distributions they load on; a loading on an input
// without an (unpinned) distribution has nothing to move and is skipped.
PreparedInputs prepareDistributions(const Scenario &scenario);

// prepareDistributions() for a job that cannot run with a bad distribution:
// throws std::invalid_argument listing every problem.
PreparedInputs prepareDistributionsOrThrow(const Scenario &scenario);

// Standard normal CDF.
double normalCdf(double z);

// Writes one run's draws into a working copy of the scenario: factor scores
// first (stream SharedFactors, one per factor), then each input from its own
// uniform mixed with the factors it loads on. `targets` are the
// resolved field addresses in that copy (bindTargets), in the same order as the
// prepared distributions.
std::vector<double *> bindTargets(Scenario &working, const PreparedInputs &inputs);
// `events`, when given, are the working copy's events (same order as the
// scenario's): those on a drawn input are moved with the draw.
void applyDraws(const PreparedInputs &inputs, const std::vector<double *> &targets, const RunRandom &random,
                std::vector<ScheduledEvent> *events = nullptr);

} // namespace asirace
