#include "computestep.h"

#include <algorithm>
#include <cmath>

namespace asirace {

void updatePartnerships(const SimPlan &plan, SimState &s, int m)
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

void stepCompute(const SimPlan &plan, SimState &s, int m, SimEvents *events)
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

} // namespace asirace
