#pragma once
// The backtest: a scenario that starts from end-2024 data is run through 2025
// and compared with what is known about end-2025: Epoch AI's per-lab compute
// estimates (5th/50th/95th percentiles) and the largest known 2025 training
// run of each lab. Data nobody on the team wrote, so a miss is informative.

#include "simulationresult.h"

#include <optional>
#include <string>
#include <vector>

namespace asirace {

struct BacktestReference {
    std::string lab;
    double p5 = 0, median = 0, p95 = 0;       // end-of-year compute [H100e]
    std::optional<double> knownLargestRunFlop; // largest run published in the year, if estimated
};

struct BacktestRow {
    std::string lab;
    double modelH100e = 0;
    double p5 = 0, median = 0, p95 = 0;
    bool within = false; // p5 <= model <= p95
    double modelLargestRunFlop = 0;
    std::optional<double> knownLargestRunFlop;
};

// Compares the result's December of `year` with the references, in their order;
// references naming no lab of the result are skipped.
std::vector<BacktestRow> compareBacktest(const SimulationResult &result, int year,
                                         const std::vector<BacktestReference> &references);

} // namespace asirace
