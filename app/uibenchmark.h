#pragma once
// asirace --bench-ui N: drags an assumption slider N steps in a real main
// window (offscreen) and reports the latency from each value change until all
// charts have replotted the new result and the window has painted it (charts,
// leaderboard, headline, tables), with the Why panel open.

#include <QString>

#include <array>
#include <vector>

namespace asirace {

struct UiBenchmarkResult {
    std::vector<double> latenciesMs; // one per step, in order: value change to painted
    // Where each step's time went, in order: the edit's own handlers (document,
    // undo, tables, sliders), then until the new result reached the views
    // (simulation on the worker, the hop back, the views taking it), then until
    // every chart had replotted, then the window's paint.
    struct Phases {
        std::vector<double> edit, toResult, replot, paint;
    } phases;
    int timeouts = 0; // steps whose replot never came (counted, not timed)
    double medianMs = 0;
    double p90Ms = 0;
    double p95Ms = 0;
    double maxMs = 0;
    std::array<double, 4> phaseMedianMs{}; // edit, toResult, replot, paint
    int explanations = 0; // Why panel updates during the steps (open, explaining in the background)
};

// Needs a QApplication. `sliderKey` as AssumptionsPanel::slider() takes it.
UiBenchmarkResult runUiBenchmark(int steps, const QString &sliderKey = QStringLiteral("assumptions.alg_halving_months"));

// Median, 90th and 95th percentile (nearest rank), maximum and phase medians.
void summarise(UiBenchmarkResult &result);

} // namespace asirace
