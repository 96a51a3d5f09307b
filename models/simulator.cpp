#include "simulator.h"

#include "capabilitystep.h"
#include "computestep.h"
#include "ranking.h"
#include "trainingstep.h"

#include <array>
#include <limits>

namespace asirace {
namespace {

constexpr double kEnded = std::numeric_limits<double>::quiet_NaN();

std::array<std::vector<double> *, 9> seriesOf(LabSeries &lab)
{
    return {&lab.compute_h100e, &lab.training_run_flop, &lab.effective_flop_log10, &lab.goodput,
            &lab.allocation_efficiency, &lab.revenue_usd, &lab.spend_usd, &lab.algorithmic_efficiency_log10,
            &lab.rank};
}

void record(const SimPlan &plan, const SimState &s, SimulationResult &r, int m)
{
    const auto mm = static_cast<size_t>(m);
    for (size_t j = 0; j < plan.labs.size(); ++j) {
        const auto i = static_cast<size_t>(plan.labs[j]);
        auto &lab = r.labs[j];
        const bool ended = s.asiMonth[i] >= 0 && s.asiMonth[i] < m;
        lab.compute_h100e[mm] = ended ? kEnded : s.available[i];
        lab.training_run_flop[mm] = ended ? kEnded : s.bestRunFlop[i];
        lab.effective_flop_log10[mm] = ended ? kEnded : s.kappa[i];
        lab.goodput[mm] = ended ? kEnded : s.goodput[i];
        lab.allocation_efficiency[mm] = ended ? kEnded : s.allocation[i];
        lab.revenue_usd[mm] = ended ? kEnded : s.revenue[i];
        lab.spend_usd[mm] = ended ? kEnded : s.budget[i];
        lab.algorithmic_efficiency_log10[mm] = ended ? kEnded : s.logA[i];
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
        auto &lab = r.labs[static_cast<size_t>(plan.labOf[static_cast<size_t>(s.order[pos])])];
        lab.final_rank = static_cast<int>(pos + 1);
        r.ranking.push_back(lab.name);
    }
    for (size_t j = 0; j < plan.labs.size(); ++j) {
        const auto i = static_cast<size_t>(plan.labs[j]);
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
// no longer changes; only a licensee's capability could, before it arrives).
bool outcomeSettled(const SimPlan &plan, const SimState &state)
{
    int unarrived = 0;
    for (int li : plan.labs) {
        const auto i = static_cast<size_t>(li);
        if (state.asiMonth[i] < 0 && (state.org[i].canArrive || plan.orgs[i].canArrive || ++unarrived > 1))
            return false;
    }
    return true;
}

// One month of the model, in the order docs/MODEL.md gives.
void stepMonth(const SimPlan &plan, SimState &state, int m, SimEvents *events)
{
    applyChanges(plan, state, m);
    updatePartnerships(state, m);
    stepMoney(plan, state, m);
    stepCompute(plan, state, m, events);
    stepTraining(plan, state, m, events);
    updateCapability(plan, state, m);
    advanceAlgorithms(plan, state, m);
}

} // namespace

void prepareResult(const Scenario &scenario, const SimPlan &plan, SimulationResult &r)
{
    const auto months = static_cast<size_t>(plan.months);
    r.months.assign(plan.year.begin(), plan.year.end());
    r.labs.resize(plan.labs.size());
    for (size_t j = 0; j < plan.labs.size(); ++j) {
        const auto &org = scenario.organisations[static_cast<size_t>(plan.labs[j])];
        r.labs[j].name = org.name;
        r.labs[j].colour = org.colour;
        for (auto *series : seriesOf(r.labs[j]))
            series->assign(months, 0.0);
    }
    r.agi_log10_flop = plan.global.agi;
    r.asi_log10_flop = plan.global.asi;
    r.cancelled = false;
}

void runSimulation(const SimPlan &plan, SimState &state, SimulationResult &result, SimEvents *events,
                   const std::atomic<bool> *cancel)
{
    state.prepare(plan);
    result.cancelled = false;
    for (int m = 0; m < plan.months; ++m) {
        if (cancel && (m % 12) == 0 && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        stepMonth(plan, state, m, events);
        rankLabs(plan, state);
        record(plan, state, result, m);
        state.monthsSimulated = m + 1;
    }
    finish(plan, state, result);
}

void runOutcome(const SimPlan &plan, SimState &state, SimEvents *events)
{
    state.prepare(plan);
    for (int m = 0; m < plan.months; ++m) {
        const int arrivalsBefore = state.arrivals;
        stepMonth(plan, state, m, events);
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
