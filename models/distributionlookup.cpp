#include "distributionlookup.h"

#include "distributionsampler.h"
#include "fieldpath.h"
#include "fieldspec.h"

namespace asirace {

std::optional<std::size_t> findDistribution(const Scenario &scenario, std::string_view path)
{
    const Distribution *d = scenario.findDistribution(path);
    if (!d)
        return std::nullopt;
    return static_cast<std::size_t>(d - scenario.distributions.data());
}

namespace {

// The one distribution resolved against the scenario's inputs.
std::optional<PreparedDistribution> prepareOne(const Scenario &scenario, const Distribution &distribution)
{
    Scenario one;
    one.organisations = scenario.organisations;
    one.partnerships = scenario.partnerships;
    one.assumptions = scenario.assumptions;
    one.distributions = {distribution};
    PreparedInputs inputs = prepareDistributions(one);
    if (!inputs.ok() || inputs.distributions.size() != 1)
        return std::nullopt;
    return inputs.distributions.front();
}

} // namespace

std::vector<DensityPoint> distributionDensity(const Scenario &scenario, const Distribution &distribution, int points)
{
    const auto d = prepareOne(scenario, distribution);
    std::vector<DensityPoint> curve;
    if (!d || !d->isUncertain() || points < 2)
        return curve;
    const double step = 1.0 / points;
    double previous = d->quantile(0.5 * step);
    for (int i = 1; i < points; ++i) {
        const double x = d->quantile((i + 0.5) * step);
        if (x > previous)
            curve.push_back({0.5 * (x + previous), step / (x - previous)});
        previous = x;
    }
    return curve;
}

std::optional<DistributionSpread> distributionSpread(const Scenario &scenario, const Distribution &distribution)
{
    const auto d = prepareOne(scenario, distribution);
    if (!d)
        return std::nullopt;
    return DistributionSpread{d->quantile(0.1), d->quantile(0.5), d->quantile(0.9), d->isUncertain()};
}

DistributionParameterNames distributionParameterNames(DistributionKind kind)
{
    switch (kind) {
    case DistributionKind::Fixed:
        return {};
    case DistributionKind::Normal:
        return {"mean", "standard deviation", ""};
    case DistributionKind::Lognormal:
        return {"median", "sigma of ln", ""};
    case DistributionKind::Uniform:
        return {"low", "high", ""};
    case DistributionKind::Triangular:
        return {"low", "mode", "high"};
    }
    return {};
}

std::string distributionSummary(const Distribution &d)
{
    std::string text(distributionKindName(d.kind));
    const auto names = distributionParameterNames(d.kind);
    const double values[3] = {d.a, d.b, d.c};
    const std::string_view labels[3] = {names.a, names.b, names.c};
    bool first = true;
    for (int i = 0; i < 3; ++i) {
        if (labels[i].empty())
            continue;
        text += first ? ": " : ", ";
        text += std::string(labels[i]) + " " + formatValue(values[i]);
        first = false;
    }
    if (d.kind != DistributionKind::Fixed && d.lower < d.upper)
        text += " within [" + formatValue(d.lower) + ", " + formatValue(d.upper) + "]";
    return text;
}

} // namespace asirace
