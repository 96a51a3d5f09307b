#include "simstate.h"

#include <algorithm>
#include <cmath>

namespace asirace {

void SimState::prepare(const SimPlan &plan)
{
    const size_t n = plan.orgs.size();
    const size_t np = plan.partners.size();
    const size_t months = static_cast<size_t>(plan.months);
    org = plan.orgs;
    part = plan.partners;
    global = plan.global;
    nextChange = 0;

    for (auto *v : {&coreRevenue, &attraction, &revenue, &spendCap, &received, &revenueShareOut, &profitShareOut, &investmentIn, &budget, &need,
                    &priority, &committedBuilt, &fleet, &available, &runFlop, &bestRunFlop, &goodput, &allocation,
                    &logA, &logABase, &logABoost, &kappaOwn, &kappaStart, &kappa, &pause, &runLog10})
        v->assign(n, 0.0);
    for (auto *v : {&runMonth, &runsFinished})
        v->assign(n, 0);
    agiMonth.assign(n, -1);
    asiMonth.assign(n, -1);
    rofrQueue.assign(n * (kMaxRofrDelayMonths + 1), 0.0);
    active.assign(np, 0);
    kappaHistory.assign(static_cast<size_t>(plan.historyRows) * months, 0.0);
    frontierLogA.assign(months, plan.logA0);
    arrivals = 0;
    agiArrivals = 0;
    monthsSimulated = 0;

    for (size_t i = 0; i < n; ++i) {
        const auto &o = plan.orgs[i];
        coreRevenue[i] = o.coreRevenue0;
        attraction[i] = o.aiRevenue0;
        fleet[i] = o.compute0;
        available[i] = o.compute0;
        bestRunFlop[i] = o.bestRunFlop0;
        allocation[i] = 1;
        goodput[i] = o.trains ? 1 : 0;
        logABase[i] = plan.logA0;
        logA[i] = plan.logA0;
        // The best model at the start: its run in today's algorithms. An
        // organisation that has trained nothing has no capability of its own.
        runLog10[i] = o.bestRunFlop0 > 0 ? std::log10(o.bestRunFlop0 * o.archFactor) : -1e300;
        kappaOwn[i] = o.bestRunFlop0 > 0 ? runLog10[i] + logA[i] : 0.0;
        kappaStart[i] = kappaOwn[i];
        kappa[i] = kappaOwn[i];
    }
    order = plan.labs;
}

} // namespace asirace
