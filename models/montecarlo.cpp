#include "montecarlo.h"

#include "distributionsampler.h"
#include "montecarloengine.h"
#include "simulator.h"

#include <stdexcept>
#include <string>

namespace asirace {
namespace {

// Stochastic events drawn from the run's own counter-based streams: whether a
// bug hits a given training run of a lab, whether the ROFR holder declines in
// a given month. Indices are fixed by (lab, run number) and (partnership,
// month), never by call order.
class SampledEvents final : public SimEvents
{
public:
    void setRun(const RunRandom &random) { m_random = random; }

    double bugLoss(int org, int runIndex, double probability, double lostShare) override
    {
        const auto index = static_cast<std::uint64_t>(org) * 4096 + static_cast<std::uint64_t>(runIndex);
        return m_random.uniform(RandomStream::FrameworkBug, index) < probability ? lostShare : 0.0;
    }
    double rofrDeclined(int partnership, int month, double probability) override
    {
        const auto index = static_cast<std::uint64_t>(partnership) * 4096 + static_cast<std::uint64_t>(month);
        return m_random.uniform(RandomStream::RofrDecline, index) < probability ? 1.0 : 0.0;
    }

private:
    RunRandom m_random{0, 0};
};

// One worker's scratch: a scenario copy the draws are written into, and the
// simulator's reusable plan and state. Runs use runOutcome(): no series are
// recorded and a run stops once its ranking can no longer change.
class SimulationKernel final : public RunKernel
{
public:
    SimulationKernel(const Scenario &scenario, const PreparedInputs &inputs, const MonteCarloOptions &options)
        : m_working(scenario), m_inputs(inputs), m_options(options)
    {
        m_targets = bindTargets(m_working, m_inputs);
    }

    void run(std::uint64_t runIndex, RunOutcome &out) override
    {
        const RunRandom random(m_options.seed, runIndex);
        applyDraws(m_inputs, m_targets, random, &m_working.events);
        compilePlan(m_working, m_plan);
        SimEvents *events = nullptr; // expected values
        if (m_options.events == EventMode::Sampled) {
            m_events.setRun(random);
            events = &m_events;
        }
        runOutcome(m_plan, m_state, events);
        for (std::size_t j = 0; j < m_plan.labs.size(); ++j)
            out.arrivalMonth[j] = m_state.asiMonth[static_cast<std::size_t>(m_plan.labs[j])];
        for (std::size_t pos = 0; pos < m_state.order.size(); ++pos) {
            const auto org = static_cast<std::size_t>(m_state.order[pos]);
            out.finalRank[static_cast<std::size_t>(m_plan.labOf[org])] = static_cast<int>(pos + 1);
        }
        if (!m_state.order.empty() && m_state.asiMonth[static_cast<std::size_t>(m_state.order.front())] >= 0)
            out.winner = m_plan.labOf[static_cast<std::size_t>(m_state.order.front())];
    }

private:
    Scenario m_working;
    const PreparedInputs &m_inputs;
    MonteCarloOptions m_options;
    std::vector<double *> m_targets;
    SimPlan m_plan;
    SimState m_state;
    SampledEvents m_events;
};

struct Setup {
    PreparedInputs inputs;
    SimPlan plan; // of the scenario as given: labs, months
    std::vector<std::string> names, colours;
    TallyJob job;
};

void checkRuns(std::int64_t runs)
{
    if (runs < 1 || runs > kMaxMonteCarloRuns)
        throw std::invalid_argument("Monte Carlo runs must be in [1, " + std::to_string(kMaxMonteCarloRuns) +
                                    "], got " + std::to_string(runs));
}

std::unique_ptr<Setup> makeSetup(const Scenario &scenario, const MonteCarloOptions &options)
{
    checkRuns(options.runs);
    auto setup = std::make_unique<Setup>();
    setup->inputs = prepareDistributionsOrThrow(scenario);
    compilePlan(scenario, setup->plan);
    for (int i : setup->plan.labs) {
        setup->names.push_back(scenario.organisations[static_cast<std::size_t>(i)].name);
        setup->colours.push_back(scenario.organisations[static_cast<std::size_t>(i)].colour);
    }
    const Setup *raw = setup.get();
    setup->job = TallyJob{static_cast<int>(setup->plan.labs.size()), setup->plan.months,
                          [raw, &scenario, options] {
                              return std::make_unique<SimulationKernel>(scenario, raw->inputs, options);
                          }};
    return setup;
}

MonteCarloResult summarizeFor(const Setup &setup, const MonteCarloTally &tally, const MonteCarloOptions &options)
{
    return summarize(tally, setup.names, setup.colours, setup.plan.year, options.seed, options.runs);
}

} // namespace

MonteCarloResult runMonteCarlo(const Scenario &scenario, const MonteCarloOptions &options,
                               const ParallelControl &control)
{
    auto setup = makeSetup(scenario, options);
    MonteCarloTally tally(setup->job.labs, setup->job.months);
    tallyRuns(setup->job, 0, options.runs, control, tally); // cancelled: tally stays empty
    return summarizeFor(*setup, tally, options);
}

std::vector<std::string> visitMonteCarloRuns(const Scenario &scenario, const MonteCarloOptions &options,
                                             const std::function<void(std::int64_t, const RunOutcome &)> &visit)
{
    auto setup = makeSetup(scenario, options);
    auto kernel = setup->job.makeKernel();
    RunOutcome outcome;
    for (std::int64_t run = 0; run < options.runs; ++run) {
        outcome.reset(setup->job.labs);
        kernel->run(static_cast<std::uint64_t>(run), outcome);
        visit(run, outcome);
    }
    return setup->names;
}

MonteCarloResult runMonteCarloProgressive(const Scenario &scenario, const MonteCarloOptions &options,
                                          std::int64_t firstBatch, const ParallelControl &control,
                                          const std::function<bool(const MonteCarloResult &)> &onBatch)
{
    auto setup = makeSetup(scenario, options);
    MonteCarloTally tally(setup->job.labs, setup->job.months);
    tallyProgressively(setup->job, options.runs, firstBatch, control,
                       [&](const MonteCarloTally &soFar) {
                           return !onBatch || onBatch(summarizeFor(*setup, soFar, options));
                       },
                       tally);
    return summarizeFor(*setup, tally, options);
}

} // namespace asirace
