#include "computestep.h"

#include <algorithm>
#include <cmath>

namespace asirace {

void updatePartnerships(const SimPlan &plan, SimState &s, int m)
{
    if (!partnershipsMayChange(plan, s, m))
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
    for (size_t i = 0; i < s.revenueKept.size(); ++i) {
        s.revenueKept[i] = 1.0 - std::min(1.0, s.revenueShareOut[i]);
        s.profitKept[i] = 1.0 - std::min(1.0, s.profitShareOut[i]);
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
    const OrgColumns &c = plan.columns;
    double *__restrict revenue = s.revenue.data();
    if (m > 0) {
        const double *__restrict growth = c.revenueGrowth.data();
        for (size_t i = 0; i < n; ++i) {
            // Logistic growth: no organisation's revenue outgrows the ceiling.
            const double headroom = 1.0 - revenue[i] * plan.invRevenueCeiling;
            revenue[i] = std::max(0.0, revenue[i] * (1.0 + growth[i] * headroom));
        }
    }
    std::fill(s.received.begin(), s.received.end(), 0.0);
    // Revenue and profit flow from the lab (b) to the partner (a).
    for (int k : plan.moneyPartners) {
        if (!s.active[static_cast<size_t>(k)])
            continue;
        const auto &p = plan.partners[static_cast<size_t>(k)];
        const size_t b = static_cast<size_t>(p.b);
        const double afterRevenueShares = revenue[b] * s.revenueKept[b];
        s.received[static_cast<size_t>(p.a)] += revenue[b] * p.revenueShare + afterRevenueShares * p.profitShare;
    }
    // One pass per quantity over contiguous arrays, which the compiler vectorises.
    const double y = plan.year[static_cast<size_t>(m)];
    const double perUsd = plan.h100ePerUsd[static_cast<size_t>(m)] / 12.0;
    const double *__restrict received = s.received.data();
    const double *__restrict revenueKept = s.revenueKept.data();
    const double *__restrict profitKept = s.profitKept.data();
    const double *__restrict investment = s.investmentIn.data();
    double *__restrict spendCap = s.spendCap.data();
    double *__restrict budget = s.budget.data();
    double *__restrict demand = s.demand.data();
    for (size_t i = 0; i < n; ++i) {
        const double net = revenue[i] * revenueKept[i] * profitKept[i];
        // Claim 5: willpower scales everything the organisation could spend.
        budget[i] = c.willpower[i] * (c.aiSpendShare[i] * (net + received[i]) + c.outsideFunding[i] + investment[i]);
    }
    // Builders, power and suppliers limit how fast spending can grow.
    if (m == 0) {
        std::copy(budget, budget + n, spendCap);
    } else {
        for (size_t i = 0; i < n; ++i) {
            spendCap[i] *= c.capexGrowth[i];
            budget[i] = std::min(budget[i], spendCap[i]);
        }
    }
    for (size_t i = 0; i < n; ++i) {
        const double access = c.chipAccess[i] * (y >= c.customYear[i] ? c.customGain[i] : 1.0);
        demand[i] = budget[i] * perUsd * access;
    }
    double total = 0; // in organisation order, as the supply share always has been
    for (size_t i = 0; i < n; ++i)
        total += demand[i];
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
