#include "trainingstep.h"

#include "vectormath.h"

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

// The allocation and effective FLOP of a finished run, in log space: one
// logarithm of the run's FLOP gives ln N and ln D, the reducible loss takes two
// exponentials, and ln q falls out without the three powers (and the log10)
// of the direct formulas in ScalingLaw and allocateRun, which it equals to
// rounding (tests/tst_fastpath.cpp holds it to the reference).
FinishedRun finishedRun(const SimPlan &plan, const OrgParams &o, double useful, double lnDataStock)
{
    constexpr double kLn6 = 1.791759469228055;
    constexpr double kLn10 = 2.302585092994046;
    const auto &c = plan.law.coefficients();
    const double lnC = std::log(useful);
    const double lnD = std::min(0.5 * (lnC + o.lnTokensPerParamOver6), lnDataStock);
    const double lnN = lnC - kLn6 - lnD;
    const double reducible = c.A * std::exp(-c.alpha * lnN) + c.B * std::exp(-c.beta * lnD);
    // q = C_opt(L) / C with C_opt = (K / L_red)^(1 / gamma); capped at 1 like allocationEfficiency().
    const double lnQ = std::min(0.0, (plan.lnK - std::log(reducible)) * plan.invGamma - lnC);
    return {lnQ, (lnC + o.lnArchFactor + lnQ) / kLn10};
}

namespace {

constexpr double kLn6 = 1.791759469228055;
constexpr double kLn10 = 2.302585092994046;

// A run ends: its bookkeeping now; its capability with the month's other
// finished runs in finishBatch().
void finishRun(const SimPlan &plan, SimState &s, size_t i, SimEvents *events)
{
    const auto &o = plan.orgs[i];
    const double lost = events ? events->bugLoss(static_cast<int>(i), s.runsFinished[i], o.bugProbability,
                                                 o.bugProgressLost)
                               : o.bugProbability * o.bugProgressLost;
    const double useful = s.runFlop[i] * (1.0 - lost);
    if (useful > 1.0) {
        const auto k = static_cast<size_t>(s.batchCount++);
        s.batchOrg[k] = static_cast<int>(i);
        s.batchFlop[k] = useful;
        s.batchLogA[k] = s.runLogA[i]; // algorithms frozen at the run's start
    }
    s.bestRunFlop[i] = std::max(s.bestRunFlop[i], s.runFlop[i]);
    s.runFlop[i] = 0;
    s.runMonth[i] = 0;
    s.runLogA[i] = s.logA[i];
    ++s.runsFinished[i];
}

void applyRun(const SimPlan &plan, SimState &s, size_t i, double lnQ, double log10Effective, double logA)
{
    if (s.recordSeries) // q itself is only shown, never used by the race
        s.allocation[i] = std::exp(lnQ);
    // Effective FLOP = physical x algorithms (frozen at the run's start) x architecture x q.
    if (log10Effective > 0)
        s.kappaOwn[i] = std::max(s.kappaOwn[i], log10Effective + logA);
    (void)plan;
}

bool allWithin(const double *v, size_t n, double lo, double hi)
{
    bool ok = true;
    for (size_t k = 0; k < n; ++k)
        ok = ok && v[k] > lo && v[k] <= hi;
    return ok;
}

// finishedRun() for all of this month's finished runs side by side: labs
// usually share their run length, so several finish together, and their
// logarithms and exponentials go through the vector math in whole vectors.
// A lone run, or values outside the vector functions' range, take libm.
void finishBatch(const SimPlan &plan, SimState &s, int m)
{
    const auto n = static_cast<size_t>(s.batchCount);
    s.batchCount = 0;
    const double lnData = plan.lnDataStock[static_cast<size_t>(m)];
    auto scalar = [&](size_t k) {
        const size_t i = static_cast<size_t>(s.batchOrg[k]);
        const auto run = finishedRun(plan, plan.orgs[i], s.batchFlop[k], lnData);
        applyRun(plan, s, i, run.lnQ, run.log10Effective, s.batchLogA[k]);
    };
    if (n < 2 || !allWithin(s.batchFlop.data(), n, 0.0, 1e300)) {
        for (size_t k = 0; k < n; ++k)
            scalar(k);
        return;
    }
    const size_t lanes = s.batchFlop.size(); // whole vectors; padding lanes hold harmless values
    const auto &c = plan.law.coefficients();
    double *lnC = s.batchTermN.data();
    std::copy(s.batchFlop.begin(), s.batchFlop.begin() + static_cast<std::ptrdiff_t>(n), lnC);
    std::fill(lnC + n, lnC + lanes, 1.0);
    logInPlace(lnC, lanes);
    double *termN = s.batchFlop.data(), *termD = s.batchTermD.data(); // batchFlop is no longer needed
    for (size_t k = 0; k < lanes; ++k) {
        const auto &o = plan.orgs[static_cast<size_t>(s.batchOrg[std::min(k, n - 1)])];
        const double lnD = std::min(0.5 * (lnC[k] + o.lnTokensPerParamOver6), lnData);
        termN[k] = k < n ? -c.alpha * (lnC[k] - kLn6 - lnD) : 0.0; // -alpha ln N
        termD[k] = k < n ? -c.beta * lnD : 0.0;                    // -beta ln D
    }
    if (!allWithin(termN, n, -700.0, 700.0) || !allWithin(termD, n, -700.0, 700.0)) {
        for (size_t k = 0; k < n; ++k) {
            s.batchFlop[k] = std::exp(lnC[k]); // restore the FLOP for the scalar path
            scalar(k);
        }
        return;
    }
    expInPlace(termN, lanes);
    expInPlace(termD, lanes);
    double *lnL = termN; // the reducible loss A/N^alpha + B/D^beta, then its log
    for (size_t k = 0; k < lanes; ++k)
        lnL[k] = c.A * termN[k] + c.B * termD[k];
    logInPlace(lnL, lanes);
    for (size_t k = 0; k < n; ++k) {
        const size_t i = static_cast<size_t>(s.batchOrg[k]);
        // q = C_opt(L) / C with C_opt = (K / L_red)^(1 / gamma); capped at 1 like allocationEfficiency().
        const double lnQ = std::min(0.0, (plan.lnK - lnL[k]) * plan.invGamma - lnC[k]);
        applyRun(plan, s, i, lnQ, (lnC[k] + plan.orgs[i].lnArchFactor + lnQ) / kLn10, s.batchLogA[k]);
    }
}

} // namespace

void stepTraining(const SimPlan &plan, SimState &s, int m, SimEvents *events)
{
    for (int li : plan.labs) {
        const size_t i = static_cast<size_t>(li);
        const auto &o = plan.orgs[i];
        // cautionPause() with the precomputed threshold: nothing to hold back below it.
        const double kappa = s.kappa[i];
        s.pause[i] = kappa <= plan.cautionStart && plan.cautionGap > 0
                         ? 0.0
                         : std::min(0.95, o.caution * (plan.cautionGap > 0
                                                           ? std::clamp((kappa - plan.cautionStart) * plan.invCautionGap,
                                                                        0.0, 1.0)
                                                           : (kappa >= plan.agi ? 1.0 : 0.0)));
        if (!o.trains) {
            s.goodput[i] = 0;
            continue;
        }
        if (s.asiMonth[i] >= 0)
            continue; // past ASI the lab has left the race; its last run stands
        const double gpus = o.trainShare * s.available[i];
        // Runs at least one failure domain large all share the domain's goodput, compiled once.
        // Smaller runs: clusterGoodput() with n GPUs failing every MTBF / n,
        // i.e. 1 - sqrt(n 2 checkpoint / MTBF) - n restart / MTBF, from
        // per-lab coefficients compiled once (no division per month).
        const double n = std::max(1.0, gpus);
        const double g = gpus >= plan.failureDomain
                             ? o.domainGoodput
                             : std::clamp(1.0 - std::sqrt(n * o.checkpointPerMtbf2) - n * o.restartPerMtbf, 0.0, 1.0);
        s.goodput[i] = g;
        s.runFlop[i] += s.available[i] * o.trainFlopsPerGpuMonth * g * (1.0 - s.pause[i]);
        if (++s.runMonth[i] >= o.runMonths)
            finishRun(plan, s, i, events);
    }
    finishBatch(plan, s, m);
}

} // namespace asirace
