// The reference implementation's monthly steps, as first written: one plain
// scalar loop per step, libm for every power, exponential and logarithm.
#include "referencesteps.h"


#include <algorithm>
#include <climits>
#include <cmath>

namespace asirace::reference {

void referenceUpdatePartnerships(const SimPlan &plan, SimState &s, int m)
{
    const double y = plan.year[static_cast<size_t>(m)];
    for (size_t k = 0; k < plan.partners.size(); ++k) {
        const auto &p = plan.partners[k];
        // The AGI clause ends the terms from the month after the lab reaches AGI.
        const bool agiEnded = p.endsAtAgi && s.agiMonth[static_cast<size_t>(p.b)] >= 0;
        s.active[k] = y >= p.startYear && y < p.endYear && !agiEnded;
    }
}

namespace {

// Revenue after partner shares, what partners receive, and the compute budget.
void stepMoney(const SimPlan &plan, SimState &s, int m)
{
    const size_t n = plan.orgs.size();
    for (size_t i = 0; i < n; ++i) {
        if (m > 0) {
            // Logistic growth: no organisation's revenue outgrows the ceiling.
            const double headroom = 1.0 - s.revenue[i] / plan.revenueCeiling;
            s.revenue[i] *= 1.0 + plan.orgs[i].revenueMonthlyGrowth * headroom;
            s.revenue[i] = std::max(0.0, s.revenue[i]);
        }
        s.received[i] = 0;
        s.revenueShareOut[i] = 0;
        s.profitShareOut[i] = 0;
        s.investmentIn[i] = 0;
    }
    for (size_t k = 0; k < plan.partners.size(); ++k) {
        if (!s.active[k])
            continue;
        const auto &p = plan.partners[k];
        s.revenueShareOut[static_cast<size_t>(p.b)] += p.revenueShare;
        s.profitShareOut[static_cast<size_t>(p.b)] += p.profitShare;
        s.investmentIn[static_cast<size_t>(p.b)] += p.investment;
    }
    // Revenue and profit flow from the lab (b) to the partner (a).
    for (size_t k = 0; k < plan.partners.size(); ++k) {
        if (!s.active[k])
            continue;
        const auto &p = plan.partners[k];
        const size_t b = static_cast<size_t>(p.b);
        const double afterRevenueShares = s.revenue[b] * (1.0 - std::min(1.0, s.revenueShareOut[b]));
        s.received[static_cast<size_t>(p.a)] += s.revenue[b] * p.revenueShare + afterRevenueShares * p.profitShare;
    }
    for (size_t i = 0; i < n; ++i) {
        const auto &o = plan.orgs[i];
        const double net = s.revenue[i] * (1.0 - std::min(1.0, s.revenueShareOut[i])) *
                           (1.0 - std::min(1.0, s.profitShareOut[i]));
        // Claim 5: willpower scales everything the organisation could spend.
        double budget = o.willpower * (o.aiSpendShare * (net + s.received[i]) + o.outsideFunding + s.investmentIn[i]);
        // Builders, power and suppliers limit how fast spending can grow.
        s.spendCap[i] = m == 0 ? budget : s.spendCap[i] * o.capexMonthlyGrowth;
        budget = std::min(budget, s.spendCap[i]);
        s.budget[i] = budget;
        const double y = plan.year[static_cast<size_t>(m)];
        const double access = o.chipAccess * (y >= o.customAcceleratorYear ? o.customAcceleratorGain : 1.0);
        s.demand[i] = budget / 12.0 * plan.h100ePerUsd[static_cast<size_t>(m)] * access;
    }
}

// Share of the world's chip production each buyer gets: pro rata when demand
// (purchases plus committed build-outs) exceeds supply.
double supplyScale(const SimPlan &plan, SimState &s, int m, double &commitmentDemand)
{
    const double y = plan.year[static_cast<size_t>(m)];
    double total = 0;
    for (double d : s.demand)
        total += d;
    commitmentDemand = 0;
    for (size_t k = 0; k < plan.partners.size(); ++k) {
        const auto &p = plan.partners[k];
        if (!s.active[k] || p.commitment <= 0)
            continue;
        const double ramp = std::clamp((y - p.rampStartYear) / plan.commitmentRampYears, 0.0, 1.0);
        commitmentDemand += std::max(0.0, p.commitment * ramp - s.commitmentBuilt[k]);
    }
    total += commitmentDemand;
    const double supply = plan.supplyPerMonth[static_cast<size_t>(m)];
    return total > supply ? supply / total : 1.0;
}

} // namespace

void referenceStepCompute(const SimPlan &plan, SimState &s, int m, SimEvents *events)
{
    const size_t n = plan.orgs.size();
    const double y = plan.year[static_cast<size_t>(m)];
    stepMoney(plan, s, m);
    double commitmentDemand = 0;
    const double scale = supplyScale(plan, s, m, commitmentDemand);

    for (size_t k = 0; k < plan.partners.size(); ++k) {
        const auto &p = plan.partners[k];
        if (!s.active[k] || p.commitment <= 0)
            continue;
        const double ramp = std::clamp((y - p.rampStartYear) / plan.commitmentRampYears, 0.0, 1.0);
        s.commitmentBuilt[k] += std::max(0.0, p.commitment * ramp - s.commitmentBuilt[k]) * scale;
    }

    constexpr size_t ring = kMaxRofrDelayMonths + 1;
    for (size_t i = 0; i < n; ++i)
        s.purchases[i] = s.demand[i] * scale;
    for (size_t i = 0; i < n; ++i) {
        double arriving = s.purchases[i];
        // Exclusive provider: the lab cannot buy elsewhere, so it gets at most
        // what the provider itself builds this month.
        if (const int k = plan.exclusivePartner[i]; k >= 0 && s.active[static_cast<size_t>(k)])
            arriving = std::min(arriving, s.purchases[static_cast<size_t>(plan.partners[static_cast<size_t>(k)].a)]);
        // Right of first refusal: the holder supplies what it accepts now; what
        // it declines the lab buys elsewhere, but only after waiting for the answer.
        double *queue = &s.rofrQueue[i * ring];
        if (const int k = plan.rofrHolder[i]; k >= 0 && s.active[static_cast<size_t>(k)]) {
            const auto &p = plan.partners[static_cast<size_t>(k)];
            const double declined = events ? events->rofrDeclined(k, m, p.rofrDecline) : p.rofrDecline;
            queue[static_cast<size_t>(m + p.rofrDelayMonths) % ring] += arriving * declined;
            arriving *= 1.0 - declined;
        }
        double &due = queue[static_cast<size_t>(m) % ring];
        arriving += due;
        due = 0;
        s.ownCompute[i] = s.ownCompute[i] * (1.0 - plan.monthlyDepreciation) + arriving;
        s.available[i] = s.ownCompute[i];
    }

    // Partners supply a share of their fleet's growth (the start capacity
    // already counts what they supplied before) plus committed build-outs.
    for (size_t k = 0; k < plan.partners.size(); ++k) {
        if (!s.active[k])
            continue;
        const auto &p = plan.partners[k];
        const size_t a = static_cast<size_t>(p.a);
        const double shared = p.computeShare * std::max(0.0, s.ownCompute[a] - plan.orgs[a].compute0);
        s.available[static_cast<size_t>(p.b)] += shared + s.commitmentBuilt[k];
        s.available[a] -= shared;
    }
    for (size_t i = 0; i < n; ++i)
        s.available[i] = std::max(0.0, s.available[i]);
}

double goodputOf(double gpus, double failureDomain, double gpuMtbfMinutes, double checkpointMinutes,
                      double restartMinutes)
{
    // A run bigger than one failure domain is split into domains that
    // synchronise asynchronously, so a failure stops only its own domain.
    const double n = std::clamp(gpus, 1.0, std::max(1.0, failureDomain));
    const double mtbf = gpuMtbfMinutes / n;
    const double g = 1.0 - std::sqrt(2.0 * checkpointMinutes / mtbf) - restartMinutes / mtbf;
    return std::clamp(g, 0.0, 1.0);
}

double pauseOf(double kappa, double caution, double agi, double cautionGap)
{
    const double h = cautionGap > 0 ? std::clamp((kappa - (agi - cautionGap)) / cautionGap, 0.0, 1.0)
                                    : (kappa >= agi ? 1.0 : 0.0);
    // Never a full stop: even a paused lab keeps safety research and small runs going.
    return std::min(0.95, caution * h);
}

ReferenceAllocation allocationOf(const ScalingLaw &law, double compute, double tokensPerParam, double dataStock)
{
    const double tokens = std::min(std::sqrt(compute * tokensPerParam / 6.0), dataStock);
    const double params = compute / (6.0 * tokens);
    return {params, tokens, law.allocationEfficiency(params, tokens)};
}

namespace {

void finishRun(const SimPlan &plan, SimState &s, size_t i, int m, SimEvents *events)
{
    const auto &o = plan.orgs[i];
    const double lost = events ? events->bugLoss(static_cast<int>(i), s.runsFinished[i], o.bugProbability,
                                                 o.bugProgressLost)
                               : o.bugProbability * o.bugProgressLost;
    const double useful = s.runFlop[i] * (1.0 - lost);
    if (useful > 1.0) {
        const auto alloc = allocationOf(plan.law, useful, o.tokensPerParam, plan.dataStock[static_cast<size_t>(m)]);
        s.allocation[i] = alloc.efficiency;
        // Effective FLOP = physical x algorithms (frozen at the run's start) x architecture x q.
        const double effective = useful * o.archFactor * alloc.efficiency;
        if (effective > 1.0)
            s.kappaOwn[i] = std::max(s.kappaOwn[i], std::log10(effective) + s.runLogA[i]);
    }
    s.bestRunFlop[i] = std::max(s.bestRunFlop[i], s.runFlop[i]);
    s.runFlop[i] = 0;
    s.runMonth[i] = 0;
    s.runLogA[i] = s.logA[i];
    ++s.runsFinished[i];
}

} // namespace

void referenceStepTraining(const SimPlan &plan, SimState &s, int m, SimEvents *events)
{
    for (int li : plan.labs) {
        const size_t i = static_cast<size_t>(li);
        const auto &o = plan.orgs[i];
        s.pause[i] = pauseOf(s.kappa[i], o.caution, plan.agi, plan.cautionGap);
        if (!o.trains) {
            s.goodput[i] = 0;
            continue;
        }
        if (s.asiMonth[i] >= 0)
            continue; // past ASI the lab has left the race; its last run stands
        const double gpus = o.trainShare * s.available[i];
        // Runs at least one failure domain large all share the domain's goodput, compiled once.
        const double g = gpus >= plan.failureDomain
                             ? o.domainGoodput
                             : goodputOf(gpus, plan.failureDomain, plan.gpuMtbfMinutes, o.checkpointMinutes,
                                              o.restartMinutes);
        s.goodput[i] = g;
        s.runFlop[i] += gpus * plan.peakFlops * o.mfu * g * kSecondsPerMonth * (1.0 - s.pause[i]);
        if (++s.runMonth[i] >= o.runMonths)
            finishRun(plan, s, i, m, events);
    }
}

double lnSpeedupOf(const SimPlan &plan, double kappa)
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
        if (s.asiMonth[i] < 0 && s.kappa[i] >= plan.asi)
            s.asiMonth[i] = m;
    }
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
        const double experiments = plan.researchComputeElasticity == 0 ? 1.0
                                   : ratio > 0 ? std::exp(plan.researchComputeElasticity * std::log(ratio))
                                               : 0.0;
        const double humanPaced = plan.orgs[i].researchTalent * plan.log10AlgPerMonth * experiments;
        // Automating research needs the lab's own frontier model and research
        // stack, so the speed-up follows its own capability, not licensed models.
        // A cautious lab holds back the same share of the extra speed as of its training.
        const double lnSpeedup = lnSpeedupOf(plan, s.kappaOwn[i]);
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

void referenceStepCapability(const SimPlan &plan, SimState &s, int m)
{
    updateKappa(plan, s, m);
    advanceAlgorithms(plan, s, m);
}

namespace {

bool ahead(const SimState &s, int x, int y)
{
    const size_t i = static_cast<size_t>(x);
    const size_t j = static_cast<size_t>(y);
    const int ai = s.asiMonth[i] < 0 ? INT_MAX : s.asiMonth[i];
    const int aj = s.asiMonth[j] < 0 ? INT_MAX : s.asiMonth[j];
    if (ai != aj)
        return ai < aj;
    if (s.kappa[i] != s.kappa[j])
        return s.kappa[i] > s.kappa[j];
    return x < y;
}

} // namespace

void referenceRankLabs(const SimPlan &, SimState &s)
{
    // Insertion sort: a strict total order, stable, and fast on nearly sorted input.
    auto &order = s.order;
    for (size_t k = 1; k < order.size(); ++k) {
        const int lab = order[k];
        size_t j = k;
        while (j > 0 && ahead(s, lab, order[j - 1])) {
            order[j] = order[j - 1];
            --j;
        }
        order[j] = lab;
    }
}

} // namespace asirace::reference
