#include "capabilitystep.h"

#include "fastmath.h"
#include "fastmathlanes.h"
#include "lablanes.h"
#include "trainingstep.h"

#include <algorithm>
#include <cmath>

namespace asirace {

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

namespace {

// One month of a lab's algorithmic progress. Research input: labour (talent x
// AI automation) and experiment compute, Cobb-Douglas with the compute weight
// e, against a fixed reference (never a rival). Ideas get harder to find: the
// pace falls as 10^(-beta a) with a the efficiency gained since the start,
// so with a constant input r the exact solution is 10^(beta a) growing by
// beta ln10 r per unit time. Automation and caution follow the lab's own
// capability, which moves with a, so a fast month (takeoff) is split into
// sub-steps short enough that each moves a by at most a tenth of an order of
// magnitude: the monthly grid then follows the continuous model instead of
// overshooting it.
void advanceLab(const SimPlan &plan, SimState &s, size_t i, const GlobalParams &g)
{
    const auto &o = s.org[i];
    const double experiments = std::max(1.0, (1.0 - o.trainShare) * s.available[i]);
    const double lnInput = g.lnBasePace + (1.0 - g.elasticity) * o.lnTalent +
                           g.elasticity * (fastmath::log(experiments) - g.lnReference);
    const double runPart = s.runLog10[i] > -1e299 ? s.runLog10[i] : -1e300;
    double base = s.logABase[i], boost = s.logABoost[i];
    int steps = 1;
    for (int k = 0; k < steps; ++k) {
        const double logA = base + boost;
        const double kappaOwn = std::max(s.kappaOwn[i], runPart + logA);
        const double lnS = lnAutomationSpeedup(g, kappaOwn);
        const double held = 1.0 - cautionPause(kappaOwn, o.caution, g);
        const double lnSpeedup = (1.0 - g.elasticity) * lnS;
        // This month's pace at the current difficulty, without sub-steps.
        const double pace = fastmath::exp(lnInput + lnSpeedup - g.diminishing * (logA - plan.logA0)) * held;
        if (k == 0) { // at most 0.1 OOM a sub-step, at most 256 of them (also for an infinite or NaN pace)
            if (!(pace <= 0.1)) { // the usual month needs no split (ceil() is a libm call)
                const double wanted = std::ceil(pace / 0.1);
                steps = wanted < 256 ? static_cast<int>(wanted) : 256;
            }
        }
        const double h = pace / steps;
        // Exact over the sub-step for a constant input: 10^(beta a) grows by beta ln10 x input x dt.
        const double advance = g.diminishing > 0 ? fastmath::log(1.0 + g.diminishing * h) / g.diminishing : h;
        const double humanShare = lnSpeedup > 0 ? fastmath::exp(-lnSpeedup) : 1.0;
        base += advance * humanShare;
        boost += advance * (1.0 - humanShare);
    }
    s.logABase[i] = base;
    s.logABoost[i] = boost;
}

} // namespace

void advanceAlgorithms(const SimPlan &plan, SimState &s, int m)
{
    const auto &g = s.global;
    // The frontier is the best human-paced efficiency of any lab, before or
    // after this month's step (a maximum: the order of the labs cannot matter).
    double frontier = -1e300;
    for (int li : plan.labs)
        frontier = std::max(frontier, s.logABase[static_cast<size_t>(li)]);
    int live[lanes::kWidth];
    int count = 0;
    const auto advanceLive = [&] {
        const unsigned needsSteps = labLanes().advance(plan, s, live, count);
        for (int l = 0; l < count; ++l)
            if (needsSteps & (1u << l))
                advanceLab(plan, s, static_cast<size_t>(live[l]), g);
        count = 0;
    };
    for (int li : plan.labs) {
        if (s.asiMonth[static_cast<size_t>(li)] >= 0)
            continue; // past ASI the lab has left the race; the model does not follow it further
        if (s.plainKernels) {
            advanceLab(plan, s, static_cast<size_t>(li), g);
            continue;
        }
        live[count++] = li;
        if (count == lanes::kWidth)
            advanceLive();
    }
    if (count > 0)
        advanceLive();
    for (int li : plan.labs)
        if (s.asiMonth[static_cast<size_t>(li)] < 0)
            frontier = std::max(frontier, s.logABase[static_cast<size_t>(li)]);
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
