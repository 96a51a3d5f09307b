#pragma once
// One-at-a-time sensitivity ("tornado") analysis: for a chosen output, each
// uncertain input is swung from its p10 to its p90 with every other input at
// its median, and inputs are ranked by how far the output moves.
//
// Outputs:
//   p_first:LAB        P(LAB reaches ASI first), from a small Monte Carlo per
//                      swing over the stochastic events (framework bugs, ROFR
//                      declines); every swing uses the same seed (common random
//                      numbers), so differences are effects, not noise
//   median_arrival:LAB LAB's arrival year at the medians (deterministic run)
//   winner_arrival     the first arrival year of any lab (deterministic run)
// An arrival beyond the horizon counts as the first month after it and is
// flagged, so "never" ranks as the latest possible outcome.
//
// With the others at their medians P(first) is often 0 or 1 whatever one
// input does; SensitivityOptions::sample_others keeps the other inputs
// uncertain instead, which ranks inputs by their effect on the odds.
//
// SensitivityMethod::FirstOrder measures instead the share of the output's
// variance each input explains alone (first-order Sobol index, sobolindices.h)
// with every input drawn from its distribution and events at expected values:
//   p_first:LAB        the output is 1 when LAB wins the run, else 0
//   median_arrival:LAB LAB's arrival year (beyond the horizon: the month after it)
//   winner_arrival     the first arrival year of any lab (likewise)

#include "parallelchunks.h"
#include "scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asirace {

enum class SensitivityMetric { PFirst, MedianArrival, WinnerArrival };
enum class SensitivityMethod {
    OneAtATime, // p10 -> p90 swings (tornado)
    FirstOrder, // variance-based: first-order Sobol indices
};

struct SensitivityOutput {
    SensitivityMetric metric = SensitivityMetric::WinnerArrival;
    std::string lab; // for p_first and median_arrival

    std::string text() const; // "p_first:OpenAI", as parsed
    std::string unit() const; // "probability" or "year"
    std::string label() const; // "P(OpenAI first)", "OpenAI arrival year", "Winner's arrival year"
    // Parses "p_first:LAB", "median_arrival:LAB" or "winner_arrival".
    static std::optional<SensitivityOutput> parse(std::string_view text, std::string *error = nullptr);
};

struct SensitivityRow {
    std::string path;
    double input_low = 0, input_median = 0, input_high = 0; // the input at p10, p50, p90
    double output_low = 0, output_high = 0; // the output with the input at p10 / p90
    bool low_beyond_horizon = false, high_beyond_horizon = false;
    double effect() const; // |output_high - output_low|
    // SensitivityMethod::FirstOrder: the input's first-order index and its standard error.
    double first_order = 0, first_order_stderr = 0;
};

struct SensitivityResult {
    SensitivityOutput output;
    double base = 0; // every input at its median
    bool base_beyond_horizon = false;
    std::int64_t runs_per_point = 0; // Monte Carlo runs behind each value (0: deterministic runs)
    bool sample_others = false;      // the other inputs were sampled, not held at their medians
    SensitivityMethod method = SensitivityMethod::OneAtATime;
    std::int64_t samples = 0;        // FirstOrder: rows N of each sample matrix (N (k + 2) runs)
    double output_variance = 0;      // FirstOrder: Var(output) over the samples (base holds its mean)
    std::vector<SensitivityRow> rows; // largest effect (or first-order index) first; ties by path
};

struct SensitivityOptions {
    double low_quantile = 0.1;
    double high_quantile = 0.9;
    std::int64_t runs_per_point = 400; // Monte Carlo runs behind each value (p_first, or sample_others)
    std::uint64_t seed = 1;
    // false (the definition above): the other inputs sit at their medians.
    // true: the other inputs keep their distributions, so each value is a
    // Monte Carlo estimate conditional on the swung input (P(first | input at
    // p10), a median arrival over the runs); inputs rank by their effect on
    // the odds rather than on one median world.
    bool sample_others = false;
    SensitivityMethod method = SensitivityMethod::OneAtATime;
    std::int64_t samples = 256; // FirstOrder: N
};

// Throws std::invalid_argument when the output names no racing lab or a
// distribution cannot be resolved. Returns nullopt when cancelled.
std::optional<SensitivityResult> runSensitivity(const Scenario &scenario, const SensitivityOutput &output,
                                                const SensitivityOptions &options = {},
                                                const ParallelControl &control = {});

} // namespace asirace
