#include "capabilitystep.h"

#include <algorithm>
#include <cmath>

namespace asirace {

double lnAutomationSpeedup(const SimPlan &plan, double kappa)
{
    const double toAgi = plan.automationGap > 0
                             ? std::clamp((kappa - (plan.agi - plan.automationGap)) / plan.automationGap, 0.0, 1.0)
                             : (kappa >= plan.agi ? 1.0 : 0.0);
    const double gap = plan.asi - plan.agi;
    const double toAsi = gap > 0 ? std::clamp((kappa - plan.agi) / gap, 0.0, 1.0) : (kappa >= plan.asi ? 1.0 : 0.0);
    return toAgi * plan.lnSpeedupAgi + toAsi * plan.lnSpeedupAsi;
}

namespace {

// Deployable capability never falls: a finished model stays deployable, and a
// licensee keeps the last model it received when its licence ends.
void updateKappa(const SimPlan &plan, SimState &s, int m)
{
    const size_t n = plan.orgs.size();
    const size_t months = static_cast<size_t>(plan.months);
    for (size_t i = 0; i < n; ++i)
        s.kappa[i] = std::max(s.kappa[i], s.kappaOwn[i]);
    // IP access: the partner (a) deploys the lab's (b) models ip_lag_months late.
    const double y = plan.year[static_cast<size_t>(m)];
    for (size_t k = 0; k < plan.partners.size(); ++k) {
        const auto &p = plan.partners[k];
        if (!s.active[k] || !p.ipAccess || y >= p.ipUntilYear)
            continue;
        const size_t b = static_cast<size_t>(p.b);
        const int lagged = m - p.ipLagMonths;
        // Before the simulation starts the lab's model was the one it began with.
        const double licensed = p.ipLagMonths == 0 ? s.kappa[b]
                                : lagged >= 0     ? s.kappaHistory[b * months + static_cast<size_t>(lagged)]
                                                  : s.kappaHistory[b * months];
        // Under an AGI clause the licence ends as the lab reaches AGI, so the
        // partner never receives a model at or past that level.
        if (p.endsAtAgi && licensed >= plan.agi)
            continue;
        double &target = s.kappa[static_cast<size_t>(p.a)];
        target = std::max(target, licensed);
    }
    for (size_t i = 0; i < n; ++i) {
        s.kappaHistory[i * months + static_cast<size_t>(m)] = s.kappa[i];
        if (s.agiMonth[i] < 0 && s.kappa[i] >= plan.agi)
            s.agiMonth[i] = m;
        if (s.asiMonth[i] < 0 && s.kappa[i] >= plan.asi) {
            s.asiMonth[i] = m;
            ++s.arrivals;
        }
    }
}

// ratio^elasticity; the common elasticities (0, 0.5, 1) without exp and log.
inline double researchFactor(double ratio, double elasticity)
{
    if (elasticity == 0)
        return 1.0;
    if (!(ratio > 0))
        return 0.0;
    if (elasticity == 0.5)
        return std::sqrt(ratio);
    if (elasticity == 1)
        return ratio;
    return std::exp(elasticity * std::log(ratio));
}

void advanceAlgorithms(const SimPlan &plan, SimState &s, int m)
{
    const double reference = plan.researchReference[static_cast<size_t>(m)];
    double frontier = -1e300;
    for (int li : plan.labs) {
        const size_t i = static_cast<size_t>(li);
        frontier = std::max(frontier, s.logABase[i]);
        if (s.asiMonth[i] >= 0)
            continue; // past ASI the lab has left the race; the model does not follow it further
        // Experiments need compute: a lab with the reference compute progresses
        // at the measured rate (Ho et al. 2024), one with less more slowly.
        // The reference depends on the world, not on rivals, so hurting one lab
        // never speeds up another.
        const double ratio = s.available[i] / reference;
        const double experiments = researchFactor(ratio, plan.researchComputeElasticity);
        const double humanPaced = plan.orgs[i].researchTalent * plan.log10AlgPerMonth * experiments;
        // Automating research needs the lab's own frontier model and research
        // stack, so the speed-up follows its own capability, not licensed models.
        // A cautious lab holds back the same share of the extra speed as of its training.
        const double lnSpeedup = lnAutomationSpeedup(plan, s.kappaOwn[i]);
        const double speedup = lnSpeedup > 0 ? std::exp(lnSpeedup) : 1.0;
        s.logABase[i] += humanPaced;
        s.logABoost[i] += humanPaced * (speedup - 1.0) * (1.0 - s.pause[i]);
        frontier = std::max(frontier, s.logABase[i]);
    }
    s.frontierLogA[static_cast<size_t>(m)] = plan.labs.empty() ? plan.logA0 : frontier;
    // Spillover: papers, hires and distillation bring every lab up to where the
    // frontier's human-paced algorithms were spillover_lag_months ago. Gains
    // from AI-R&D automation stay in-house.
    const int source = m - plan.spilloverLagMonths;
    const double diffused = source >= 0 ? s.frontierLogA[static_cast<size_t>(source)] : -1e300;
    for (int li : plan.labs) {
        const size_t i = static_cast<size_t>(li);
        s.logABase[i] = std::max(s.logABase[i], diffused);
        s.logA[i] = s.logABase[i] + s.logABoost[i];
    }
}

} // namespace

void stepCapability(const SimPlan &plan, SimState &s, int m)
{
    updateKappa(plan, s, m);
    advanceAlgorithms(plan, s, m);
}

} // namespace asirace
