#include "differenceeffects.h"

#include "simulator.h"
#include "validation.h"

namespace asirace {
namespace {

std::optional<double> arrivalOf(const SimulationResult &result, const std::string &lab)
{
    for (const auto &series : result.labs)
        if (series.name == lab)
            return series.asi_year;
    return std::nullopt;
}

} // namespace

std::optional<double> DifferenceEffects::shiftMonths(size_t i) const
{
    if (i >= effects.size() || !winnerArrival || !effects[i].arrival)
        return std::nullopt;
    return (*effects[i].arrival - *winnerArrival) * 12.0;
}

DifferenceEffects computeDifferenceEffects(const Scenario &baseline, const Scenario &scenario,
                                           const std::vector<InputChange> &changes, const std::atomic<bool> *cancel)
{
    DifferenceEffects out;
    const SimulationResult base = simulate(baseline, cancel);
    out.winner = base.winner.value_or(std::string());
    out.winnerArrival = out.winner.empty() ? std::nullopt : arrivalOf(base, out.winner);
    for (const auto &change : changes) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            break;
        }
        DifferenceEffect effect;
        const Scenario changed = applyChange(baseline, scenario, change);
        // One difference alone can make a scenario invalid (an event on an input
        // of an organisation the baseline lacks): then it has no effect to show.
        if (validate(changed).empty()) {
            const SimulationResult run = simulate(changed, cancel);
            effect.arrival = out.winner.empty() ? std::nullopt : arrivalOf(run, out.winner);
            effect.winner = run.winner.value_or(std::string());
            effect.ran = !run.cancelled;
        }
        out.effects.push_back(std::move(effect));
    }
    out.cancelled = out.cancelled || base.cancelled;
    return out;
}

} // namespace asirace
