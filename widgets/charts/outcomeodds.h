#pragma once
// Monte Carlo odds for the race outcome chart: P(first) bars and arrival ranges.
// Without them the outcome chart shows only the deterministic result.

#include <array>
#include <map>
#include <string>

namespace asirace {

struct MonteCarloResult;

struct OutcomeOdds {
    std::map<std::string, double> pFirst; // lab -> probability of reaching ASI first [0-1]
    // lab -> arrival year quantiles {p10, p50, p90} among runs where the lab arrives [decimal year]
    std::map<std::string, std::array<double, 3>> arrivalQuantiles;
    int runs = 0; // number of Monte Carlo runs behind the figures (0 = unknown)
};

// P(first) and arrival ranges (among the runs in which each lab arrives), as the
// GUI and the CLI's chart export both show them.
OutcomeOdds outcomeOddsFrom(const MonteCarloResult &mc);

} // namespace asirace
