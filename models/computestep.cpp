#include "computestep.h"

#include <algorithm>
#include <cmath>

namespace asirace {

void updatePartnerships(const SimPlan &plan, SimState &s, int m)
{
    // Terms change only in January (whole-year dates) or when a lab with an
    // AGI clause reaches AGI; other months keep last month's flags.
    const bool agiNews = plan.agiClausePartners > 0 && s.agiArrivals != s.agiArrivalsSeen;
    if (m % 12 != 0 && plan.wholeYearTerms && !agiNews && s.agiArrivalsSeen >= 0)
        return;
    s.agiArrivalsSeen = s.agiArrivals;
    const double y = plan.year[static_cast<size_t>(m)];
    for (size_t k = 0; k < plan.partners.size(); ++k) {
        const auto &p = plan.partners[k];
        // The AGI clause ends the terms from the month after the lab reaches AGI.
        const bool agiEnded = p.endsAtAgi && s.agiMonth[static_cast<size_t>(p.b)] >= 0;
        s.active[k] = y >= p.startYear && y < p.endYear && !agiEnded;
    }
    // The shares a lab pays and the investment it receives change only with the terms.
    std::fill(s.revenueShareOut.begin(), s.revenueShareOut.end(), 0.0);
    std::fill(s.profitShareOut.begin(), s.profitShareOut.end(), 0.0);
    std::fill(s.investmentIn.begin(), s.investmentIn.end(), 0.0);
    for (int k : plan.moneyPartners) {
        if (!s.active[static_cast<size_t>(k)])
            continue;
        const auto &p = plan.partners[static_cast<size_t>(k)];
        s.revenueShareOut[static_cast<size_t>(p.b)] += p.revenueShare;
        s.profitShareOut[static_cast<size_t>(p.b)] += p.profitShare;
        s.investmentIn[static_cast<size_t>(p.b)] += p.investment;
    }
}

namespace {

// Revenue after partner shares, what partners receive, and the compute budget.
// Partnerships without money terms are skipped (plan.moneyPartners); the
// shares each lab pays are summed by updatePartnerships().
// Returns the total demand for chips, summed in organisation order.
double stepMoney(const SimPlan &plan, SimState &s, int m)
{
    const size_t n = plan.orgs.size();
    for (size_t i = 0; i < n; ++i) {
        if (m > 0) {
            // Logistic growth: no organisation's revenue outgrows the ceiling.
            const double headroom = 1.0 - s.revenue[i] * plan.invRevenueCeiling;
            s.revenue[i] = std::max(0.0, s.revenue[i] * (1.0 + plan.orgs[i].revenueMonthlyGrowth * headroom));
        }
        s.received[i] = 0.0;
    }
    // Revenue and profit flow from the lab (b) to the partner (a).
    for (int k : plan.moneyPartners) {
        if (!s.active[static_cast<size_t>(k)])
            continue;
        const auto &p = plan.partners[static_cast<size_t>(k)];
        const size_t b = static_cast<size_t>(p.b);
        const double afterRevenueShares = s.revenue[b] * (1.0 - std::min(1.0, s.revenueShareOut[b]));
        s.received[static_cast<size_t>(p.a)] += s.revenue[b] * p.revenueShare + afterRevenueShares * p.profitShare;
    }
    const double y = plan.year[static_cast<size_t>(m)];
    const double perUsd = plan.h100ePerUsd[static_cast<size_t>(m)] / 12.0;
    double total = 0;
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
        const double access = o.chipAccess * (y >= o.customAcceleratorYear ? o.customAcceleratorGain : 1.0);
        s.demand[i] = budget * perUsd * access;
        total += s.demand[i];
    }
    return total;
}

// What each commitment still needs this month to follow its ramp.
double commitmentGap(const SimPlan &plan, const SimState &s, int k, double y)
{
    const auto &p = plan.partners[static_cast<size_t>(k)];
    const double ramp = std::clamp((y - p.rampStartYear) * plan.invCommitmentRampYears, 0.0, 1.0);
    return std::max(0.0, p.commitment * ramp - s.commitmentBuilt[static_cast<size_t>(k)]);
}

} // namespace

void stepCompute(const SimPlan &plan, SimState &s, int m, SimEvents *events)
{
    const size_t n = plan.orgs.size();
    const double y = plan.year[static_cast<size_t>(m)];
    // Share of the world's chip production each buyer gets: pro rata when
    // demand (purchases plus committed build-outs) exceeds supply.
    double total = stepMoney(plan, s, m);
    for (int k : plan.commitmentPartners)
        if (s.active[static_cast<size_t>(k)])
            total += commitmentGap(plan, s, k, y);
    const double supply = plan.supplyPerMonth[static_cast<size_t>(m)];
    const double scale = total > supply ? supply / total : 1.0;
    for (int k : plan.commitmentPartners)
        if (s.active[static_cast<size_t>(k)])
            s.commitmentBuilt[static_cast<size_t>(k)] += commitmentGap(plan, s, k, y) * scale;

    // What arrives this month: purchases, except for labs whose provider
    // holds exclusivity or a right of first refusal (plan.queuedOrgs below,
    // which start again from the depreciated fleet kept in `kept`).
    const double keep = 1.0 - plan.monthlyDepreciation;
    for (size_t i = 0; i < n; ++i) {
        s.purchases[i] = s.demand[i] * scale;
        s.kept[i] = s.ownCompute[i] * keep;
        s.ownCompute[i] = s.kept[i] + s.purchases[i];
        s.available[i] = s.ownCompute[i];
    }

    constexpr size_t ring = kMaxRofrDelayMonths + 1;
    for (int q : plan.queuedOrgs) {
        const size_t i = static_cast<size_t>(q);
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
        s.ownCompute[i] = s.kept[i] + arriving;
        s.available[i] = s.ownCompute[i];
    }

    // Partners supply a share of their fleet's growth (the start capacity
    // already counts what they supplied before) plus committed build-outs.
    for (int k : plan.supplyPartners) {
        if (!s.active[static_cast<size_t>(k)])
            continue;
        const auto &p = plan.partners[static_cast<size_t>(k)];
        const size_t a = static_cast<size_t>(p.a);
        const double shared = p.computeShare * std::max(0.0, s.ownCompute[a] - plan.orgs[a].compute0);
        s.available[static_cast<size_t>(p.b)] += shared + s.commitmentBuilt[static_cast<size_t>(k)];
        s.available[a] -= shared;
    }
    // The floor also turns an overflowed (inf - inf) capacity into 0, as it always has.
    for (size_t i = 0; i < n; ++i)
        s.available[i] = std::max(0.0, s.available[i]);
}

} // namespace asirace
