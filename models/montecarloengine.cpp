#include "montecarloengine.h"

#include <algorithm>
#include <array>
#include <vector>

namespace asirace {
namespace {

// One worker's kernel, partial tally and scratch outcome, on cache lines of
// its own so the threads never write to a line another one reads.
struct alignas(64) Worker {
    std::unique_ptr<RunKernel> kernel;
    MonteCarloTally tally;
    std::array<RunOutcome, kRunsPerBatch> outcomes;
};

} // namespace

bool tallyRuns(const TallyJob &job, std::int64_t begin, std::int64_t end, const ParallelControl &control,
               MonteCarloTally &into)
{
    const std::int64_t count = std::max<std::int64_t>(0, end - begin);
    const int workers = resolveThreadCount(control.threads);
    std::vector<Worker> state(static_cast<std::size_t>(workers));
    for (auto &w : state)
        w.tally = MonteCarloTally(job.labs, job.months);

    const bool complete = parallelChunks(count, kRunsPerChunk, control, [&](int worker, std::int64_t from, std::int64_t to) {
        Worker &w = state[static_cast<std::size_t>(worker)];
        if (!w.kernel)
            w.kernel = job.makeKernel(); // built on its own thread, lazily: idle workers cost nothing
        for (std::int64_t i = from; i < to; i += kRunsPerBatch) {
            const int count = static_cast<int>(std::min<std::int64_t>(kRunsPerBatch, to - i));
            for (int k = 0; k < count; ++k)
                w.outcomes[static_cast<std::size_t>(k)].reset(job.labs);
            w.kernel->runBatch(static_cast<std::uint64_t>(begin + i), count, w.outcomes.data());
            for (int k = 0; k < count; ++k)
                w.tally.add(w.outcomes[static_cast<std::size_t>(k)]);
        }
    });
    if (!complete)
        return false;
    if (into.runs() == 0 && into.labs() == 0)
        into = MonteCarloTally(job.labs, job.months);
    for (const auto &w : state) // fixed order; integer sums make the order immaterial anyway
        into.merge(w.tally);
    return true;
}

std::int64_t tallyProgressively(const TallyJob &job, std::int64_t total, std::int64_t firstBatch,
                                const ParallelControl &control,
                                const std::function<bool(const MonteCarloTally &)> &onBatch,
                                MonteCarloTally &into)
{
    std::int64_t done = 0;
    std::int64_t batch = std::max<std::int64_t>(1, firstBatch);
    while (done < total) {
        const std::int64_t end = std::min(total, done + batch);
        if (!tallyRuns(job, done, end, control, into))
            break;
        done = end;
        if (onBatch && !onBatch(into))
            break;
        batch *= 2;
    }
    return done;
}

} // namespace asirace
