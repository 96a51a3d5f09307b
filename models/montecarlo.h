#pragma once
// Monte Carlo over a scenario: each run draws every distribution once (and,
// in sampled mode, the stochastic events), simulates, and is tallied; the
// result gives the race odds. Runs are keyed by (seed, run index) through the
// counter-based generator, so the same seed gives bit-identical results with
// any thread count, and a progressive run ends where a one-shot run does.

#include "montecarloresult.h"
#include "parallelchunks.h"
#include "scenario.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace asirace {

// How framework bugs and ROFR declines enter a run.
enum class EventMode {
    Sampled,  // each run draws whether a bug hits / the holder declines (Monte Carlo default)
    Expected, // expected values, as in the deterministic run (for checking that
              // point distributions reproduce simulate() exactly)
};

inline constexpr std::int64_t kDefaultMonteCarloRuns = 2000;
inline constexpr std::int64_t kMaxMonteCarloRuns = 1000000;

struct MonteCarloOptions {
    std::int64_t runs = kDefaultMonteCarloRuns;
    std::uint64_t seed = 1;
    EventMode events = EventMode::Sampled;
};

// Runs options.runs runs (threads, cancel and progress from `control`).
// Throws std::invalid_argument when a distribution cannot be resolved or
// runs is outside [1, kMaxMonteCarloRuns]. When cancelled, returns the runs
// of the batches that completed (result.complete() is false).
MonteCarloResult runMonteCarlo(const Scenario &scenario, const MonteCarloOptions &options,
                               const ParallelControl &control = {});

// Progressive mode for the GUI: a first batch of `firstBatch` runs, then
// doubling batches, calling onBatch with the running result after each until
// options.runs are done, onBatch returns false, or control.cancel is set.
MonteCarloResult runMonteCarloProgressive(const Scenario &scenario, const MonteCarloOptions &options,
                                          std::int64_t firstBatch, const ParallelControl &control,
                                          const std::function<bool(const MonteCarloResult &)> &onBatch);

// Calls visit(run index, outcome) for runs [0, options.runs) in order on the
// calling thread: the per-run outcomes behind the tally, for analyses it does
// not keep (correlations across runs). Same draws as runMonteCarlo. Returns the
// racing labs' names in outcome order.
std::vector<std::string> visitMonteCarloRuns(const Scenario &scenario, const MonteCarloOptions &options,
                                             const std::function<void(std::int64_t, const RunOutcome &)> &visit);

} // namespace asirace
