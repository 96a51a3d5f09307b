#pragma once
// Variance-based sensitivity: first-order Sobol indices by the pick-freeze
// (Saltelli) estimator. For a model Y = f(U_1..U_k) of independent inputs
// drawn uniformly on (0, 1) (each then mapped through an input's inverse CDF),
// the first-order index S_i = Var(E[Y | U_i]) / Var(Y) is the share of the
// output's variance that input i explains alone.
//
// Two independent sample matrices A and B (N rows of k uniforms) and, for each
// input i, the matrix AB_i (A with column i taken from B) give
//   S_i ~ mean_j( (f(B_j) - f0) * (f(AB_i,j) - f(A_j)) ) / Var(Y)
// (Saltelli et al. 2010, "Variance based sensitivity analysis of model output.
// Design and estimator for the total sensitivity index", Comput. Phys. Commun.
// 181, eq. (b) of table 2), with f0 and Var(Y) over the 2N rows of A and B.
// Subtracting the mean f0 leaves the estimate unbiased (f(AB_i) - f(A) has
// mean 0) and shrinks its variance when the output is far from 0, as a year
// is. The cost is N (k + 2) model runs; the standard error is that of the mean above.

#include "parallelchunks.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace asirace {

struct FirstOrderIndex {
    double index = 0;  // S_i; estimates near 0 can come out slightly negative
    double standard_error = 0; // Monte Carlo standard error of S_i
};

struct FirstOrderIndices {
    double mean = 0, variance = 0; // of Y over A and B
    std::int64_t samples = 0;      // N
    std::vector<FirstOrderIndex> inputs; // in input order; all 0 when Var(Y) is 0
};

// One model evaluation: `u` holds one uniform draw per input.
using UniformModel = std::function<double(const std::vector<double> &u)>;

// Rows of A and B are drawn from the counter-based generator keyed by (seed,
// row), so the result does not depend on the thread count. `makeModel` is
// called once per worker (each gets its own scratch). Returns nullopt when cancelled.
std::optional<FirstOrderIndices> firstOrderIndices(std::size_t inputs, std::int64_t samples, std::uint64_t seed,
                                                   const std::function<UniformModel()> &makeModel,
                                                   const ParallelControl &control = {});

} // namespace asirace
