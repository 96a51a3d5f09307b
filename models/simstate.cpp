#include "simstate.h"

#include "trainingstep.h"

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
    reset(revenueKept, n, 1.0);
    reset(profitKept, n, 1.0);
    reset(budget, n, 0.0);
    reset(demand, n, 0.0);
    reset(purchases, n, 0.0);
    reset(ownCompute, n, 0.0);
    reset(available, n, 0.0);
    reset(kept, n, 0.0);
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
    reset(kappaHistory, static_cast<size_t>(plan.historyRows) * months, 0.0);
    reset(frontierLogA, months, plan.logA0);
    order.assign(plan.labs.begin(), plan.labs.end());
    // Whole SIMD vectors (up to 8 lanes) for researchFactors(); padding lanes hold 1.
    labScratch.assign((plan.labs.size() + 7) / 8 * 8, 1.0);
    batchCount = 0;
    batchOrg.assign(labScratch.size(), 0);
    for (auto *v : {&batchFlop, &batchLogA, &batchTermN, &batchTermD})
        v->assign(labScratch.size(), 0.0);
    arrivals = 0;
    agiArrivals = 0;
    agiArrivalsSeen = -1;
    monthsSimulated = 0;

    for (size_t i = 0; i < n; ++i) {
        const auto &o = plan.orgs[i];
        revenue[i] = o.revenue0;
        ownCompute[i] = o.compute0;
        available[i] = o.compute0;
        bestRunFlop[i] = o.bestRunFlop;
        // The model a lab already has: its largest run with today's
        // algorithms, architecture and its usual allocation.
        if (o.bestRunFlop > 0 && !plan.lnDataStock.empty()) {
            const auto run = finishedRun(plan, o, o.bestRunFlop, plan.lnDataStock[0]);
            allocation[i] = std::exp(run.lnQ);
            kappaOwn[i] = run.log10Effective > 0 ? run.log10Effective + plan.logA0 : 0.0;
        } else {
            allocation[i] = 1.0;
            kappaOwn[i] = 0.0;
        }
        kappa[i] = kappaOwn[i];
    }
}

} // namespace asirace
