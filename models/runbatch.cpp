#include "runbatch.h"

#include "lablanes.h"
#include "runbatchvariants.h"
#include "simulator.h"

namespace asirace {
namespace {

bool sameShape(const OrgParams &x, const OrgParams &y)
{
    return x.lab == y.lab && x.trains == y.trains && x.canArrive == y.canArrive && x.licensee == y.licensee &&
           x.runMonths == y.runMonths;
}

bool sameShape(const PartnerParams &x, const PartnerParams &y)
{
    return x.a == y.a && x.b == y.b && x.ipAccess == y.ipAccess && x.ipUntilMonth == y.ipUntilMonth &&
           x.rofr == y.rofr && x.startMonth == y.startMonth && x.endMonth == y.endMonth && x.endsAtAgi == y.endsAtAgi;
}

bool sameShape(const SimPlan &x, const SimPlan &y)
{
    const auto &cx = x.law.coefficients(), &cy = y.law.coefficients();
    if (x.months != y.months || x.startYear != y.startYear || x.orgs.size() != y.orgs.size() ||
        x.partners.size() != y.partners.size() || x.changes.size() != y.changes.size() || x.labs != y.labs ||
        x.rofrHolder != y.rofrHolder || x.historySlot != y.historySlot || x.historyRows != y.historyRows ||
        x.year != y.year || x.global.spilloverLagMonths != y.global.spilloverLagMonths || cx.A != cy.A ||
        cx.B != cy.B || cx.alpha != cy.alpha || cx.beta != cy.beta || x.law.lnK6() != y.law.lnK6() ||
        x.law.gamma() != y.law.gamma())
        return false;
    for (size_t i = 0; i < x.orgs.size(); ++i)
        if (!sameShape(x.orgs[i], y.orgs[i]))
            return false;
    for (size_t k = 0; k < x.partners.size(); ++k)
        if (!sameShape(x.partners[k], y.partners[k]))
            return false;
    for (size_t c = 0; c < x.changes.size(); ++c) {
        const auto &a = x.changes[c], &b = y.changes[c];
        if (a.month != b.month || a.target != b.target || a.index != b.index)
            return false;
        if (a.target == ParamChange::Target::Org && !sameShape(a.org, b.org))
            return false;
        if (a.target == ParamChange::Target::Partner && !sameShape(a.partner, b.partner))
            return false;
        if (a.target == ParamChange::Target::Global && a.global.spilloverLagMonths != b.global.spilloverLagMonths)
            return false;
    }
    return true;
}

} // namespace

bool canRunTogether(const SimPlan *const *plans, int count)
{
    if (count < 1 || count > kBatchRuns)
        return false;
    for (int l = 1; l < count; ++l)
        if (!sameShape(*plans[0], *plans[l]))
            return false;
    return true;
}

bool laneEngineAvailable()
{
#if defined(__x86_64__) && defined(__GNUC__)
    static const bool available = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
                                  __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512bw");
    return available;
#else
    return false;
#endif
}

const LabLaneKernels &labLanes()
{
    return laneEngineAvailable() ? detail::labLanesV4 : detail::labLanesBaseline;
}

void runOutcomesTogether(const SimPlan *const *plans, SimState *const *states, SimEvents *const *events, int count)
{
    if (laneEngineAvailable()) {
        detail::runOutcomesInLanesV4(plans, states, events, count);
        return;
    }
    // Without AVX-512 the lanes would be emulated element by element, slower
    // than the plain kernels: each run goes alone.
    for (int l = 0; l < count; ++l)
        runOutcome(*plans[l], *states[l], events[l]);
}

} // namespace asirace
