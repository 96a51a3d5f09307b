#pragma once
// The Chinchilla scaling law L(N, D) = E + A/N^alpha + B/D^beta (Hoffmann et al.
// 2022), with Epoch AI's 2024 refit as the default. Training compute is C = 6ND.
// Besides the loss it gives the compute-optimal split of a budget and the
// allocation efficiency q of any (N, D): the share of the compute that would
// have been needed, with an optimal split, to reach the same loss.

#include <string_view>

namespace asirace {

struct ScalingCoefficients {
    double E;     // irreducible loss [nats]
    double A;     // parameter term
    double B;     // data term
    double alpha; // parameter exponent
    double beta;  // data exponent
};

// Besiroglu, Erdil, Barnett, You 2024, "Chinchilla Scaling: A replication attempt" (arXiv 2404.10102).
inline constexpr ScalingCoefficients kEpoch2024{1.8172, 482.01, 2085.43, 0.3478, 0.3658};
// Hoffmann et al. 2022, Approach 3 as printed (rounded; Epoch shows the rounding biases allocation).
inline constexpr ScalingCoefficients kHoffmann2022{1.69, 406.4, 410.7, 0.34, 0.28};

struct OptimalAllocation {
    double params; // N_opt
    double tokens; // D_opt
    double loss;   // L*(C)
};

class ScalingLaw
{
public:
    explicit ScalingLaw(const ScalingCoefficients &c = kEpoch2024);
    // "epoch2024" (also the fallback for unknown names) or "hoffmann2022".
    static ScalingLaw byName(std::string_view name);

    const ScalingCoefficients &coefficients() const { return m_c; }

    double loss(double params, double tokens) const;
    // A/N^alpha + B/D^beta: the part of the loss above E, computed directly so
    // it keeps full precision when it is tiny next to E.
    double reducibleLoss(double params, double tokens) const;

    // Compute-optimal split of `compute` FLOP under C = 6ND (Hoffmann eq. 4):
    // N = G (C/6)^a, D = (C/6)^b / G.
    OptimalAllocation optimal(double compute) const;
    double optimalTokensPerParam(double compute) const;

    // Frontier loss L*(C) = E + K C^-gamma, gamma = alpha beta / (alpha + beta).
    double optimalLoss(double compute) const;
    // Its exact inverse: the compute an optimal model needs to reach `loss`
    // (infinite at or below E). Takes the reducible part L - E.
    double computeForReducibleLoss(double reducible) const;

    // q(N, D) = C_opt(L(N, D)) / (6 N D), in (0, 1]; 1 at the optimal split.
    double allocationEfficiency(double params, double tokens) const;
    // ln q from ln N and ln D (<= 0; -infinity-like -1e300 when q is 0): the
    // simulation works in logarithms, so it never takes q's log again.
    double lnAllocationEfficiency(double lnParams, double lnTokens) const;

    double G() const { return m_G; }
    double K() const { return m_K; }
    double gamma() const { return m_gamma; }
    double lnK6() const { return m_lnK6; }

private:
    ScalingCoefficients m_c;
    double m_a;     // beta / (alpha + beta)
    double m_b;     // alpha / (alpha + beta)
    double m_G;     // (alpha A / (beta B))^(1 / (alpha + beta))
    double m_gamma; // alpha beta / (alpha + beta)
    double m_K;     // (A G^-alpha + B G^beta) 6^gamma
    double m_lnK6;  // ln K / gamma - ln 6, the constant part of ln q
};

} // namespace asirace
