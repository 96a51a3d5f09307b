#include "distributionsampler.h"

#include "fieldpath.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

namespace asirace {
namespace {

// Acklam (2003), "An algorithm for computing the inverse normal cumulative
// distribution function": relative error < 1.15e-9 before refinement.
constexpr double kA[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                         1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
constexpr double kB[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                         6.680131188771972e+01,  -1.328068155288572e+01};
constexpr double kC[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                         -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
constexpr double kD[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                         3.754408661907416e+00};
constexpr double kLowTail = 0.02425;

double acklam(double p)
{
    if (p < kLowTail) {
        const double q = std::sqrt(-2 * std::log(p));
        return (((((kC[0] * q + kC[1]) * q + kC[2]) * q + kC[3]) * q + kC[4]) * q + kC[5]) /
               ((((kD[0] * q + kD[1]) * q + kD[2]) * q + kD[3]) * q + 1);
    }
    if (p > 1 - kLowTail) {
        const double q = std::sqrt(-2 * std::log1p(-p));
        return -(((((kC[0] * q + kC[1]) * q + kC[2]) * q + kC[3]) * q + kC[4]) * q + kC[5]) /
               ((((kD[0] * q + kD[1]) * q + kD[2]) * q + kD[3]) * q + 1);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((kA[0] * r + kA[1]) * r + kA[2]) * r + kA[3]) * r + kA[4]) * r + kA[5]) * q /
           (((((kB[0] * r + kB[1]) * r + kB[2]) * r + kB[3]) * r + kB[4]) * r + 1);
}

double clampToField(double value, double lo, double hi, FieldType type)
{
    value = std::clamp(value, lo, hi);
    switch (type) {
    case FieldType::Integer:
        return std::clamp(std::round(value), std::ceil(lo), std::floor(hi));
    case FieldType::Flag:
        return std::clamp(value >= 0.5 ? 1.0 : 0.0, lo, hi);
    case FieldType::Real:
        break;
    }
    return value;
}

} // namespace

double normalQuantile(double p)
{
    if (!(p > 0))
        return -INFINITY;
    if (!(p < 1))
        return INFINITY;
    const double x = acklam(p);
    // One Halley step against the exact CDF brings the error to rounding level.
    const double e = 0.5 * std::erfc(-x / std::numbers::sqrt2) - p;
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double PreparedDistribution::quantile(double p) const
{
    double raw = base;
    switch (kind) {
    case DistributionKind::Fixed:
        return base;
    case DistributionKind::Normal:
        raw = a + b * normalQuantile(p);
        break;
    case DistributionKind::Lognormal:
        raw = a * std::exp(b * normalQuantile(p));
        break;
    case DistributionKind::Uniform:
        raw = a + (b - a) * p;
        break;
    case DistributionKind::Triangular: {
        // Inverse CDF of the triangle low a, mode b, high c.
        const double width = c - a;
        if (width <= 0) {
            raw = a;
            break;
        }
        const double split = (b - a) / width;
        raw = p < split ? a + std::sqrt(p * width * (b - a)) : c - std::sqrt((1 - p) * width * (c - b));
        break;
    }
    }
    return clampToField(raw, lo, hi, type);
}

double normalCdf(double z) { return 0.5 * std::erfc(-z / std::numbers::sqrt2); }

double PreparedDistribution::atScore(double z) const
{
    switch (kind) {
    case DistributionKind::Fixed:
        return base;
    case DistributionKind::Normal:
        return clampToField(a + b * z, lo, hi, type);
    case DistributionKind::Lognormal:
        return clampToField(a * std::exp(b * z), lo, hi, type);
    case DistributionKind::Uniform:
    case DistributionKind::Triangular:
        break;
    }
    return quantile(std::clamp(normalCdf(z), 1e-300, 1 - 0x1.0p-53));
}

double PreparedDistribution::eventValue(double scheduled, double drawn) const
{
    const double moved = kind == DistributionKind::Lognormal && base > 0 ? scheduled * (drawn / base)
                                                                         : scheduled + (drawn - base);
    return clampToField(moved, fieldMin, fieldMax, type);
}

bool PreparedDistribution::isUncertain() const
{
    if (kind == DistributionKind::Fixed)
        return false;
    return quantile(0.001) != quantile(0.999);
}

PreparedInputs prepareDistributions(const Scenario &scenario)
{
    PreparedInputs out;
    Scenario probe = scenario; // resolving needs a mutable scenario
    for (std::size_t i = 0; i < scenario.distributions.size(); ++i) {
        const Distribution &d = scenario.distributions[i];
        FieldPathError error;
        auto ref = resolveNumericPath(probe, d.path, &error);
        if (!ref) {
            out.errors.push_back(error.message);
            continue;
        }
        PreparedDistribution p;
        p.index = i;
        p.path = d.path;
        p.kind = d.isPinned() ? DistributionKind::Fixed : d.kind;
        p.a = d.a;
        p.b = d.b;
        p.c = d.c;
        p.type = ref->type;
        p.base = *ref->value;
        p.fieldMin = ref->min;
        p.fieldMax = ref->max;
        // lower == upper (both 0 when a file leaves them out) means "no bounds of
        // its own": only the field's declared range applies.
        const bool ownBounds = d.lower < d.upper;
        p.lo = ownBounds ? std::max(d.lower, ref->min) : ref->min;
        p.hi = ownBounds ? std::min(d.upper, ref->max) : ref->max;
        if (p.lo > p.hi) {
            out.errors.push_back(d.path + ": bounds [" + formatValue(d.lower) + ", " + formatValue(d.upper) +
                                 "] lie outside the field's range " + formatRange(ref->min, ref->max));
            continue;
        }
        out.distributions.push_back(std::move(p));
    }
    for (auto &p : out.distributions)
        for (std::size_t e = 0; e < scenario.events.size(); ++e)
            if (scenario.events[e].path == p.path && p.kind != DistributionKind::Fixed)
                p.events.emplace_back(e, scenario.events[e].value);
    for (const auto &factor : scenario.factors) {
        const std::size_t f = out.factors.size();
        out.factors.push_back(factor.name);
        for (const auto &l : factor.loadings) {
            for (auto &p : out.distributions)
                if (p.path == l.path && p.kind != DistributionKind::Fixed && l.loading != 0)
                    p.loadings.emplace_back(f, l.loading);
        }
    }
    for (auto &p : out.distributions) {
        double squares = 0;
        for (const auto &[f, loading] : p.loadings)
            squares += loading * loading;
        if (squares > 1 + 1e-9)
            out.errors.push_back(p.path + ": its factor loadings add up to " + formatValue(squares) +
                                 " in squares; at most 1 is possible");
        p.ownWeight = std::sqrt(std::max(0.0, 1 - squares));
    }
    return out;
}

std::vector<double *> bindTargets(Scenario &working, const PreparedInputs &inputs)
{
    std::vector<double *> targets;
    targets.reserve(inputs.distributions.size());
    for (const auto &d : inputs.distributions) {
        // Resolved once in prepare; a working copy of another shape gets no target.
        auto ref = resolveNumericPath(working, d.path);
        targets.push_back(ref ? ref->value : nullptr);
    }
    return targets;
}

void applyDraws(const PreparedInputs &inputs, const std::vector<double *> &targets, const RunRandom &random,
                std::vector<ScheduledEvent> *events)
{
    // A handful of factors per run: a small fixed buffer, no allocation.
    constexpr std::size_t kMaxStackFactors = 32;
    double stackScores[kMaxStackFactors];
    std::vector<double> heapScores;
    double *scores = stackScores;
    if (inputs.factors.size() > kMaxStackFactors) {
        heapScores.resize(inputs.factors.size());
        scores = heapScores.data();
    }
    for (std::size_t f = 0; f < inputs.factors.size(); ++f)
        scores[f] = normalQuantile(random.uniform(RandomStream::SharedFactors, f));
    for (std::size_t i = 0; i < inputs.distributions.size(); ++i) {
        const auto &d = inputs.distributions[i];
        if (!targets[i])
            continue;
        if (d.kind == DistributionKind::Fixed) {
            *targets[i] = d.base;
        } else if (d.loadings.empty()) {
            *targets[i] = d.quantile(random.uniform(RandomStream::Inputs, d.index));
        } else {
            // Gaussian copula: the input's normal score mixes the shared
            // factors with its own shock; its marginal distribution is unchanged.
            double z = d.ownWeight * normalQuantile(random.uniform(RandomStream::Inputs, d.index));
            for (const auto &[f, loading] : d.loadings)
                z += loading * scores[f];
            *targets[i] = d.atScore(z);
        }
        if (events)
            for (const auto &[e, scheduled] : d.events)
                if (e < events->size())
                    (*events)[e].value = d.eventValue(scheduled, *targets[i]);
    }
}

PreparedInputs prepareDistributionsOrThrow(const Scenario &scenario)
{
    PreparedInputs inputs = prepareDistributions(scenario);
    if (!inputs.ok()) {
        std::string message = "cannot sample the scenario's distributions:";
        for (const auto &e : inputs.errors)
            message += "\n  " + e;
        throw std::invalid_argument(message);
    }
    return inputs;
}

} // namespace asirace
