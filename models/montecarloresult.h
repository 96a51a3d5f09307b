#pragma once
// What a Monte Carlo batch produces, read by the CLI's JSON, the leaderboard
// and the race-outcome chart. Probabilities are fractions of runs; standard
// errors are the binomial sqrt(p(1-p)/N).

#include "montecarlotally.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace asirace {

// Arrival-year quantiles over all runs. A run that never reaches ASI counts as
// arriving after the horizon, so a quantile is empty (JSON null) when that
// share of runs never arrives: p90 empty means "fewer than 90% of runs reach
// ASI by the horizon".
struct ArrivalQuantiles {
    std::optional<double> p10, p50, p90;
};

struct LabOdds {
    std::string name;
    std::string colour;
    double p_first = 0;          // P(first to ASI)
    double p_first_stderr = 0;   // its Monte Carlo standard error
    double p_reach = 0;          // fraction of runs in which the lab reaches ASI by the horizon
    ArrivalQuantiles arrival;    // decimal years, over all runs
    ArrivalQuantiles arrival_if_reached; // among the runs in which the lab reaches ASI
    std::vector<double> p_rank;  // p_rank[k-1] = P(final rank k)
};

inline constexpr std::size_t kTopOrders = 10;

struct MonteCarloResult {
    std::int64_t runs = 0;          // runs aggregated so far
    std::int64_t requested_runs = 0;
    std::uint64_t seed = 0;
    double p_none = 0;              // P(no lab reaches ASI by the horizon)
    double p_none_stderr = 0;
    ArrivalQuantiles first_arrival; // the winner's arrival year over all runs
    std::vector<LabOdds> labs;      // in the scenario's racing-lab order
    // P(some lab reaches ASI by the end of year), for every year of the horizon.
    std::vector<std::pair<int, double>> p_any_by;
    // The most likely final orders of the top three ("A>B>C", P), at most
    // kTopOrders, most likely first (ties by name, so the list is deterministic).
    std::vector<std::pair<std::string, double>> p_order_top3;
    bool complete() const { return runs >= requested_runs; }
};

// Turns counts into probabilities. `monthYears[m]` is the decimal year of
// month index m; `names` and `colours` follow the tally's lab order.
MonteCarloResult summarize(const MonteCarloTally &tally, const std::vector<std::string> &names,
                           const std::vector<std::string> &colours, const std::vector<double> &monthYears,
                           std::uint64_t seed, std::int64_t requestedRuns);

} // namespace asirace
