#include "sweep.h"

#include "distributionsampler.h"
#include "fieldpath.h"
#include "montecarlo.h"
#include "simulator.h"
#include "validation.h"

#include <algorithm>
#include <stdexcept>

namespace asirace {

// One worker's scratch: a copy of the base scenario the point's values are
// written into (through field addresses resolved once), and the simulator's
// reusable plan and state.
class Sweep::Worker
{
public:
    Worker(const Scenario &base, const SweepDesign &design, const SweepOptions &options)
        : m_working(base), m_design(design), m_options(options)
    {
        for (const auto &axis : design.axes())
            m_targets.push_back(resolveNumericPath(m_working, axis.path)->value);
    }

    // False when cancelled before the point was finished.
    bool evaluate(std::int64_t index, const std::atomic<bool> *cancel, SweepRow &row)
    {
        m_design.values(index, row.inputs);
        for (std::size_t a = 0; a < m_targets.size(); ++a)
            *m_targets[a] = row.inputs[a];
        row.problem.clear();
        row.winner = -1;
        row.arrival.clear();
        row.pFirst.clear();
        row.pNone = 0;
        // Each value is within its field's range by construction; rules across
        // fields (end_year after start_year, ...) can still fail at a point.
        if (const auto problems = validate(m_working); !problems.empty()) {
            row.problem = problems.front().toString();
            row.point = index;
            return true;
        }
        compilePlan(m_working, m_plan);
        runOutcome(m_plan, m_state);
        for (int org : m_plan.labs) {
            const int month = m_state.asiMonth[static_cast<std::size_t>(org)];
            row.arrival.push_back(month >= 0 ? std::optional<double>(m_plan.year[static_cast<std::size_t>(month)])
                                             : std::nullopt);
        }
        if (!m_state.order.empty() && m_state.asiMonth[static_cast<std::size_t>(m_state.order.front())] >= 0)
            row.winner = m_plan.labOf[static_cast<std::size_t>(m_state.order.front())];
        if (m_options.monteCarloRuns > 0) {
            MonteCarloOptions mc;
            mc.runs = m_options.monteCarloRuns;
            mc.seed = sweepPointSeed(m_options.seed, index);
            ParallelControl one; // points are the parallel unit: one thread each
            one.threads = 1;
            one.cancel = cancel;
            const MonteCarloResult odds = runMonteCarlo(m_working, mc, one);
            if (!odds.complete())
                return false;
            for (const auto &lab : odds.labs)
                row.pFirst.push_back(lab.p_first);
            row.pNone = odds.p_none;
        }
        row.point = index;
        return true;
    }

private:
    Scenario m_working;
    const SweepDesign &m_design;
    SweepOptions m_options;
    std::vector<double *> m_targets;
    SimPlan m_plan;
    SimState m_state;
};

Sweep::Sweep(const Scenario &base, SweepDesign design, SweepOptions options)
    : m_base(base), m_design(std::move(design)), m_options(options)
{
    // The swept inputs are fixed per point, so nothing may draw over them.
    auto &distributions = m_base.distributions;
    distributions.erase(std::remove_if(distributions.begin(), distributions.end(),
                                       [&](const Distribution &d) {
                                           return std::any_of(m_design.axes().begin(), m_design.axes().end(),
                                                              [&](const SweepAxis &a) { return a.path == d.path; });
                                       }),
                        distributions.end());
    if (m_options.monteCarloRuns > 0) {
        if (m_options.monteCarloRuns > kMaxMonteCarloRuns)
            throw std::invalid_argument("Monte Carlo runs per point must be at most " +
                                        std::to_string(kMaxMonteCarloRuns));
        prepareDistributionsOrThrow(m_base); // fail here, not at the first point
    }
    for (const auto &org : m_base.organisations)
        if (org.isLab())
            m_labs.push_back(org.name);
}

Sweep::~Sweep() = default;

std::size_t Sweep::evaluate(const std::vector<std::int64_t> &indices, const ParallelControl &control,
                            std::vector<SweepRow> &rows)
{
    rows.resize(indices.size());
    for (auto &row : rows)
        row.point = -1;
    const int threads = resolveThreadCount(control.threads);
    while (static_cast<int>(m_workers.size()) < threads)
        m_workers.push_back(std::make_unique<Worker>(m_base, m_design, m_options));
    parallelChunks(static_cast<std::int64_t>(indices.size()), 1, control,
                   [&](int worker, std::int64_t begin, std::int64_t end) {
                       for (std::int64_t i = begin; i < end; ++i) {
                           const auto k = static_cast<std::size_t>(i);
                           if (!m_workers[static_cast<std::size_t>(worker)]->evaluate(indices[k], control.cancel,
                                                                                       rows[k]))
                               rows[k].point = -1;
                       }
                   });
    std::size_t done = 0;
    while (done < rows.size() && rows[done].point == indices[done])
        ++done;
    return done;
}

} // namespace asirace
