#pragma once
// "What must be true": for each input, the nearest values below and above
// its current one at which the race's leader changes, holding every other
// input. Found by a widening search from the current value (probes at 1/16,
// 1/8, 1/4, 1/2 and all of the way to the bound of the allowed range) and then
// bisection between the last probe that keeps the leader and the first that
// does not, to a tolerance of a thousandth of the range (whole numbers for
// integer fields; the other value for flags).
//
// Leader:
//   deterministic  the winner of the deterministic run (none when no lab
//                  reaches ASI by the horizon)
//   odds           the lab with the highest P(first) over a Monte Carlo of
//                  FlipOptions::odds_runs runs (same seed at every probe, so
//                  probes differ by the input, not by noise); the probed
//                  input is pinned at the probe value (its distribution, if
//                  any, is set aside), the others keep theirs
//
// A leader change that reverts within one probe step can be missed; the
// reported flip is the nearest one the search brackets, and every value
// between the current one and `inside_value` was either probed or bisected
// without a change. docs/MONTE-CARLO.md, "What must be true".

#include "parallelchunks.h"
#include "scenario.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace asirace {

enum class FlipLeader { Deterministic, Odds };
enum class FlipSide { Below, Above };

struct FlipOptions {
    FlipLeader leader = FlipLeader::Deterministic;
    std::int64_t odds_runs = 1000; // Monte Carlo runs per probe for FlipLeader::Odds
    std::uint64_t seed = 1;
    double tolerance = 1e-3;       // bisection stops at this share of the range (of its decades on log fields)
    std::vector<std::string> paths; // the inputs to search; empty: every numeric input
};

struct Flip {
    std::string path;
    double value = 0; // the input now
    std::optional<FlipSide> side;      // empty when neither side flips the race
    std::optional<double> flip_value;  // the nearest value on `side` with another leader
    double inside_value = 0;           // the value nearest flip_value that keeps the leader
    std::optional<std::string> new_winner; // the leader at flip_value; empty: no lab
    // |flip_value - value| over the input's p10-p90 width (its distribution's,
    // else its allowed range's; in decades on log fields); infinity without a flip.
    double relative_change = 0;
    bool width_from_distribution = false;
};

struct FlipReport {
    FlipLeader leader_kind = FlipLeader::Deterministic;
    std::optional<std::string> leader; // empty: no lab leads (none reaches ASI / P(first) all 0)
    std::int64_t odds_runs = 0;        // 0 for the deterministic leader
    std::int64_t evaluations = 0;      // runs (or Monte Carlo batches) the search took
    // One row per side that flips the race, smallest relative change first;
    // then one row (no side) per input that no value in its range flips.
    std::vector<Flip> flips;
};

// Throws std::invalid_argument when a path names no numeric input or the
// scenario's distributions cannot be resolved. Returns nullopt when cancelled.
std::optional<FlipReport> findFlips(const Scenario &scenario, const FlipOptions &options = {},
                                    const ParallelControl &control = {});

// What must hold for the leader to stay: "its research talent \u2265 1.12 x
// (now 1.3)" (the leader's own input), "Anthropic MFU \u2264 0.41 fraction (now
// 0.38)", "ROFR stays on": the values between the current one and
// inside_value keep the leader. Empty for a row without a flip.
std::string flipCondition(const Flip &flip, const std::optional<std::string> &leader);
// "OpenAI stays first while", "No lab reaches ASI while".
std::string flipHeadline(const FlipReport &report);

} // namespace asirace
