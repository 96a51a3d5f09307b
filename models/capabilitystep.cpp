#include "capabilitystep.h"

#include <algorithm>
#include <cmath>

namespace asirace {

double lnAutomationSpeedup(const GlobalParams &g, double kappa)
{
    if (g.invAutomationGap > 0 && kappa <= g.automationStart)
        return 0.0;
    const double toAgi = g.invAutomationGap > 0 ? std::clamp((kappa - g.automationStart) * g.invAutomationGap, 0.0, 1.0)
                                                : (kappa >= g.agi ? 1.0 : 0.0);
    const double toAsi = g.invAsiGap > 0 ? std::clamp((kappa - g.agi) * g.invAsiGap, 0.0, 1.0) : (kappa >= g.asi ? 1.0 : 0.0);
    return toAgi * g.lnSpeedupAgi + toAsi * g.lnSpeedupAsi;
}

void updateCapability(const SimPlan &plan, SimState &s, int m)
{
    const size_t n = s.org.size();
    const auto months = static_cast<size_t>(plan.months);
    // Software progress (post-training, inference, distillation) reaches the
    // deployed model as it is made; pre-training scale arrives run by run.
    for (size_t i = 0; i < n; ++i) {
        if (s.asiMonth[i] >= 0)
            continue;
        if (s.runLog10[i] > -1e299)
            s.kappaOwn[i] = std::max(s.kappaOwn[i], s.runLog10[i] + s.logA[i]);
        s.kappa[i] = std::max(s.kappa[i], s.kappaOwn[i]);
    }
    // IP access: the partner (a) deploys the lab's (b) models ip_lag_months late.
    for (size_t k = 0; k < s.part.size(); ++k) {
        const auto &p = s.part[k];
        if (!p.ipAccess || !s.active[k] || m >= p.ipUntilMonth)
            continue;
        const auto b = static_cast<size_t>(p.b);
        const int lagged = m - p.ipLagMonths;
        const size_t row = static_cast<size_t>(std::max(0, plan.historySlot[b])) * months;
        // Before the simulation starts the lab's model was the one it began with.
        const double licensed = p.ipLagMonths == 0 ? s.kappa[b]
                                : lagged >= 0     ? s.kappaHistory[row + static_cast<size_t>(lagged)]
                                                  : s.kappaHistory[row];
        // Under an AGI clause the licence ends as the lab reaches AGI, so the
        // partner never receives a model at or past that level.
        if (p.endsAtAgi && licensed >= s.global.agi)
            continue;
        const auto a = static_cast<size_t>(p.a);
        if (s.asiMonth[a] < 0)
            s.kappa[a] = std::max(s.kappa[a], licensed);
    }
    for (size_t i = 0; i < n; ++i) {
        if (const int slot = plan.historySlot[i]; slot >= 0)
            s.kappaHistory[static_cast<size_t>(slot) * months + static_cast<size_t>(m)] = s.kappa[i];
        if (s.agiMonth[i] < 0 && s.kappa[i] >= s.global.agi) {
            s.agiMonth[i] = m;
            ++s.agiArrivals;
        }
        if (s.asiMonth[i] < 0 && s.kappa[i] >= s.global.asi) {
            s.asiMonth[i] = m;
            ++s.arrivals;
        }
    }
}

void advanceAlgorithms(const SimPlan &plan, SimState &s, int m)
{
    const auto &g = s.global;
    double frontier = -1e300;
    for (int li : plan.labs) {
        const auto i = static_cast<size_t>(li);
        frontier = std::max(frontier, s.logABase[i]);
        if (s.asiMonth[i] >= 0)
            continue; // past ASI the lab has left the race; the model does not follow it further
        const auto &o = s.org[i];
        // Research input: labour (talent x AI automation) and experiment
        // compute, Cobb-Douglas with the compute weight e, against a fixed
        // reference (never a rival). Ideas get harder to find: each order of
        // magnitude gained divides the pace by 10^alg_diminishing_returns.
        // Automation needs the lab's own models, so it follows kappaOwn.
        const double lnS = lnAutomationSpeedup(g, s.kappaOwn[i]);
        const double experiments = std::max(1.0, (1.0 - o.trainShare) * s.available[i]);
        const double lnHuman = g.lnBasePace + (1.0 - g.elasticity) * o.lnTalent +
                               g.elasticity * (std::log(experiments) - g.lnReference) -
                               g.diminishing * (s.logA[i] - plan.logA0);
        const double held = 1.0 - s.pause[i];
        const double human = std::exp(lnHuman) * held;
        const double total = lnS > 0 ? std::exp(lnHuman + (1.0 - g.elasticity) * lnS) * held : human;
        s.logABase[i] += human;
        s.logABoost[i] += total - human;
        frontier = std::max(frontier, s.logABase[i]);
    }
    s.frontierLogA[static_cast<size_t>(m)] = plan.labs.empty() ? plan.logA0 : frontier;
    // Spillover: papers, hires and distillation bring every lab up to where the
    // frontier's human-paced algorithms were spillover_lag_months ago. Gains
    // from AI-R&D automation stay in-house.
    const int source = m - g.spilloverLagMonths;
    const double diffused = source >= 0 ? s.frontierLogA[static_cast<size_t>(source)] : -1e300;
    for (int li : plan.labs) {
        const auto i = static_cast<size_t>(li);
        if (s.asiMonth[i] >= 0)
            continue;
        s.logABase[i] = std::max(s.logABase[i], diffused);
        s.logA[i] = s.logABase[i] + s.logABoost[i];
    }
}

} // namespace asirace
