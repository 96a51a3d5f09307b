#include "simstate.h"

#include <algorithm>
#include <cmath>

namespace asirace {

void SimState::prepare(const SimPlan &plan)
{
    const size_t n = plan.orgs.size();
    const size_t np = plan.partners.size();
    const size_t months = static_cast<size_t>(plan.months);
    auto reset = [](auto &v, size_t size, auto value) { v.assign(size, value); };

    reset(revenue, n, 0.0);
    reset(spendCap, n, 0.0);
    reset(received, n, 0.0);
    reset(revenueShareOut, n, 0.0);
    reset(profitShareOut, n, 0.0);
    reset(investmentIn, n, 0.0);
    reset(budget, n, 0.0);
    reset(demand, n, 0.0);
    reset(purchases, n, 0.0);
    reset(ownCompute, n, 0.0);
    reset(available, n, 0.0);
    reset(rofrQueue, n * (kMaxRofrDelayMonths + 1), 0.0);
    reset(runFlop, n, 0.0);
    reset(runMonth, n, 0);
    reset(runLogA, n, plan.logA0);
    reset(bestRunFlop, n, 0.0);
    reset(goodput, n, 0.0);
    reset(allocation, n, 1.0);
    reset(runsFinished, n, 0);
    reset(logA, n, plan.logA0);
    reset(logABase, n, plan.logA0);
    reset(logABoost, n, 0.0);
    reset(kappaOwn, n, 0.0);
    reset(kappa, n, 0.0);
    reset(pause, n, 0.0);
    reset(agiMonth, n, -1);
    reset(asiMonth, n, -1);
    reset(commitmentBuilt, np, 0.0);
    reset(active, np, char(0));
    reset(kappaHistory, n * months, 0.0);
    reset(frontierLogA, months, plan.logA0);
    order.assign(plan.labs.begin(), plan.labs.end());
    arrivals = 0;
    monthsSimulated = 0;

    for (size_t i = 0; i < n; ++i) {
        const auto &o = plan.orgs[i];
        revenue[i] = o.revenue0;
        ownCompute[i] = o.compute0;
        available[i] = o.compute0;
        bestRunFlop[i] = o.bestRunFlop;
        // The model a lab already has: its largest run with today's
        // algorithms, architecture and its usual allocation.
        double q = 1.0;
        if (o.bestRunFlop > 0) {
            const double d = std::min(std::sqrt(o.bestRunFlop * o.tokensPerParam / 6.0),
                                      plan.dataStock.empty() ? 1e300 : plan.dataStock[0]);
            q = plan.law.allocationEfficiency(o.bestRunFlop / (6.0 * d), d);
        }
        allocation[i] = q;
        const double effective = o.bestRunFlop * o.archFactor * q;
        kappaOwn[i] = effective > 1.0 ? std::log10(effective) + plan.logA0 : 0.0;
        kappa[i] = kappaOwn[i];
    }
}

} // namespace asirace
