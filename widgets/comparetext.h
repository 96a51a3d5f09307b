#pragma once
// What changed between the current scenario's result and a compared one, in
// words and numbers: the Compare mode's headline sentence and the
// leaderboard's delta columns say the same thing.

#include "simulationresult.h"

#include <QString>

#include <optional>

namespace asirace {

// The winner, its arrival and its lead over the runner-up (empty names when no lab arrives).
struct RaceSummary {
    QString winner;
    std::optional<double> arrival;
    QString runnerUp;
    std::optional<double> lead; // years from the winner's arrival to the runner-up's
};
RaceSummary summarise(const SimulationResult &result);

// Months from the compared arrival to the current one (positive: later now);
// nullopt when either does not arrive.
std::optional<int> arrivalDeltaMonths(const std::optional<double> &current, const std::optional<double> &compared);

// "+5 mo" / "−3 mo" / "=" (same month); "arrives" / "no ASI" (only here / only in the compared run) / "" (neither arrives).
QString formatArrivalDelta(const std::optional<double> &current, const std::optional<double> &compared);
// Rank change as moves up the table: "▲2" (better now), "▼1", "=".
QString formatRankDelta(int currentRank, int comparedRank);

// One sentence on how the winner and the margin changed, e.g.
// "Against Patel's view: OpenAI still wins, 4 months later; its lead grows from 5 months to 1.1 years."
QString compareHeadline(const SimulationResult &current, const SimulationResult &compared, const QString &comparedName);

} // namespace asirace
