#include "capabilitystep.h"

#include "vectormath.h"

#include <algorithm>
#include <cmath>
#include <limits>

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
    for (int pk : plan.ipPartners) {
        const size_t k = static_cast<size_t>(pk);
        const auto &p = plan.partners[k];
        if (!s.active[k] || y >= p.ipUntilYear)
            continue;
        const size_t b = static_cast<size_t>(p.b);
        const int lagged = m - p.ipLagMonths;
        const size_t row = static_cast<size_t>(std::max(0, plan.historySlot[b])) * months;
        // Before the simulation starts the lab's model was the one it began with.
        const double licensed = p.ipLagMonths == 0 ? s.kappa[b]
                                : lagged >= 0     ? s.kappaHistory[row + static_cast<size_t>(lagged)]
                                                  : s.kappaHistory[row];
        // Under an AGI clause the licence ends as the lab reaches AGI, so the
        // partner never receives a model at or past that level.
        if (p.endsAtAgi && licensed >= plan.agi)
            continue;
        double &target = s.kappa[static_cast<size_t>(p.a)];
        target = std::max(target, licensed);
    }
    for (size_t i = 0; i < n; ++i) {
        if (const int slot = plan.historySlot[i]; slot >= 0)
            s.kappaHistory[static_cast<size_t>(slot) * months + static_cast<size_t>(m)] = s.kappa[i];
        if (s.agiMonth[i] < 0 && s.kappa[i] >= plan.agi) {
            s.agiMonth[i] = m;
            ++s.agiArrivals;
        }
        if (s.asiMonth[i] < 0 && s.kappa[i] >= plan.asi) {
            s.asiMonth[i] = m;
            ++s.arrivals;
        }
    }
}

// lnAutomationSpeedup() with the plan's precomputed thresholds and inverse
// gaps: below the automation zone (most lab-months) it is a single compare.
inline double lnSpeedupFast(const SimPlan &plan, double kappa)
{
    if (kappa <= plan.automationStart && plan.automationGap > 0)
        return 0.0;
    const double toAgi = plan.automationGap > 0
                             ? std::clamp((kappa - plan.automationStart) * plan.invAutomationGap, 0.0, 1.0)
                             : (kappa >= plan.agi ? 1.0 : 0.0);
    const double toAsi = plan.asi > plan.agi ? std::clamp((kappa - plan.agi) * plan.invAsiGap, 0.0, 1.0)
                                             : (kappa >= plan.asi ? 1.0 : 0.0);
    return toAgi * plan.lnSpeedupAgi + toAsi * plan.lnSpeedupAsi;
}

// Experiments need compute: a lab with the reference compute progresses at
// the measured rate (Ho et al. 2024), one with less more slowly, as
// (compute / reference)^elasticity. The reference depends on the world, not on
// rivals, so hurting one lab never speeds up another. Computed for all labs in
// separate passes so the logarithms (and then the exponentials) of different
// labs are independent and overlap in the CPU instead of queueing.
void researchFactors(const SimPlan &plan, SimState &s, int m)
{
    const double invReference = plan.invResearchReference[static_cast<size_t>(m)];
    const double e = plan.researchComputeElasticity;
    const size_t labs = plan.labs.size();
    double *f = s.labScratch.data();
    for (size_t j = 0; j < labs; ++j) {
        const size_t i = static_cast<size_t>(plan.labs[j]);
        // Labs past ASI have left the race: their factor is never read, so a
        // harmless 1 keeps them in the batch.
        f[j] = s.asiMonth[i] < 0 ? s.available[i] * invReference : 1.0;
    }
    if (e == 0) {
        std::fill(f, f + labs, 1.0);
    } else if (e == 0.5) {
        for (size_t j = 0; j < labs; ++j)
            f[j] = f[j] > 0 ? std::sqrt(f[j]) : 0.0;
    } else if (e != 1) {
        // Labs with no compute (or an overflowed fleet) are rare: take them
        // out, raise the rest together, and put them back.
        bool regular = true;
        for (size_t j = 0; j < labs; ++j)
            regular = regular && f[j] > 0 && f[j] <= std::numeric_limits<double>::max();
        if (regular) {
            // Whole vectors: the padding lanes past `labs` hold 1.
            powPositive(f, s.labScratch.size(), e);
        } else {
            for (size_t j = 0; j < labs; ++j)
                f[j] = f[j] > 0 ? std::exp(e * std::log(f[j])) : 0.0;
        }
    } else {
        for (size_t j = 0; j < labs; ++j)
            f[j] = std::max(0.0, f[j]);
    }
}

void advanceAlgorithms(const SimPlan &plan, SimState &s, int m)
{
    researchFactors(plan, s, m);
    double frontier = -1e300;
    for (size_t j = 0; j < plan.labs.size(); ++j) {
        const size_t i = static_cast<size_t>(plan.labs[j]);
        frontier = std::max(frontier, s.logABase[i]);
        if (s.asiMonth[i] >= 0)
            continue; // past ASI the lab has left the race; the model does not follow it further
        const double humanPaced = plan.orgs[i].researchTalent * plan.log10AlgPerMonth * s.labScratch[j];
        // Automating research needs the lab's own frontier model and research
        // stack, so the speed-up follows its own capability, not licensed models.
        // A cautious lab holds back the same share of the extra speed as of its training.
        const double lnSpeedup = lnSpeedupFast(plan, s.kappaOwn[i]);
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
