#pragma once
// Monte Carlo odds and sensitivity results as JSON, for `asirace-cli run
// --monte-carlo` and `asirace-cli sensitivity` (stable CLI contract). Nothing
// that depends on the machine (thread count, timings) goes in, so the same
// seed gives byte-identical documents everywhere.

#include "montecarloresult.h"
#include "sensitivity.h"

#include <nlohmann/json_fwd.hpp>

namespace asirace {

// {"runs", "seed", "events", "p_first": {lab: p}, "p_first_stderr": {lab: se}, "p_none",
//  "p_reach": {lab: p}, "arrival_quantiles": {lab: {"p10", "p50", "p90"}} (null beyond the horizon),
//  "first_arrival": {"p10", "p50", "p90"}, "p_rank": {lab: [P(rank 1), P(rank 2), ...]}}
// in that key order, labs in scenario order.
nlohmann::ordered_json monteCarloToJson(const MonteCarloResult &result, bool sampledEvents);

// {"output", "unit", "base", "base_beyond_horizon", "low_quantile", "high_quantile", "runs_per_point", "others",
//  "inputs": [{"path", "input_low", "input_median", "input_high", "output_low", "output_high",
//              "effect", "low_beyond_horizon", "high_beyond_horizon"}, ...]} largest effect first
nlohmann::ordered_json sensitivityToJson(const SensitivityResult &result, const SensitivityOptions &options);

} // namespace asirace
