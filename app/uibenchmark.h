#pragma once
// asirace --bench-ui N: drags an assumption slider N steps in a real main
// window (offscreen) and reports the latency from each value change until all
// charts have replotted the new result, with the Why panel open.

#include <QString>

#include <vector>

namespace asirace {

struct UiBenchmarkResult {
    std::vector<double> latenciesMs; // one per step, in order
    int timeouts = 0;                // steps whose replot never came (counted, not timed)
    double medianMs = 0;
    double p95Ms = 0;
    int explanations = 0; // Why panel updates during the steps (open, explaining in the background)
};

// Needs a QApplication. `sliderKey` as AssumptionsPanel::slider() takes it.
UiBenchmarkResult runUiBenchmark(int steps, const QString &sliderKey = QStringLiteral("assumptions.alg_halving_months"));

// Median and 95th percentile (nearest rank) of `values`.
void summarise(UiBenchmarkResult &result);

} // namespace asirace
