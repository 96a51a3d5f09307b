#include "backtest.h"

#include <cmath>

namespace asirace {

std::vector<BacktestRow> compareBacktest(const SimulationResult &result, int year,
                                         const std::vector<BacktestReference> &references)
{
    std::vector<BacktestRow> rows;
    if (result.months.empty())
        return rows;
    const long december = std::lround((year + 11.0 / 12.0 - result.months.front()) * 12);
    if (december < 0 || december >= static_cast<long>(result.months.size()))
        return rows;
    const auto m = static_cast<size_t>(december);
    for (const auto &ref : references) {
        for (const auto &lab : result.labs) {
            if (lab.name != ref.lab)
                continue;
            BacktestRow row;
            row.lab = ref.lab;
            row.modelH100e = lab.compute_h100e[m];
            row.p5 = ref.p5;
            row.median = ref.median;
            row.p95 = ref.p95;
            row.within = row.modelH100e >= ref.p5 && row.modelH100e <= ref.p95;
            row.modelLargestRunFlop = lab.training_run_flop[m];
            row.knownLargestRunFlop = ref.knownLargestRunFlop;
            rows.push_back(row);
        }
    }
    return rows;
}

} // namespace asirace
