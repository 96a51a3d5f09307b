#include "sweepdesign.h"

#include "counterrng.h"
#include "fieldpath.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace asirace {
namespace {

std::vector<std::string> splitOn(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find(separator, start);
        parts.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

// "PATH", "PATH=LO:HI" or "PATH=LO:HI:N" (which forms are allowed is the
// caller's choice). Organisation names may hold '=', so the last one splits.
struct AxisText {
    std::string path;
    std::vector<std::string> range;
};

AxisText splitAxis(std::string_view spec)
{
    const std::size_t eq = spec.rfind('=');
    if (eq == std::string_view::npos)
        return {std::string(spec), {}};
    return {std::string(spec.substr(0, eq)), splitOn(spec.substr(eq + 1), ':')};
}

// Resolves `text` against the scenario and checks LO:HI against the field's
// range. `rangeParts` is how many range parts are required (0 = none given).
std::optional<SweepAxis> makeAxis(const Scenario &scenario, const AxisText &text, std::string_view spec,
                                  std::string &error)
{
    FieldPathError pathError;
    const auto field = resolveNumericPath(scenario, text.path, &pathError);
    if (!field) {
        error = pathError.message;
        return std::nullopt;
    }
    SweepAxis axis;
    axis.path = text.path;
    axis.type = field->type;
    axis.lo = field->min;
    axis.hi = field->max;
    if (text.range.size() >= 2) {
        const auto lo = parseFieldNumber(text.range[0]);
        const auto hi = parseFieldNumber(text.range[1]);
        if (!lo || !hi) {
            error = "'" + std::string(spec) + "': LO and HI must be numbers";
            return std::nullopt;
        }
        axis.lo = *lo;
        axis.hi = *hi;
    }
    if (!(axis.lo <= axis.hi)) {
        error = "'" + std::string(spec) + "': LO must not be above HI";
        return std::nullopt;
    }
    if (axis.lo < field->min || axis.hi > field->max) {
        error = "'" + std::string(spec) + "': " + std::string(field->name) + " must stay within " +
                formatRange(field->min, field->max) + " " + std::string(field->unit);
        return std::nullopt;
    }
    if (axis.type != FieldType::Real) {
        axis.lo = std::ceil(axis.lo);
        axis.hi = std::floor(axis.hi);
        if (axis.lo > axis.hi) {
            error = "'" + std::string(spec) + "': no whole value between LO and HI";
            return std::nullopt;
        }
    }
    axis.logSpacing = field->logScale && axis.lo > 0 && axis.type == FieldType::Real;
    return axis;
}

bool checkDistinct(const std::vector<SweepAxis> &axes, std::string &error)
{
    std::set<std::string> seen;
    for (const auto &axis : axes) {
        if (!seen.insert(axis.path).second) {
            error = axis.path + " is swept twice";
            return false;
        }
    }
    if (axes.empty()) {
        error = "a sweep needs at least one input";
        return false;
    }
    return true;
}

std::string pointLimitError(std::int64_t points)
{
    return "the design has " + std::to_string(points) + " points; at most " + std::to_string(kMaxSweepPoints) +
           " are allowed";
}

} // namespace

double SweepAxis::gridValue(double fraction) const
{
    if (fraction >= 1)
        return hi;
    double value = logSpacing ? std::pow(10.0, std::log10(lo) + fraction * (std::log10(hi) - std::log10(lo)))
                              : lo + fraction * (hi - lo);
    if (type != FieldType::Real)
        value = std::round(value);
    return std::clamp(value, lo, hi);
}

double SweepAxis::stratifiedValue(double fraction) const
{
    if (type != FieldType::Real)
        return std::min(hi, std::floor(lo + fraction * (hi - lo + 1)));
    return gridValue(fraction);
}

std::optional<SweepDesign> SweepDesign::grid(const Scenario &scenario, const std::vector<std::string> &axes,
                                             std::string &error)
{
    SweepDesign design;
    design.m_kind = SweepKind::Grid;
    design.m_points = 1;
    for (const auto &spec : axes) {
        const AxisText text = splitAxis(spec);
        if (text.range.size() != 3) {
            error = "--grid '" + spec + "' must have the form PATH=LO:HI:N";
            return std::nullopt;
        }
        auto axis = makeAxis(scenario, text, spec, error);
        if (!axis)
            return std::nullopt;
        const auto steps = parseFieldNumber(text.range[2]);
        if (!steps || *steps != std::floor(*steps) || *steps < 1 || *steps > kMaxSweepPoints) {
            error = "--grid '" + spec + "': N must be a whole number of values, at least 1";
            return std::nullopt;
        }
        if (*steps == 1 && axis->lo != axis->hi) {
            error = "--grid '" + spec + "': one value needs LO equal to HI";
            return std::nullopt;
        }
        axis->steps = static_cast<int>(*steps);
        if (design.m_points > kMaxSweepPoints / axis->steps) {
            error = pointLimitError(design.m_points * axis->steps);
            return std::nullopt;
        }
        design.m_points *= axis->steps;
        design.m_axes.push_back(*axis);
    }
    if (!checkDistinct(design.m_axes, error))
        return std::nullopt;
    return design;
}

std::optional<SweepDesign> SweepDesign::latinHypercube(const Scenario &scenario, std::int64_t points,
                                                       const std::vector<std::string> &vary, std::uint64_t seed,
                                                       std::string &error)
{
    if (points < 1 || points > kMaxSweepPoints) {
        error = "--lhs N must be in [1, " + std::to_string(kMaxSweepPoints) + "]";
        return std::nullopt;
    }
    SweepDesign design;
    design.m_kind = SweepKind::LatinHypercube;
    design.m_points = points;
    design.m_seed = seed;
    for (const auto &spec : vary) {
        const AxisText text = splitAxis(spec);
        if (!text.range.empty() && text.range.size() != 2) {
            error = "--vary '" + spec + "' must have the form PATH or PATH=LO:HI";
            return std::nullopt;
        }
        auto axis = makeAxis(scenario, text, spec, error);
        if (!axis)
            return std::nullopt;
        design.m_axes.push_back(*axis);
    }
    if (!checkDistinct(design.m_axes, error))
        return std::nullopt;
    // One random permutation of the strata per axis (Fisher-Yates, each swap
    // drawn from the axis's own counter stream): every stratum of every axis
    // holds exactly one point.
    for (std::size_t a = 0; a < design.m_axes.size(); ++a) {
        std::vector<std::uint32_t> strata(static_cast<std::size_t>(points));
        std::iota(strata.begin(), strata.end(), 0u);
        const RunRandom random(seed, a);
        for (std::size_t k = strata.size(); k > 1; --k) {
            const std::size_t j = random.bits(RandomStream::LatinPermutation, k) % k;
            std::swap(strata[k - 1], strata[j]);
        }
        design.m_strata.push_back(std::move(strata));
    }
    return design;
}

void SweepDesign::values(std::int64_t index, std::vector<double> &out) const
{
    out.resize(m_axes.size());
    if (m_kind == SweepKind::Grid) {
        // Mixed radix, the last axis varying fastest.
        std::int64_t rest = index;
        for (std::size_t a = m_axes.size(); a-- > 0;) {
            const SweepAxis &axis = m_axes[a];
            const std::int64_t k = rest % axis.steps;
            rest /= axis.steps;
            out[a] = axis.steps == 1 ? axis.lo : axis.gridValue(static_cast<double>(k) / (axis.steps - 1));
        }
        return;
    }
    const RunRandom random(m_seed, static_cast<std::uint64_t>(index));
    const auto n = static_cast<double>(m_points);
    for (std::size_t a = 0; a < m_axes.size(); ++a) {
        const double stratum = m_strata[a][static_cast<std::size_t>(index)];
        out[a] = m_axes[a].stratifiedValue((stratum + random.uniform(RandomStream::LatinJitter, a)) / n);
    }
}

std::string SweepDesign::describe() const
{
    std::string text = m_kind == SweepKind::Grid ? "grid" : "lhs " + std::to_string(m_points) + " seed " +
                                                               std::to_string(m_seed);
    for (const auto &axis : m_axes) {
        text += "; " + axis.path + "=" + formatValue(axis.lo) + ":" + formatValue(axis.hi);
        if (m_kind == SweepKind::Grid)
            text += ":" + std::to_string(axis.steps);
    }
    return text;
}

std::uint64_t sweepPointSeed(std::uint64_t seed, std::int64_t index)
{
    return RunRandom(seed, static_cast<std::uint64_t>(index)).bits(RandomStream::SweepPointSeed, 0);
}

} // namespace asirace
