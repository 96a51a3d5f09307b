#include "trainingstep.h"

#include "fastmath.h"
#include "fastmathlanes.h"
#include "lablanes.h"

#include <algorithm>
#include <cmath>

namespace asirace {

double clusterGoodput(double gpus, double failureDomain, double gpuMtbfMinutes, double checkpointMinutes,
                      double intervalMinutes, double restartMinutes)
{
    const double n = std::clamp(gpus, 1.0, std::max(1.0, failureDomain));
    const double failureRate = n / std::max(1e-9 * n, gpuMtbfMinutes); // failures per minute = 1 / run MTBF
    const double write = std::max(0.0, checkpointMinutes);
    // Waste per minute of work: writing checkpoints (write / interval), redoing
    // the work since the last one (interval / 2 per failure) and restarting.
    const double waste = intervalMinutes > 0
                             ? write / intervalMinutes + (0.5 * intervalMinutes + restartMinutes) * failureRate
                             : std::sqrt(2 * write * failureRate) + restartMinutes * failureRate;
    return 1.0 / (1.0 + waste);
}

RunAllocation allocateRun(const ScalingLaw &law, double compute, double tokensPerParam, double dataStock)
{
    const double tokens = std::min(std::sqrt(compute * tokensPerParam / 6.0), dataStock);
    const double params = compute / (6.0 * tokens);
    const double lnQ = law.lnAllocationEfficiency(fastmath::log(params), fastmath::log(tokens));
    return {params, tokens, fastmath::exp(lnQ), lnQ};
}

namespace {

// The share of a finished run that was useful: what a framework bug lost is redone.
double usefulRunFlop(const SimState &s, size_t i, SimEvents *events)
{
    const auto &o = s.org[i];
    const double lost = events ? events->bugLoss(static_cast<int>(i), s.runsFinished[i], o.bugProbability,
                                                 o.bugProgressLost)
                               : o.bugProbability * o.bugProgressLost;
    return s.runFlop[i] * (1.0 - lost);
}

} // namespace

void closeRun(SimState &s, size_t i)
{
    s.bestRunFlop[i] = std::max(s.bestRunFlop[i], s.runFlop[i]);
    s.runFlop[i] = 0;
    s.runMonth[i] = 0;
    ++s.runsFinished[i];
}

namespace {

// The plain twin of finishRunLanes.
void finishRun(const SimPlan &plan, SimState &s, size_t i, int m, SimEvents *events)
{
    const auto &o = s.org[i];
    const double useful = usefulRunFlop(s, i, events);
    if (useful > 1.0) {
        const auto run = allocateRun(plan.law, useful, o.tokensPerParam, plan.dataStock[static_cast<size_t>(m)]);
        s.allocation[i] = run.efficiency;
        // A run's compute-equivalent: physical FLOP x allocation efficiency x architecture.
        s.runLog10[i] = std::max(s.runLog10[i], (fastmath::log(useful * o.archFactor) + run.lnEfficiency) / kLn10);
    }
    closeRun(s, i);
}

} // namespace

void stepTraining(const SimPlan &plan, SimState &s, int m, SimEvents *events)
{
    const auto mm = static_cast<size_t>(m);
    // Runs that end this month are finished together, in lanes; a run's end
    // touches only its own lab, so deferring it to the loop's end changes nothing.
    int finishing[lanes::kWidth];
    double useful[lanes::kWidth];
    int count = 0;
    for (int li : plan.labs) {
        const auto i = static_cast<size_t>(li);
        const auto &o = s.org[i];
        s.pause[i] = cautionPause(s.kappa[i], o.caution, s.global);
        if (!o.trains) {
            s.goodput[i] = 0;
            continue;
        }
        if (s.asiMonth[i] >= 0)
            continue; // past ASI the lab has left the race
        // One run on one site: the largest cluster, or the share of the fleet
        // the lab gives to training, whichever is smaller.
        const double gpus = std::min(o.trainShare * s.available[i], o.cluster0 * plan.clusterScale[mm]);
        const double g = clusterGoodput(gpus, s.global.failureDomain, plan.mtbfMinutes[mm], o.checkpointMinutes,
                                        o.checkpointIntervalMinutes, o.restartMinutes);
        s.goodput[i] = g;
        s.runFlop[i] += gpus * o.runFlopPerH100eMonth * g * (1.0 - s.pause[i]);
        if (++s.runMonth[i] < o.runMonths)
            continue;
        if (s.plainKernels) {
            finishRun(plan, s, i, m, events);
            continue;
        }
        finishing[count] = li;
        useful[count] = usefulRunFlop(s, i, events);
        if (++count == lanes::kWidth) {
            labLanes().finishRuns(plan, s, m, finishing, useful, count);
            count = 0;
        }
    }
    if (count > 0)
        labLanes().finishRuns(plan, s, m, finishing, useful, count);
}

} // namespace asirace
