#include "trainingstep.h"

#include <algorithm>
#include <cmath>

namespace asirace {

double clusterGoodput(double gpus, double failureDomain, double gpuMtbfMinutes, double checkpointMinutes,
                      double restartMinutes)
{
    // A run bigger than one failure domain is split into domains that
    // synchronise asynchronously, so a failure stops only its own domain.
    const double n = std::clamp(gpus, 1.0, std::max(1.0, failureDomain));
    const double mtbf = gpuMtbfMinutes / n;
    const double g = 1.0 - std::sqrt(2.0 * checkpointMinutes / mtbf) - restartMinutes / mtbf;
    return std::clamp(g, 0.0, 1.0);
}

double cautionPause(double kappa, double caution, double agi, double cautionGap)
{
    const double h = cautionGap > 0 ? std::clamp((kappa - (agi - cautionGap)) / cautionGap, 0.0, 1.0)
                                    : (kappa >= agi ? 1.0 : 0.0);
    // Never a full stop: even a paused lab keeps safety research and small runs going.
    return std::min(0.95, caution * h);
}

RunAllocation allocateRun(const ScalingLaw &law, double compute, double tokensPerParam, double dataStock)
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
        const auto alloc = allocateRun(plan.law, useful, o.tokensPerParam, plan.dataStock[static_cast<size_t>(m)]);
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

void stepTraining(const SimPlan &plan, SimState &s, int m, SimEvents *events)
{
    for (int li : plan.labs) {
        const size_t i = static_cast<size_t>(li);
        const auto &o = plan.orgs[i];
        s.pause[i] = cautionPause(s.kappa[i], o.caution, plan.agi, plan.cautionGap);
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
                             : clusterGoodput(gpus, plan.failureDomain, plan.gpuMtbfMinutes, o.checkpointMinutes,
                                              o.restartMinutes);
        s.goodput[i] = g;
        s.runFlop[i] += gpus * plan.peakFlops * o.mfu * g * kSecondsPerMonth * (1.0 - s.pause[i]);
        if (++s.runMonth[i] >= o.runMonths)
            finishRun(plan, s, i, m, events);
    }
}

} // namespace asirace
