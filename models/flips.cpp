#include "flips.h"

#include "distributionlookup.h"
#include "distributionsampler.h"
#include "fieldlabel.h"
#include "fieldpath.h"
#include "montecarlo.h"
#include "simulator.h"
#include "validation.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>

namespace asirace {
namespace {

// Where the widening search probes, as shares of the way to the range's bound:
// near values first, so the nearest flip is bracketed by the closest probes.
constexpr std::array kProbeShares{1.0 / 16, 1.0 / 8, 1.0 / 4, 1.0 / 2, 1.0};

using Leader = std::optional<std::string>; // empty: no lab leads

// One input's geometry: its range, and whether it is searched in decades.
// Logarithmic fields are searched as their sliders move: in decades from
// `lo` (the minimum, or six orders of magnitude below the maximum when the
// minimum is 0, and never above a thousandth of the current value) to the
// maximum; the minimum itself is probed last.
struct Axis {
    double value = 0, min = 0, max = 0, lo = 0;
    FieldType type = FieldType::Real;
    bool log = false;

    double to(double x) const { return log ? std::log10(std::max(x, lo)) : x; }
    double from(double s) const { return log ? std::pow(10.0, s) : s; }
    double rangeWidth() const { return to(max) - to(min); }
};

// A value that is not a leader: the probe made the scenario invalid (a start
// year after the end year, say), so --set would refuse it too.
struct Probe {
    bool valid = false;
    Leader leader;
};

// A worker's scratch: a copy of the scenario the probes are written into and
// the simulator's reusable plan and state.
class LeaderProbe
{
public:
    LeaderProbe(const Scenario &scenario, const FlipOptions &options) : m_working(scenario), m_options(options) {}

    // Points the probe at `path` (resolved in the working copy), pinning its
    // distribution for the odds; end() restores both.
    double *begin(const std::string &canonicalPath)
    {
        m_target = resolveNumericPath(m_working, canonicalPath)->value;
        m_saved = *m_target;
        m_pinned.reset();
        if (const auto k = findDistribution(m_working, canonicalPath)) {
            m_pinned = {*k, m_working.distributions[*k].kind};
            m_working.distributions[*k].kind = DistributionKind::Fixed;
        }
        return m_target;
    }
    void end()
    {
        *m_target = m_saved;
        if (m_pinned)
            m_working.distributions[m_pinned->first].kind = m_pinned->second;
    }

    Probe at(double value)
    {
        *m_target = value;
        ++m_evaluations;
        if (!validate(m_working).empty())
            return {};
        return {true, leader()};
    }

    // The leader of the working copy as it is.
    Leader leader()
    {
        if (m_options.leader == FlipLeader::Odds)
            return oddsLeader();
        compilePlan(m_working, m_plan);
        runOutcome(m_plan, m_state);
        if (m_state.order.empty())
            return std::nullopt;
        const auto first = static_cast<std::size_t>(m_state.order.front());
        if (m_state.asiMonth[first] < 0)
            return std::nullopt;
        return m_working.organisations[first].name;
    }

    std::int64_t evaluations() const { return m_evaluations; }

private:
    Leader oddsLeader()
    {
        MonteCarloOptions mc;
        mc.runs = m_options.odds_runs;
        mc.seed = m_options.seed; // the same draws at every probe
        ParallelControl single;
        single.threads = 1; // inputs are already searched in parallel
        const auto result = runMonteCarlo(m_working, mc, single);
        const LabOdds *best = nullptr;
        for (const auto &lab : result.labs)
            if (!best || lab.p_first > best->p_first)
                best = &lab;
        if (!best || best->p_first <= 0)
            return std::nullopt;
        return best->name;
    }

    Scenario m_working;
    const FlipOptions &m_options;
    double *m_target = nullptr;
    double m_saved = 0;
    std::optional<std::pair<std::size_t, DistributionKind>> m_pinned;
    SimPlan m_plan;
    SimState m_state;
    std::int64_t m_evaluations = 0;
};

struct SideResult {
    std::optional<double> flip;
    double inside = 0;
    Leader newLeader;
};

// Bisects between `ok` (keeps `base`) and `flipped` (leader `now`).
SideResult bisect(LeaderProbe &probe, const Axis &axis, const Leader &base, double ok, double flipped, Leader now,
                  double tolerance)
{
    const double stop = tolerance * axis.rangeWidth();
    for (;;) {
        double mid = 0;
        if (axis.type == FieldType::Integer) {
            if (std::fabs(flipped - ok) <= 1)
                break;
            mid = std::round((ok + flipped) / 2);
        } else {
            if (std::fabs(axis.to(flipped) - axis.to(ok)) <= stop)
                break;
            mid = axis.from((axis.to(ok) + axis.to(flipped)) / 2);
        }
        if (mid == ok || mid == flipped)
            break; // no representable value between them
        const Probe p = probe.at(mid);
        if (!p.valid)
            break;
        if (p.leader == base) {
            ok = mid;
        } else {
            flipped = mid;
            now = p.leader;
        }
    }
    return {flipped, ok, now};
}

// The nearest flip from axis.value towards `bound`.
SideResult searchSide(LeaderProbe &probe, const Axis &axis, const Leader &base, double bound, double tolerance)
{
    SideResult none{std::nullopt, axis.value, std::nullopt};
    if (bound == axis.value)
        return none;
    if (axis.type == FieldType::Flag) {
        const Probe p = probe.at(bound);
        if (p.valid && p.leader != base)
            return {bound, axis.value, p.leader};
        return none;
    }
    const double start = axis.to(axis.value), span = axis.to(bound) - start;
    std::vector<double> probes;
    for (double share : kProbeShares)
        probes.push_back(share == 1.0 ? bound : axis.from(start + share * span));
    if (axis.log && bound < axis.lo)
        probes.back() = axis.lo, probes.push_back(bound); // the decades down to lo, then the minimum itself
    double ok = axis.value;
    for (double x : probes) {
        if (axis.type == FieldType::Integer)
            x = std::round(x);
        if (x == ok || (span > 0 ? x <= ok : x >= ok))
            continue; // probe steps smaller than one whole number: the next share moves on
        const Probe p = probe.at(x);
        if (!p.valid)
            break; // values past this one would be refused as well
        if (p.leader != base)
            return bisect(probe, axis, base, ok, x, p.leader, tolerance);
        ok = x;
    }
    none.inside = ok;
    return none;
}

// The p10-p90 width of the input's distribution in the axis's units, or 0.
double distributionWidth(const PreparedInputs &inputs, const std::string &canonicalPath, const Axis &axis)
{
    for (const auto &d : inputs.distributions) {
        const auto parsed = FieldPath::parse(d.path);
        if (!parsed || parsed->text() != canonicalPath || !d.isUncertain())
            continue;
        const double p10 = d.quantile(0.1), p90 = d.quantile(0.9);
        return std::fabs(axis.to(p90) - axis.to(p10));
    }
    return 0;
}

} // namespace

std::optional<FlipReport> findFlips(const Scenario &scenario, const FlipOptions &options,
                                    const ParallelControl &control)
{
    if (options.leader == FlipLeader::Odds && (options.odds_runs < 1 || options.odds_runs > kMaxMonteCarloRuns))
        throw std::invalid_argument("the odds need between 1 and " + std::to_string(kMaxMonteCarloRuns) + " runs per probe");
    if (!(options.tolerance > 0 && options.tolerance < 1))
        throw std::invalid_argument("the bisection tolerance must be in (0, 1)");
    const PreparedInputs inputs = prepareDistributionsOrThrow(scenario);

    std::vector<std::string> paths;
    std::vector<Axis> axes;
    for (const std::string &text : options.paths.empty() ? numericPaths(scenario) : options.paths) {
        FieldPathError error;
        const auto parsed = FieldPath::parse(text);
        const auto ref = resolveNumericPath(scenario, text, &error);
        if (!parsed || !ref)
            throw std::invalid_argument(error.message.empty() ? "'" + text + "' is not an input" : error.message);
        Axis axis;
        axis.value = *ref->value;
        axis.min = ref->min;
        axis.max = ref->max;
        axis.type = ref->type;
        axis.log = ref->logScale && ref->max > 0;
        axis.lo = ref->min > 0 ? ref->min : ref->max * 1e-6;
        if (axis.log && axis.value > 0)
            axis.lo = std::min(axis.lo, axis.value / 1000); // the current value always lies on the axis
        paths.push_back(parsed->text());
        axes.push_back(axis);
    }

    LeaderProbe baseProbe(scenario, options);
    FlipReport report;
    report.leader_kind = options.leader;
    report.odds_runs = options.leader == FlipLeader::Odds ? options.odds_runs : 0;
    report.leader = baseProbe.leader();

    // Two sides per input, each its own item: a side that bisects does not hold up the other.
    const auto items = static_cast<std::int64_t>(2 * paths.size());
    std::vector<SideResult> sides(static_cast<std::size_t>(items));
    std::vector<std::unique_ptr<LeaderProbe>> probes(static_cast<std::size_t>(resolveThreadCount(control.threads)));
    const bool complete = parallelChunks(items, 1, control, [&](int worker, std::int64_t first, std::int64_t last) {
        auto &probe = probes[static_cast<std::size_t>(worker)];
        if (!probe)
            probe = std::make_unique<LeaderProbe>(scenario, options);
        for (std::int64_t item = first; item < last; ++item) {
            const auto k = static_cast<std::size_t>(item / 2);
            const Axis &axis = axes[k];
            probe->begin(paths[k]);
            sides[static_cast<std::size_t>(item)] = searchSide(*probe, axis, report.leader,
                                                               item % 2 == 0 ? axis.min : axis.max, options.tolerance);
            probe->end();
        }
    });
    if (!complete)
        return std::nullopt;
    report.evaluations = 1;
    for (const auto &probe : probes)
        if (probe)
            report.evaluations += probe->evaluations();

    std::vector<Flip> unflipped;
    for (std::size_t k = 0; k < paths.size(); ++k) {
        const Axis &axis = axes[k];
        const double distribution = distributionWidth(inputs, paths[k], axis);
        const double width = distribution > 0 ? distribution : axis.rangeWidth();
        bool any = false;
        for (FlipSide side : {FlipSide::Below, FlipSide::Above}) {
            const SideResult &s = sides[2 * k + (side == FlipSide::Above ? 1 : 0)];
            if (!s.flip)
                continue;
            any = true;
            Flip flip;
            flip.path = paths[k];
            flip.value = axis.value;
            flip.side = side;
            flip.flip_value = s.flip;
            flip.inside_value = s.inside;
            flip.new_winner = s.newLeader;
            flip.width_from_distribution = distribution > 0;
            flip.relative_change = width > 0 ? std::fabs(axis.to(*s.flip) - axis.to(axis.value)) / width : 0;
            report.flips.push_back(std::move(flip));
        }
        if (!any) {
            Flip flip;
            flip.path = paths[k];
            flip.value = axis.value;
            flip.inside_value = axis.value;
            flip.width_from_distribution = distribution > 0;
            flip.relative_change = std::numeric_limits<double>::infinity();
            unflipped.push_back(std::move(flip));
        }
    }
    std::stable_sort(report.flips.begin(), report.flips.end(),
                     [](const Flip &x, const Flip &y) { return x.relative_change < y.relative_change; });
    report.flips.insert(report.flips.end(), unflipped.begin(), unflipped.end());
    return report;
}

namespace {

// 4 significant digits; huge and tiny values as 2.1e26 rather than 2.1e+26.
std::string shortNumber(double value)
{
    char text[32];
    const double magnitude = std::fabs(value);
    if (magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-3)) {
        int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
        double mantissa = value / std::pow(10.0, exponent);
        if (std::fabs(std::round(mantissa * 1000) / 1000) >= 10) {
            mantissa /= 10;
            ++exponent;
        }
        std::snprintf(text, sizeof text, "%.4ge%d", mantissa, exponent);
        return text;
    }
    std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

} // namespace

std::string flipCondition(const Flip &flip, const std::optional<std::string> &leader)
{
    if (!flip.side || !flip.flip_value)
        return {};
    const auto parsed = FieldPath::parse(flip.path);
    std::string label = fieldPathLabel(flip.path);
    if (parsed && leader && parsed->owner == FieldPath::Owner::Organisation && parsed->org == *leader)
        label = "its " + label.substr(leader->size() + 1);
    const std::string unit = fieldPathUnit(flip.path);
    if (unit == "flag")
        return label + (flip.value != 0 ? " stays on" : " stays off");
    const std::string sign = *flip.side == FlipSide::Below ? "\u2265 " : "\u2264 ";
    return label + " " + sign + shortNumber(flip.inside_value) + (unit.empty() ? "" : " " + unit) + " (now " +
           shortNumber(flip.value) + ")";
}

std::string flipHeadline(const FlipReport &report)
{
    if (!report.leader)
        return "No lab reaches ASI while";
    return *report.leader + (report.leader_kind == FlipLeader::Odds ? " stays the favourite while" : " stays first while");
}

} // namespace asirace
