#pragma once
// The model's small formulas in lanes, shared by both lane engines: the lab
// kernels (lablanes.inc: one run's labs in lanes, scalar globals) and the
// batch engine (runbatchlanes.inc: one run per lane, globals per lane). Each
// does its scalar function's arithmetic operation for operation, so a lane
// gives the scalar's bits. Include after fastmathlanes.h, in the file of the
// instruction set it is compiled for.

#include "fastmathlanes.h"
#include "scalinglaw.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"

namespace asirace::lanes {
inline namespace ASIRACE_LANES_ISA {

// A condition on the globals as a lane mask: a scalar global (one run) gives
// the same answer in every lane; a lane global (a batch of runs) its own.
ASIRACE_LANE_INLINE VI maskOf(bool condition) { return VI{} - (condition ? 1 : 0); }
ASIRACE_LANE_INLINE VI maskOf(VI mask) { return mask; }

// cautionPause() (trainingstep.h): the share of effort held back at `kappa`.
// Both branches are computed and one is kept, which changes no lane's bits.
template <class Globals>
ASIRACE_LANE_INLINE V cautionPause(V kappa, V caution, const Globals &g)
{
    const V h = select(maskOf(g.invCautionGap > 0), clamp((kappa - g.cautionStart) * g.invCautionGap, 0.0, 1.0),
                       kappa >= g.agi ? splat(1.0) : splat(0.0));
    return min(splat(0.95), caution * h);
}

// lnAutomationSpeedup() (capabilitystep.h): ln of AI-R&D automation's speed-up at `kappa`.
template <class Globals>
ASIRACE_LANE_INLINE V lnAutomationSpeedup(const Globals &g, V kappa)
{
    const VI gradual = maskOf(g.invAutomationGap > 0);
    const V toAgi = select(gradual, clamp((kappa - g.automationStart) * g.invAutomationGap, 0.0, 1.0),
                           kappa >= g.agi ? splat(1.0) : splat(0.0));
    const V toAsi = select(maskOf(g.invAsiGap > 0), clamp((kappa - g.agi) * g.invAsiGap, 0.0, 1.0),
                           kappa >= g.asi ? splat(1.0) : splat(0.0));
    const V speedup = toAgi * g.lnSpeedupAgi + toAsi * g.lnSpeedupAsi;
    return (gradual & VI(kappa <= g.automationStart)) ? splat(0.0) : speedup;
}

// clusterGoodput() (trainingstep.h), its two checkpoint rules computed and one kept.
ASIRACE_LANE_INLINE V clusterGoodput(V gpus, V failureDomain, V mtbfMinutes, V checkpointMinutes, V interval, V restart)
{
    const V hi = max(splat(1.0), failureDomain);
    const V n = gpus < 1.0 ? splat(1.0) : (hi < gpus ? hi : gpus);
    const V failureRate = n / max(1e-9 * n, mtbfMinutes);
    const V write = max(splat(0.0), checkpointMinutes);
    const V periodic = write / interval + (0.5 * interval + restart) * failureRate;
    const V young = sqrt(2 * write * failureRate) + restart * failureRate;
    return 1.0 / (1.0 + (interval > 0 ? periodic : young));
}

// allocateRun()'s split of a run of `useful` FLOP, as ln N and ln D.
ASIRACE_LANE_INLINE void allocationLogs(V useful, V tokensPerParam, V dataStock, V &lnParams, V &lnTokens)
{
    const V tokens = min(sqrt(useful * tokensPerParam / 6.0), dataStock);
    lnParams = log(useful / (6.0 * tokens));
    lnTokens = log(tokens);
}

// ScalingLaw::lnAllocationEfficiency(): ln q, capped at 0 (q = 1).
ASIRACE_LANE_INLINE V lnAllocationEfficiency(const ScalingLaw &law, V lnParams, V lnTokens)
{
    const auto &c = law.coefficients();
    const V reducible = c.A * exp(-c.alpha * lnParams) + c.B * exp(-c.beta * lnTokens);
    const V lnQ = ((law.lnK6() - log(reducible) / law.gamma()) - lnParams) - lnTokens;
    return reducible > 0 ? (lnQ < 0 ? lnQ : splat(0.0)) : splat(0.0);
}

} // namespace ASIRACE_LANES_ISA
} // namespace asirace::lanes

#pragma GCC diagnostic pop
