#include "simulator.h"

#include "capabilitystep.h"
#include "computestep.h"
#include "ranking.h"
#include "trainingstep.h"

#include <cstdint>

namespace asirace {
namespace {

void resizeSeries(LabSeries &lab, size_t months)
{
    for (auto *series : {&lab.compute_h100e, &lab.training_run_flop, &lab.effective_flop_log10, &lab.goodput,
                         &lab.allocation_efficiency, &lab.rank})
        series->assign(months, 0.0);
}

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
        r.labs[static_cast<size_t>(plan.labOf[static_cast<size_t>(s.order[pos])])].rank[mm] =
            static_cast<double>(pos + 1);
}

void finish(const SimPlan &plan, const SimState &s, SimulationResult &r)
{
    r.ranking.clear();
    r.winner.reset();
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
        auto &lab = r.labs[j];
        lab.asi_year.reset();
        lab.agi_year.reset();
        if (s.asiMonth[i] >= 0)
            lab.asi_year = plan.year[static_cast<size_t>(s.asiMonth[i])];
        if (s.agiMonth[i] >= 0)
            lab.agi_year = plan.year[static_cast<size_t>(s.agiMonth[i])];
    }
    if (!s.order.empty() && s.asiMonth[static_cast<size_t>(s.order.front())] >= 0)
        r.winner = r.ranking.front();
}

// The ranking can no longer change: every lab has arrived, except at most one
// that never can (it ranks last whatever happens), and labs that arrived in
// the same month are ordered by capabilities that are frozen (a lab past ASI
// no longer trains, so only a licensee's capability could still move).
bool outcomeSettled(const SimPlan &plan, const SimState &state)
{
    int unarrived = 0;
    for (size_t j = 0; j < plan.labs.size(); ++j) {
        const size_t i = static_cast<size_t>(plan.labs[j]);
        const int month = state.asiMonth[i];
        if (month < 0) {
            if (plan.orgs[i].canArrive || ++unarrived > 1)
                return false;
            continue;
        }
        for (size_t k = 0; k < j; ++k) {
            const size_t other = static_cast<size_t>(plan.labs[k]);
            if (state.asiMonth[other] == month && (plan.orgs[i].licensee || plan.orgs[other].licensee))
                return false;
        }
    }
    return true;
}

} // namespace

void prepareResult(const Scenario &scenario, const SimPlan &plan, SimulationResult &r)
{
    const size_t months = static_cast<size_t>(plan.months);
    r.months.assign(plan.year.begin(), plan.year.end());
    r.labs.resize(plan.labs.size());
    for (size_t j = 0; j < plan.labs.size(); ++j) {
        const auto &org = scenario.organisations[static_cast<size_t>(plan.labs[j])];
        r.labs[j].name = org.name;
        r.labs[j].colour = org.colour;
        resizeSeries(r.labs[j], months);
    }
    r.agi_log10_flop = plan.agi;
    r.asi_log10_flop = plan.asi;
    r.cancelled = false;
}

void runSimulation(const SimPlan &plan, SimState &state, SimulationResult &result, SimEvents *events,
                   const std::atomic<bool> *cancel)
{
    state.prepare(plan);
    state.recordSeries = true;
    result.cancelled = false;
    for (int m = 0; m < plan.months; ++m) {
        if (cancel && (m % 12) == 0 && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        if (partnershipsMayChange(plan, state, m))
            updatePartnerships(plan, state, m);
        stepCompute(plan, state, m, events);
        stepTraining(plan, state, m, events);
        stepCapability(plan, state, m);
        rankLabs(plan, state);
        record(plan, state, result, m);
        state.monthsSimulated = m + 1;
    }
    finish(plan, state, result);
}

void runOutcome(const SimPlan &plan, SimState &state, SimEvents *events)
{
    state.prepare(plan);
    state.recordSeries = false;
    for (int m = 0; m < plan.months; ++m) {
        const int arrivalsBefore = state.arrivals;
        if (partnershipsMayChange(plan, state, m))
            updatePartnerships(plan, state, m);
        stepCompute(plan, state, m, events);
        stepTraining(plan, state, m, events);
        stepCapability(plan, state, m);
        state.monthsSimulated = m + 1;
        // Only a month with a new arrival can settle the outcome.
        if (state.arrivals != arrivalsBefore && outcomeSettled(plan, state))
            break;
    }
    // The order is a strict total order of the final state, so sorting once
    // at the end gives what sorting every month would.
    rankLabs(plan, state);
}

SimulationResult simulate(const Scenario &scenario, const std::atomic<bool> *cancel)
{
    // The plan and state are scratch: each thread keeps one pair and reuses
    // its storage, so a slider tick allocates only the result it returns.
    thread_local SimPlan plan;
    thread_local SimState state;
    compilePlan(scenario, plan);
    SimulationResult result;
    prepareResult(scenario, plan, result);
    runSimulation(plan, state, result, nullptr, cancel);
    return result;
}

} // namespace asirace
