#pragma once
// Runs Monte Carlo runs in parallel and tallies them: the scheduling half of
// Monte Carlo, independent of what one run computes. A RunKernel turns a run
// index into a RunOutcome; each worker thread owns one kernel (its scratch
// memory) and one partial tally, and the partial tallies are merged in worker
// order at the end. Run indices, not threads, decide the random draws, so the
// totals are identical whatever the thread count.

#include "montecarlotally.h"
#include "parallelchunks.h"

#include <cstdint>
#include <functional>
#include <memory>

namespace asirace {

class RunKernel
{
public:
    virtual ~RunKernel() = default;
    // Fills `out` (already reset to the lab count) for run `runIndex`.
    virtual void run(std::uint64_t runIndex, RunOutcome &out) = 0;
    // Runs first .. first + count - 1 into out[0 .. count - 1] (each already
    // reset); kernels that can step several runs together override it.
    virtual void runBatch(std::uint64_t first, int count, RunOutcome *out)
    {
        for (int k = 0; k < count; ++k)
            run(first + static_cast<std::uint64_t>(k), out[k]);
    }
};

// How many runs a worker hands its kernel at once.
inline constexpr int kRunsPerBatch = 8;

struct TallyJob {
    int labs = 0;
    int months = 0;
    std::function<std::unique_ptr<RunKernel>()> makeKernel; // called once per worker
};

// Runs are scheduled in chunks of this many: small enough to balance two
// cores and to react to a cancel within a millisecond or two, large enough
// that claiming a chunk costs nothing.
inline constexpr std::int64_t kRunsPerChunk = 32;

// Adds runs [begin, end) to `into`. Returns false when cancelled; `into` is
// then left unchanged (a partial batch would depend on thread timing).
bool tallyRuns(const TallyJob &job, std::int64_t begin, std::int64_t end, const ParallelControl &control,
               MonteCarloTally &into);

// Progressive mode for the GUI: runs [0, total) in growing batches (first
// `firstBatch` runs, then doubling), calling onBatch with the running total
// after each. Stops early when onBatch returns false or on cancel. The final
// tally equals a single tallyRuns over [0, total). Returns the runs done.
std::int64_t tallyProgressively(const TallyJob &job, std::int64_t total, std::int64_t firstBatch,
                                const ParallelControl &control,
                                const std::function<bool(const MonteCarloTally &)> &onBatch,
                                MonteCarloTally &into);

} // namespace asirace
