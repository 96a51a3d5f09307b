#pragma once
// Monte Carlo odds for the race outcome chart. Filled by the Monte Carlo run
// (issue 6); until then the outcome chart shows only the deterministic result.

#include <array>
#include <map>
#include <string>

namespace asirace {

struct OutcomeOdds {
    std::map<std::string, double> pFirst; // lab -> probability of reaching ASI first [0-1]
    // lab -> arrival year quantiles {p10, p50, p90} among runs where the lab arrives [decimal year]
    std::map<std::string, std::array<double, 3>> arrivalQuantiles;
    int runs = 0; // number of Monte Carlo runs behind the figures (0 = unknown)
};

} // namespace asirace
