#include "scalinglaw.h"

#include "fastmath.h"

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
    m_lnK6 = std::log(m_K) / m_gamma - std::log(6.0);
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
    return fastmath::exp(lnAllocationEfficiency(fastmath::log(params), fastmath::log(tokens)));
}

double ScalingLaw::lnAllocationEfficiency(double lnParams, double lnTokens) const
{
    // q = C_opt(L(N, D)) / 6ND with C_opt(R) = (K / R)^(1/gamma): in
    // logarithms, ln q = ln K / gamma - ln R / gamma - ln 6 - ln N - ln D.
    // The simulation calls this at every finished run, where pow() was most of the cost.
    const double reducible = m_c.A * fastmath::exp(-m_c.alpha * lnParams) + m_c.B * fastmath::exp(-m_c.beta * lnTokens);
    if (!(reducible > 0))
        return 0.0; // no loss left above E: the optimum needs infinite compute, q caps at 1
    const double lnQ = m_lnK6 - fastmath::log(reducible) / m_gamma - lnParams - lnTokens;
    // Rounding can push the optimum a hair above 1; the definition caps it there.
    return lnQ < 0 ? lnQ : 0.0;
}

} // namespace asirace
