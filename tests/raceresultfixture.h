#pragma once
// A small hand-made SimulationResult for chart and leaderboard tests: three
// labs over 2025-2040, OpenAI reaching ASI in early 2031, Anthropic in 2032,
// Meta never. Series are simple closed forms so tests can check exact values.

#include "simulationresult.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace asirace::test {

inline SimulationResult makeRaceResult()
{
    SimulationResult r;
    for (int m = 0; m <= 180; ++m)
        r.months.push_back(2025.0 + m / 12.0);
    r.agi_log10_flop = 33;
    r.asi_log10_flop = 35;

    struct Spec {
        const char *name;
        const char *colour;
        double kappa0, kappaPerYear, compute0;
    };
    const Spec specs[] = {{"OpenAI", "#10a37f", 26.5, 1.4, 2.0e6},
                          {"Anthropic", "#d97757", 26.3, 1.2, 1.5e6},
                          {"Meta", "#9b59b6", 26.0, 0.5, 1.2e6}};
    for (const Spec &s : specs) {
        LabSeries lab;
        lab.name = s.name;
        lab.colour = s.colour;
        for (double t : r.months) {
            const double years = t - 2025.0;
            lab.compute_h100e.push_back(s.compute0 * std::pow(10.0, 0.25 * years));
            // Runs finish every six months: a step function, as in the model.
            const double finished = std::floor(years * 2.0) / 2.0;
            lab.training_run_flop.push_back(2e26 * s.compute0 / 2.0e6 * std::pow(10.0, 0.45 * finished));
            lab.effective_flop_log10.push_back(s.kappa0 + s.kappaPerYear * years);
            lab.goodput.push_back(0.9);
            lab.allocation_efficiency.push_back(0.95);
            if (!lab.asi_year && lab.effective_flop_log10.back() >= r.asi_log10_flop)
                lab.asi_year = t;
        }
        r.labs.push_back(lab);
    }
    // Ranks per month by kappa (higher first).
    for (size_t m = 0; m < r.months.size(); ++m) {
        for (auto &lab : r.labs) {
            int rank = 1;
            for (const auto &other : r.labs)
                if (other.effective_flop_log10[m] > lab.effective_flop_log10[m])
                    ++rank;
            lab.rank.push_back(rank);
        }
    }
    r.ranking = {"OpenAI", "Anthropic", "Meta"};
    for (size_t i = 0; i < r.labs.size(); ++i)
        r.labs[i].final_rank = int(i) + 1;
    r.winner = "OpenAI";
    return r;
}

inline std::shared_ptr<const SimulationResult> shared(SimulationResult r)
{
    return std::make_shared<const SimulationResult>(std::move(r));
}

} // namespace asirace::test
