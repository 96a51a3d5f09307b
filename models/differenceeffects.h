#pragma once
// What each difference between two scenarios does on its own: the baseline
// with that one difference applied (applyChange) is run, and the arrival of
// the baseline's winner is compared with its arrival in the baseline. The
// window's Differences panel shows these next to the rows `asirace-cli diff`
// lists. Runs are deterministic; a distribution changes only Monte Carlo odds,
// so its effect on this run is zero.

#include "scenariodiff.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace asirace {

struct DifferenceEffect {
    std::optional<double> arrival; // the baseline winner's ASI arrival (decimal year) with this difference
    std::string winner;            // who wins with this difference (may be another lab)
    bool ran = false;              // false when the difference alone leaves an invalid scenario
};

struct DifferenceEffects {
    std::string winner;                   // the baseline's winner; empty when nobody arrives
    std::optional<double> winnerArrival;  // its arrival in the baseline
    std::vector<DifferenceEffect> effects; // parallel to the changes
    bool cancelled = false;

    // Months the winner's arrival moves with change `i` (later is positive);
    // nullopt when it does not arrive in one of the two runs.
    std::optional<double> shiftMonths(size_t i) const;
};

DifferenceEffects computeDifferenceEffects(const Scenario &baseline, const Scenario &scenario,
                                           const std::vector<InputChange> &changes,
                                           const std::atomic<bool> *cancel = nullptr);

} // namespace asirace
