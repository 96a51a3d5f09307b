#include "scalinglaw.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace asirace {

ScalingLaw::ScalingLaw(const ScalingCoefficients &c)
    : m_c(c)
{
    const double sum = c.alpha + c.beta;
    m_a = c.beta / sum;
    m_b = c.alpha / sum;
    m_G = std::pow(c.alpha * c.A / (c.beta * c.B), 1.0 / sum);
    m_gamma = c.alpha * c.beta / sum;
    // Substituting N_opt and D_opt into the loss: both terms scale as (C/6)^-gamma
    // because a alpha = b beta = gamma, which gives the closed form below.
    m_K = (c.A * std::pow(m_G, -c.alpha) + c.B * std::pow(m_G, c.beta)) * std::pow(6.0, m_gamma);
}

ScalingLaw ScalingLaw::byName(std::string_view name)
{
    return ScalingLaw(name == "hoffmann2022" ? kHoffmann2022 : kEpoch2024);
}

double ScalingLaw::reducibleLoss(double params, double tokens) const
{
    return m_c.A * std::pow(params, -m_c.alpha) + m_c.B * std::pow(tokens, -m_c.beta);
}

double ScalingLaw::loss(double params, double tokens) const
{
    return m_c.E + reducibleLoss(params, tokens);
}

OptimalAllocation ScalingLaw::optimal(double compute) const
{
    const double c6 = compute / 6.0;
    const double n = m_G * std::pow(c6, m_a);
    const double d = std::pow(c6, m_b) / m_G;
    return {n, d, loss(n, d)};
}

double ScalingLaw::optimalTokensPerParam(double compute) const
{
    const auto opt = optimal(compute);
    return opt.tokens / opt.params;
}

double ScalingLaw::optimalLoss(double compute) const
{
    return m_c.E + m_K * std::pow(compute, -m_gamma);
}

double ScalingLaw::computeForReducibleLoss(double reducible) const
{
    if (!(reducible > 0))
        return std::numeric_limits<double>::infinity();
    // L - E = K C^-gamma  =>  C = (K / (L - E))^(1/gamma)
    return std::pow(m_K / reducible, 1.0 / m_gamma);
}

double ScalingLaw::allocationEfficiency(double params, double tokens) const
{
    if (!(params > 0) || !(tokens > 0))
        return 0.0;
    const double q = computeForReducibleLoss(reducibleLoss(params, tokens)) / (6.0 * params * tokens);
    // Rounding can push the optimum a hair above 1; the definition caps it there.
    return std::clamp(q, 0.0, 1.0);
}

} // namespace asirace
