#include "referencesimulator.h"

#include "referencesteps.h"

namespace asirace {
namespace {

void record(const SimPlan &plan, const SimState &s, SimulationResult &r, int m)
{
    const size_t mm = static_cast<size_t>(m);
    for (size_t j = 0; j < plan.labs.size(); ++j) {
        const size_t i = static_cast<size_t>(plan.labs[j]);
        auto &lab = r.labs[j];
        lab.compute_h100e[mm] = s.available[i];
        lab.training_run_flop[mm] = s.bestRunFlop[i];
        lab.effective_flop_log10[mm] = s.kappa[i];
        lab.goodput[mm] = s.goodput[i];
        lab.allocation_efficiency[mm] = s.allocation[i];
    }
    for (size_t pos = 0; pos < s.order.size(); ++pos)
        for (size_t j = 0; j < plan.labs.size(); ++j)
            if (plan.labs[j] == s.order[pos])
                r.labs[j].rank[mm] = static_cast<double>(pos + 1);
}

void finish(const SimPlan &plan, const SimState &s, SimulationResult &r)
{
    for (size_t pos = 0; pos < s.order.size(); ++pos) {
        for (size_t j = 0; j < plan.labs.size(); ++j) {
            if (plan.labs[j] != s.order[pos])
                continue;
            r.labs[j].final_rank = static_cast<int>(pos + 1);
            r.ranking.push_back(r.labs[j].name);
        }
    }
    for (size_t j = 0; j < plan.labs.size(); ++j) {
        const size_t i = static_cast<size_t>(plan.labs[j]);
        if (s.asiMonth[i] >= 0)
            r.labs[j].asi_year = plan.year[static_cast<size_t>(s.asiMonth[i])];
        if (s.agiMonth[i] >= 0)
            r.labs[j].agi_year = plan.year[static_cast<size_t>(s.agiMonth[i])];
    }
    if (!s.order.empty() && s.asiMonth[static_cast<size_t>(s.order.front())] >= 0)
        r.winner = r.ranking.front();
}

} // namespace

SimulationResult simulateReference(const Scenario &scenario, SimEvents *events)
{
    using namespace reference;
    SimPlan plan;
    compileReferencePlan(scenario, plan);
    SimState state;
    prepareReferenceState(plan, state);

    SimulationResult r;
    const size_t months = static_cast<size_t>(plan.months);
    r.months = plan.year;
    r.labs.resize(plan.labs.size());
    for (size_t j = 0; j < plan.labs.size(); ++j) {
        const auto &org = scenario.organisations[static_cast<size_t>(plan.labs[j])];
        r.labs[j].name = org.name;
        r.labs[j].colour = org.colour;
        for (auto *series : {&r.labs[j].compute_h100e, &r.labs[j].training_run_flop, &r.labs[j].effective_flop_log10,
                             &r.labs[j].goodput, &r.labs[j].allocation_efficiency, &r.labs[j].rank})
            series->assign(months, 0.0);
    }
    r.agi_log10_flop = plan.agi;
    r.asi_log10_flop = plan.asi;

    for (int m = 0; m < plan.months; ++m) {
        referenceUpdatePartnerships(plan, state, m);
        referenceStepCompute(plan, state, m, events);
        referenceStepTraining(plan, state, m, events);
        referenceStepCapability(plan, state, m);
        referenceRankLabs(plan, state);
        record(plan, state, r, m);
    }
    finish(plan, state, r);
    return r;
}

} // namespace asirace
