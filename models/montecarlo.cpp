#include "montecarlo.h"

#include "distributionsampler.h"
#include "montecarloengine.h"
#include "runbatch.h"
#include "simulator.h"

#include <array>
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

// One run's scratch: a scenario copy the draws are written into, and the
// simulator's reusable plan and state.
struct RunScratch {
    Scenario working;
    std::vector<double *> targets;
    SimPlan plan;
    SimState state;
    SampledEvents events;
};

// One worker's kernel. Runs use runOutcome(): no series are recorded and a
// run stops once its ranking can no longer change. A batch of runs is
// stepped together, one run per vector lane (runbatch.h), whenever their
// plans have the same shape.
static_assert(kRunsPerBatch <= kBatchRuns, "a worker never hands the kernel more runs than it has lanes");

class SimulationKernel final : public RunKernel
{
public:
    SimulationKernel(const Scenario &scenario, const PreparedInputs &inputs, const MonteCarloOptions &options)
        : m_inputs(inputs), m_options(options)
    {
        for (auto &r : m_runs) {
            r.working = scenario;
            r.targets = bindTargets(r.working, m_inputs);
        }
    }

    void run(std::uint64_t runIndex, RunOutcome &out) override { runBatch(runIndex, 1, &out); }

    void runBatch(std::uint64_t first, int count, RunOutcome *out) override
    {
        const SimPlan *plans[kBatchRuns];
        SimState *states[kBatchRuns];
        SimEvents *events[kBatchRuns];
        for (int k = 0; k < count; ++k) {
            auto &r = m_runs[static_cast<std::size_t>(k)];
            events[k] = prepare(r, first + static_cast<std::uint64_t>(k));
            plans[k] = &r.plan;
            states[k] = &r.state;
        }
        if (count > 1 && canRunTogether(plans, count))
            runOutcomesTogether(plans, states, events, count);
        else
            for (int k = 0; k < count; ++k)
                runOutcome(*plans[k], *states[k], events[k]);
        for (int k = 0; k < count; ++k)
            collect(m_runs[static_cast<std::size_t>(k)], out[k]);
    }

private:
    // Draws run `runIndex`'s inputs into the scratch and compiles them; returns its events.
    SimEvents *prepare(RunScratch &r, std::uint64_t runIndex)
    {
        const RunRandom random(m_options.seed, runIndex);
        applyDraws(m_inputs, r.targets, random, &r.working.events);
        compilePlan(r.working, r.plan);
        if (m_options.events != EventMode::Sampled)
            return nullptr; // expected values
        r.events.setRun(random);
        return &r.events;
    }

    static void collect(const RunScratch &r, RunOutcome &out)
    {
        for (std::size_t j = 0; j < r.plan.labs.size(); ++j)
            out.arrivalMonth[j] = r.state.asiMonth[static_cast<std::size_t>(r.plan.labs[j])];
        for (std::size_t pos = 0; pos < r.state.order.size(); ++pos) {
            const auto org = static_cast<std::size_t>(r.state.order[pos]);
            out.finalRank[static_cast<std::size_t>(r.plan.labOf[org])] = static_cast<int>(pos + 1);
        }
        if (!r.state.order.empty() && r.state.asiMonth[static_cast<std::size_t>(r.state.order.front())] >= 0)
            out.winner = r.plan.labOf[static_cast<std::size_t>(r.state.order.front())];
    }

    const PreparedInputs &m_inputs;
    MonteCarloOptions m_options;
    std::array<RunScratch, kBatchRuns> m_runs;
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
