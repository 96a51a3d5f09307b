#include "sensitivity.h"

#include "distributionsampler.h"
#include "montecarlo.h"
#include "simulator.h"
#include "sobolindices.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace asirace {
namespace {

constexpr std::string_view kPFirst = "p_first:";
constexpr std::string_view kMedianArrival = "median_arrival:";
constexpr std::string_view kWinnerArrival = "winner_arrival";

// One output value; arrivals beyond the horizon are the first month after it.
struct Value {
    double value = 0;
    bool beyondHorizon = false;
};

// The arrival month a deterministic run gives the output (-1: none by the
// horizon): the lab's own, or the first of any lab's for the winner's.
int arrivalMonth(const SimPlan &plan, const SimState &state, SensitivityMetric metric, int lab)
{
    if (metric == SensitivityMetric::MedianArrival)
        return state.asiMonth[static_cast<std::size_t>(plan.labs[static_cast<std::size_t>(lab)])];
    int month = -1;
    for (int i : plan.labs) {
        const int arrival = state.asiMonth[static_cast<std::size_t>(i)];
        if (arrival >= 0 && (month < 0 || arrival < month))
            month = arrival;
    }
    return month;
}

// A worker's scratch for the evaluations: a copy of the scenario the swings
// are written into, and the simulator's reusable plan and state.
class Evaluator
{
public:
    Evaluator(const Scenario &scenario, const PreparedInputs &inputs, const std::vector<std::size_t> &uncertain,
              const SensitivityOutput &output, const SensitivityOptions &options, int lab)
        : m_working(scenario), m_inputs(inputs), m_uncertain(uncertain), m_output(output), m_options(options),
          m_lab(lab)
    {
        m_targets = bindTargets(m_working, m_inputs);
        if (!m_options.sample_others)
            m_working.distributions.clear(); // pinned values only: nothing is sampled
        compilePlan(m_working, m_plan);
        m_horizon = m_plan.startYear + m_plan.months / 12.0;
    }

    // Evaluation 0: the base; 2k+1 / 2k+2: uncertain input k at its low / high quantile.
    Value evaluate(std::int64_t index)
    {
        std::size_t swung = m_inputs.distributions.size();
        double p = 0.5;
        if (index > 0) {
            swung = m_uncertain[static_cast<std::size_t>((index - 1) / 2)];
            p = index % 2 == 1 ? m_options.low_quantile : m_options.high_quantile;
        }
        if (m_options.sample_others)
            return sampled(swung, p);
        for (std::size_t k : m_uncertain)
            *m_targets[k] = m_inputs.distributions[k].quantile(0.5);
        if (swung < m_inputs.distributions.size())
            *m_targets[swung] = m_inputs.distributions[swung].quantile(p);
        if (m_output.metric == SensitivityMetric::PFirst) {
            MonteCarloOptions mc;
            mc.runs = m_options.runs_per_point;
            mc.seed = m_options.seed; // the same event draws for every swing
            ParallelControl single;
            single.threads = 1; // evaluations already run in parallel
            const auto result = runMonteCarlo(m_working, mc, single);
            return {result.labs[static_cast<std::size_t>(m_lab)].p_first, false};
        }
        compilePlan(m_working, m_plan);
        runOutcome(m_plan, m_state); // arrival months are all these outputs need
        const int month = arrivalMonth(m_plan, m_state, m_output.metric, m_lab);
        if (month < 0)
            return {m_horizon, true};
        return {m_plan.year[static_cast<std::size_t>(month)], false};
    }

private:
    // The other inputs keep their distributions: a Monte Carlo with the swung
    // input fixed (base: nothing fixed), the same seed for every swing.
    // Fixing keeps every distribution's position, so the other inputs get the
    // same draws in every swing and an input the race ignores moves nothing.
    Value sampled(std::size_t swung, double p)
    {
        for (std::size_t k = 0; k < m_inputs.distributions.size(); ++k) {
            const auto &d = m_inputs.distributions[k];
            m_working.distributions[d.index].kind = k == swung ? DistributionKind::Fixed : d.kind;
            *m_targets[k] = d.base;
        }
        if (swung < m_inputs.distributions.size())
            *m_targets[swung] = m_inputs.distributions[swung].quantile(p);
        MonteCarloOptions mc;
        mc.runs = m_options.runs_per_point;
        mc.seed = m_options.seed;
        ParallelControl single;
        single.threads = 1; // evaluations already run in parallel
        const auto result = runMonteCarlo(m_working, mc, single);
        std::optional<double> year;
        switch (m_output.metric) {
        case SensitivityMetric::PFirst:
            return {result.labs[static_cast<std::size_t>(m_lab)].p_first, false};
        case SensitivityMetric::MedianArrival:
            year = result.labs[static_cast<std::size_t>(m_lab)].arrival.p50;
            break;
        case SensitivityMetric::WinnerArrival:
            year = result.first_arrival.p50;
            break;
        }
        return year ? Value{*year, false} : Value{m_horizon, true};
    }

    double m_horizon = 0;
    Scenario m_working;
    const PreparedInputs &m_inputs;
    const std::vector<std::size_t> &m_uncertain;
    SensitivityOutput m_output;
    SensitivityOptions m_options;
    int m_lab;
    std::vector<double *> m_targets;
    SimPlan m_plan;
    SimState m_state;
};

// The output of one deterministic run (events at expected values) with every
// uncertain input at the quantile its uniform draw gives: the model the
// first-order indices decompose.
class UniformOutcome
{
public:
    UniformOutcome(const Scenario &scenario, const PreparedInputs &inputs, const std::vector<std::size_t> &uncertain,
                   const SensitivityOutput &output, int lab)
        : m_working(scenario), m_inputs(inputs), m_uncertain(uncertain), m_output(output), m_lab(lab)
    {
        m_targets = bindTargets(m_working, m_inputs);
        m_working.distributions.clear();
        for (std::size_t k = 0; k < m_inputs.distributions.size(); ++k)
            *m_targets[k] = m_inputs.distributions[k].quantile(0.5); // fixed kinds: their value
        compilePlan(m_working, m_plan);
        m_horizon = m_plan.startYear + m_plan.months / 12.0;
    }

    double operator()(const std::vector<double> &u)
    {
        for (std::size_t i = 0; i < m_uncertain.size(); ++i)
            *m_targets[m_uncertain[i]] = m_inputs.distributions[m_uncertain[i]].quantile(u[i]);
        compilePlan(m_working, m_plan);
        runOutcome(m_plan, m_state);
        if (m_output.metric == SensitivityMetric::PFirst) {
            if (m_state.order.empty())
                return 0;
            const auto first = static_cast<std::size_t>(m_state.order.front());
            const auto lab = static_cast<std::size_t>(m_plan.labs[static_cast<std::size_t>(m_lab)]);
            return first == lab && m_state.asiMonth[first] >= 0 ? 1 : 0;
        }
        const int month = arrivalMonth(m_plan, m_state, m_output.metric, m_lab);
        return month < 0 ? m_horizon : m_plan.year[static_cast<std::size_t>(month)];
    }

private:
    Scenario m_working;
    const PreparedInputs &m_inputs;
    const std::vector<std::size_t> &m_uncertain;
    SensitivityOutput m_output;
    int m_lab;
    double m_horizon = 0;
    std::vector<double *> m_targets;
    SimPlan m_plan;
    SimState m_state;
};

std::optional<SensitivityResult> firstOrderSensitivity(const Scenario &scenario, const PreparedInputs &inputs,
                                                       const std::vector<std::size_t> &uncertain,
                                                       const SensitivityOutput &output,
                                                       const SensitivityOptions &options, int lab,
                                                       const ParallelControl &control)
{
    const auto indices = firstOrderIndices(
        uncertain.size(), options.samples, options.seed,
        [&]() -> UniformModel {
            auto model = std::make_shared<UniformOutcome>(scenario, inputs, uncertain, output, lab);
            return [model](const std::vector<double> &u) { return (*model)(u); };
        },
        control);
    if (!indices)
        return std::nullopt;
    SensitivityResult result;
    result.output = output;
    result.method = SensitivityMethod::FirstOrder;
    result.samples = indices->samples;
    result.base = indices->mean;
    result.output_variance = indices->variance;
    for (std::size_t u = 0; u < uncertain.size(); ++u) {
        const auto &d = inputs.distributions[uncertain[u]];
        SensitivityRow row;
        row.path = d.path;
        row.input_low = d.quantile(options.low_quantile);
        row.input_median = d.quantile(0.5);
        row.input_high = d.quantile(options.high_quantile);
        row.first_order = indices->inputs[u].index;
        row.first_order_stderr = indices->inputs[u].standard_error;
        result.rows.push_back(std::move(row));
    }
    std::stable_sort(result.rows.begin(), result.rows.end(), [](const SensitivityRow &x, const SensitivityRow &y) {
        if (x.first_order != y.first_order)
            return x.first_order > y.first_order;
        return x.path < y.path;
    });
    return result;
}

} // namespace

std::string SensitivityOutput::text() const
{
    switch (metric) {
    case SensitivityMetric::PFirst:
        return std::string(kPFirst) + lab;
    case SensitivityMetric::MedianArrival:
        return std::string(kMedianArrival) + lab;
    case SensitivityMetric::WinnerArrival:
        break;
    }
    return std::string(kWinnerArrival);
}

std::string SensitivityOutput::unit() const
{
    return metric == SensitivityMetric::PFirst ? "probability" : "year";
}

std::optional<SensitivityOutput> SensitivityOutput::parse(std::string_view text, std::string *error)
{
    SensitivityOutput out;
    if (text == kWinnerArrival) {
        out.metric = SensitivityMetric::WinnerArrival;
        return out;
    }
    for (auto [prefix, metric] : {std::pair{kPFirst, SensitivityMetric::PFirst},
                                  std::pair{kMedianArrival, SensitivityMetric::MedianArrival}}) {
        if (text.substr(0, prefix.size()) == prefix && text.size() > prefix.size()) {
            out.metric = metric;
            out.lab = std::string(text.substr(prefix.size()));
            return out;
        }
    }
    if (error)
        *error = "'" + std::string(text) + "' is not an output (expected p_first:LAB, median_arrival:LAB or winner_arrival)";
    return std::nullopt;
}

std::string SensitivityOutput::label() const
{
    switch (metric) {
    case SensitivityMetric::PFirst:
        return "P(" + lab + " first)";
    case SensitivityMetric::MedianArrival:
        return lab + " arrival year";
    case SensitivityMetric::WinnerArrival:
        break;
    }
    return "Winner's arrival year";
}

double SensitivityRow::effect() const
{
    return std::abs(output_high - output_low);
}

std::optional<SensitivityResult> runSensitivity(const Scenario &scenario, const SensitivityOutput &output,
                                                const SensitivityOptions &options, const ParallelControl &control)
{
    if (!(options.low_quantile > 0 && options.low_quantile < options.high_quantile && options.high_quantile < 1))
        throw std::invalid_argument("sensitivity quantiles must satisfy 0 < low < high < 1");
    if (output.metric == SensitivityMetric::PFirst && options.runs_per_point < 1)
        throw std::invalid_argument("sensitivity needs at least one Monte Carlo run per point");
    const PreparedInputs inputs = prepareDistributionsOrThrow(scenario);

    int lab = -1;
    if (output.metric != SensitivityMetric::WinnerArrival) {
        int j = 0;
        for (const auto &org : scenario.organisations) {
            if (!org.isLab())
                continue;
            if (org.name == output.lab)
                lab = j;
            ++j;
        }
        if (lab < 0)
            throw std::invalid_argument(output.text() + ": '" + output.lab + "' is not a racing lab of the scenario");
    }

    std::vector<std::size_t> uncertain;
    for (std::size_t k = 0; k < inputs.distributions.size(); ++k)
        if (inputs.distributions[k].isUncertain())
            uncertain.push_back(k);

    if (options.method == SensitivityMethod::FirstOrder)
        return firstOrderSensitivity(scenario, inputs, uncertain, output, options, lab, control);

    const auto evaluations = static_cast<std::int64_t>(1 + 2 * uncertain.size());
    std::vector<Value> values(static_cast<std::size_t>(evaluations));
    std::vector<std::unique_ptr<Evaluator>> evaluators(static_cast<std::size_t>(resolveThreadCount(control.threads)));
    const bool complete = parallelChunks(evaluations, 1, control, [&](int worker, std::int64_t begin, std::int64_t end) {
        auto &evaluator = evaluators[static_cast<std::size_t>(worker)];
        if (!evaluator)
            evaluator = std::make_unique<Evaluator>(scenario, inputs, uncertain, output, options, lab);
        for (std::int64_t e = begin; e < end; ++e)
            values[static_cast<std::size_t>(e)] = evaluator->evaluate(e);
    });
    if (!complete)
        return std::nullopt;

    SensitivityResult result;
    result.output = output;
    result.base = values[0].value;
    result.base_beyond_horizon = values[0].beyondHorizon;
    result.runs_per_point =
        output.metric == SensitivityMetric::PFirst || options.sample_others ? options.runs_per_point : 0;
    result.sample_others = options.sample_others;
    for (std::size_t u = 0; u < uncertain.size(); ++u) {
        const auto &d = inputs.distributions[uncertain[u]];
        SensitivityRow row;
        row.path = d.path;
        row.input_low = d.quantile(options.low_quantile);
        row.input_median = d.quantile(0.5);
        row.input_high = d.quantile(options.high_quantile);
        const Value &low = values[1 + 2 * u];
        const Value &high = values[2 + 2 * u];
        row.output_low = low.value;
        row.output_high = high.value;
        row.low_beyond_horizon = low.beyondHorizon;
        row.high_beyond_horizon = high.beyondHorizon;
        result.rows.push_back(std::move(row));
    }
    std::stable_sort(result.rows.begin(), result.rows.end(), [](const SensitivityRow &x, const SensitivityRow &y) {
        if (x.effect() != y.effect())
            return x.effect() > y.effect();
        return x.path < y.path;
    });
    return result;
}

} // namespace asirace
