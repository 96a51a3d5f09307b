#include "sobolindices.h"

#include "counterrng.h"

#include <cmath>
#include <stdexcept>

namespace asirace {

std::optional<FirstOrderIndices> firstOrderIndices(std::size_t inputs, std::int64_t samples, std::uint64_t seed,
                                                   const std::function<UniformModel()> &makeModel,
                                                   const ParallelControl &control)
{
    if (samples < 2)
        throw std::invalid_argument("variance-based indices need at least 2 samples");
    const auto n = static_cast<std::size_t>(samples);
    // Per row: f(A_j), f(B_j) and f(AB_i,j) for every input i.
    std::vector<double> fa(n), fb(n), fab(n * inputs);
    std::vector<UniformModel> models(static_cast<std::size_t>(resolveThreadCount(control.threads)));
    const bool complete = parallelChunks(samples, 1, control, [&](int worker, std::int64_t begin, std::int64_t end) {
        auto &model = models[static_cast<std::size_t>(worker)];
        if (!model)
            model = makeModel();
        std::vector<double> a(inputs), b(inputs), ab(inputs);
        for (std::int64_t row = begin; row < end; ++row) {
            const RunRandom random(seed, static_cast<std::uint64_t>(row));
            for (std::size_t i = 0; i < inputs; ++i) {
                a[i] = random.uniform(RandomStream::Inputs, i);
                b[i] = random.uniform(RandomStream::Inputs, inputs + i); // B's columns after A's
            }
            const auto j = static_cast<std::size_t>(row);
            fa[j] = model(a);
            fb[j] = model(b);
            for (std::size_t i = 0; i < inputs; ++i) {
                ab = a;
                ab[i] = b[i];
                fab[j * inputs + i] = model(ab);
            }
        }
    });
    if (!complete)
        return std::nullopt;

    FirstOrderIndices result;
    result.samples = samples;
    result.inputs.resize(inputs);
    double sum = 0;
    for (std::size_t j = 0; j < n; ++j)
        sum += fa[j] + fb[j];
    result.mean = sum / static_cast<double>(2 * n);
    double squares = 0;
    for (std::size_t j = 0; j < n; ++j)
        squares += (fa[j] - result.mean) * (fa[j] - result.mean) + (fb[j] - result.mean) * (fb[j] - result.mean);
    result.variance = squares / static_cast<double>(2 * n - 1);
    if (!(result.variance > 0))
        return result; // the output does not vary: no input explains anything
    for (std::size_t i = 0; i < inputs; ++i) {
        double termSum = 0, termSquares = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const double term = (fb[j] - result.mean) * (fab[j * inputs + i] - fa[j]);
            termSum += term;
            termSquares += term * term;
        }
        const double mean = termSum / static_cast<double>(n);
        const double spread = std::max(0.0, termSquares / static_cast<double>(n) - mean * mean);
        result.inputs[i].index = mean / result.variance;
        result.inputs[i].standard_error = std::sqrt(spread / static_cast<double>(n - 1)) / result.variance;
    }
    return result;
}

} // namespace asirace
