#include "computestep.h"

#include "fastmath.h"

#include <algorithm>
#include <cmath>

namespace asirace {

void applyChanges(const SimPlan &plan, SimState &s, int m)
{
    for (; s.nextChange < plan.changes.size() && plan.changes[s.nextChange].month <= m; ++s.nextChange) {
        const auto &c = plan.changes[s.nextChange];
        switch (c.target) {
        case ParamChange::Target::Org: {
            // Starting figures describe the start; a later event cannot rewrite history.
            auto &o = s.org[static_cast<size_t>(c.index)];
            const OrgParams before = o;
            o = c.org;
            o.compute0 = before.compute0;
            o.cluster0 = before.cluster0;
            o.bestRunFlop0 = before.bestRunFlop0;
            o.aiRevenue0 = before.aiRevenue0;
            o.coreRevenue0 = before.coreRevenue0;
            break;
        }
        case ParamChange::Target::Partner: {
            auto &p = s.part[static_cast<size_t>(c.index)];
            const bool resigned = c.partner.commitmentUsd != p.commitmentUsd;
            const int signedMonth = p.commitmentMonth;
            p = c.partner;
            if (!resigned) // another term changed: the commitment keeps its ramp
                p.commitmentMonth = signedMonth;
            break;
        }
        case ParamChange::Target::Global:
            s.global = c.global;
            break;
        }
    }
}

void updatePartnerships(SimState &s, int m)
{
    for (size_t k = 0; k < s.part.size(); ++k) {
        const auto &p = s.part[k];
        // The AGI clause ends the terms from the month after the lab reaches AGI.
        const bool agiEnded = p.endsAtAgi && s.agiMonth[static_cast<size_t>(p.b)] >= 0;
        s.active[k] = m >= p.startMonth && m < p.endMonth && !agiEnded;
    }
}

void stepMoney(const SimPlan &plan, SimState &s, int m)
{
    const size_t n = s.org.size();
    const auto mm = static_cast<size_t>(m);
    // The AI market is shared: each lab's pull on customers grows with how far
    // its capability has moved since the start, so its share follows its
    // capability relative to its rivals'; the labs together keep the share of
    // the market they started with (the rest is labs outside the scenario),
    // so their revenues add up to the market and never all reach a ceiling.
    double pull = 0;
    for (int li : plan.labs) {
        const auto i = static_cast<size_t>(li);
        s.attraction[i] = s.kappa[i] - s.kappaStart[i];
    }
    double lead = -1e300;
    for (int li : plan.labs)
        lead = std::max(lead, s.attraction[static_cast<size_t>(li)]);
    for (int li : plan.labs) {
        const auto i = static_cast<size_t>(li);
        // Relative to the best gain, so the exponential never overflows.
        const double behind = std::min(lead - s.attraction[i], 30.0);
        s.attraction[i] = s.org[i].aiRevenue0 * fastmath::exp(-s.global.shareElasticity * behind);
        pull += s.attraction[i];
    }
    const double perPull = pull > 0 ? plan.aiMarket[mm] * plan.labsMarketShare / pull : 0.0;
    for (int li : plan.labs)
        s.attraction[static_cast<size_t>(li)] *= perPull;
    for (size_t i = 0; i < n; ++i) {
        if (m > 0)
            s.coreRevenue[i] *= s.org[i].coreGrowthPerMonth;
        s.revenue[i] = s.coreRevenue[i] + (s.org[i].lab ? s.attraction[i] : 0.0);
        s.received[i] = 0;
        s.investmentIn[i] = 0;
        s.revenueShareOut[i] = 0;
        s.profitShareOut[i] = 0;
    }
    for (size_t k = 0; k < s.part.size(); ++k) {
        if (!s.active[k])
            continue;
        const auto &p = s.part[k];
        const auto b = static_cast<size_t>(p.b);
        s.revenueShareOut[b] += p.revenueShare;
        s.profitShareOut[b] += p.profitShare;
        s.investmentIn[b] += p.investment;
    }
    // Revenue and profit flow from the lab (b) to the partner (a); "profit" is
    // what is left after revenue shares, since labs reinvest everything.
    for (size_t k = 0; k < s.part.size(); ++k) {
        if (!s.active[k])
            continue;
        const auto &p = s.part[k];
        const auto b = static_cast<size_t>(p.b);
        const double afterRevenueShares = s.revenue[b] * (1.0 - std::min(1.0, s.revenueShareOut[b]));
        s.received[static_cast<size_t>(p.a)] += s.revenue[b] * p.revenueShare + afterRevenueShares * p.profitShare;
    }
    for (size_t i = 0; i < n; ++i) {
        const auto &o = s.org[i];
        const double kept = s.revenue[i] * (1.0 - std::min(1.0, s.revenueShareOut[i])) *
                            (1.0 - std::min(1.0, s.profitShareOut[i]));
        // Claim 5: willpower scales everything the organisation could spend.
        double budget = o.willpower * (o.aiSpendShare * (kept + s.received[i]) + o.outsideFunding + s.investmentIn[i]);
        // Builders, power and suppliers limit how fast spending can grow.
        if (m == 0)
            s.spendCap[i] = budget;
        else
            s.spendCap[i] *= o.capexPerMonth;
        s.budget[i] = std::min(budget, s.spendCap[i]);
    }
}

void stepCompute(const SimPlan &plan, SimState &s, int m, SimEvents *events)
{
    const auto mm = static_cast<size_t>(m);
    const double year = plan.year[mm];
    const double perUsd = 1.0 / plan.costPerH100eYear[mm]; // H100e a dollar a year rents
    const double keep = s.global.monthlyKeep;
    std::fill(s.priority.begin(), s.priority.end(), 0.0);
    // Providers keep the fleet they started with; only labs buy for the race.
    for (size_t i = 0; i < s.org.size(); ++i)
        if (!s.org[i].lab)
            s.available[i] = s.fleet[i];
    // Purchase commitments: capacity the lab has contracted, built from the
    // signing month over the ramp; paid from the lab's own budget.
    for (size_t k = 0; k < s.part.size(); ++k) {
        const auto &p = s.part[k];
        if (!s.active[k] || p.commitmentUsd <= 0)
            continue;
        const double ramp = std::clamp((m - p.commitmentMonth + 1) / s.global.commitmentRampMonths, 0.0, 1.0);
        s.priority[static_cast<size_t>(p.b)] += p.commitmentUsd * perUsd * ramp;
    }
    double totalPriority = 0, totalOpen = 0;
    for (int li : plan.labs) {
        const auto i = static_cast<size_t>(li);
        const auto &o = s.org[i];
        const double access = o.chipAccess * (year >= o.customYear ? o.customGain : 1.0);
        const double target = s.budget[i] * access * perUsd;
        s.committedBuilt[i] *= keep;
        // Committed capacity is built by the seller on its ramp and arrives as
        // it is built; the rest of the gap to what the budget pays for closes
        // over the lab's own build lead time. Both are paid from the budget:
        // a commitment never adds capacity beyond it.
        const double gap = std::max(0.0, target - s.fleet[i] * keep);
        const double contracted = std::min(s.priority[i] * access, target);
        s.priority[i] = std::min(gap, std::max(0.0, contracted - s.committedBuilt[i]));
        s.need[i] = s.priority[i] + (gap - s.priority[i]) * s.global.invLeadMonths;
        totalPriority += s.priority[i];
        totalOpen += s.need[i] - s.priority[i];
    }
    // The world's chip production: committed capacity first, then pro rata.
    const double supply = plan.supplyPerMonth[mm];
    const double priorityScale = totalPriority > supply ? supply / totalPriority : 1.0;
    const double left = std::max(0.0, supply - totalPriority * priorityScale);
    const double openScale = totalOpen > left ? left / totalOpen : 1.0;

    constexpr size_t ring = kMaxRofrDelayMonths + 1;
    for (int li : plan.labs) {
        const auto i = static_cast<size_t>(li);
        const double committed = s.priority[i] * priorityScale;
        double arriving = committed + (s.need[i] - s.priority[i]) * openScale;
        s.committedBuilt[i] += committed;
        // Right of first refusal: the holder supplies what it accepts now; what
        // it declines the lab buys elsewhere, but only after waiting for the answer.
        double *queue = &s.rofrQueue[i * ring];
        if (const int k = plan.rofrHolder[i]; k >= 0 && s.active[static_cast<size_t>(k)]) {
            const auto &p = s.part[static_cast<size_t>(k)];
            const double declined = events ? events->rofrDeclined(k, m, p.rofrDecline) : p.rofrDecline;
            queue[static_cast<size_t>(m + p.rofrDelayMonths) % ring] += arriving * declined;
            arriving *= 1.0 - declined;
        }
        double &due = queue[mm % ring];
        arriving += due;
        due = 0;
        s.fleet[i] = s.fleet[i] * keep + arriving;
        s.available[i] = s.fleet[i];
    }
    // Compute supplied in kind by partners.
    for (size_t k = 0; k < s.part.size(); ++k) {
        const auto &p = s.part[k];
        if (!s.active[k] || p.computeSupplied <= 0)
            continue;
        s.available[static_cast<size_t>(p.b)] += p.computeSupplied;
        s.available[static_cast<size_t>(p.a)] -= p.computeSupplied;
    }
    for (int li : plan.labs)
        s.available[static_cast<size_t>(li)] = std::max(0.0, s.available[static_cast<size_t>(li)]);
}

} // namespace asirace
