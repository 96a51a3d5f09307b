#pragma once
// A small parallel-for over chunks of an index range with std::thread:
// workers claim chunks from an atomic counter, so a slow chunk never leaves a
// core idle; the caller's thread is worker 0 and the only one that reports
// progress, so callbacks need no locking. Cancellation is checked between
// chunks. Exceptions thrown by a body are re-thrown on the calling thread.

#include <atomic>
#include <cstdint>
#include <functional>

namespace asirace {

struct ParallelControl {
    int threads = 0;                           // 0 = every hardware thread
    const std::atomic<bool> *cancel = nullptr; // set from anywhere to stop between chunks
    // (finished items, total items), called on the calling thread.
    std::function<void(std::int64_t, std::int64_t)> progress;
};

// The worker count `requested` resolves to (0 -> hardware threads, at least 1).
int resolveThreadCount(int requested);

// Runs body(worker, begin, end) over [0, count) in chunks of `chunk` items.
// `worker` is in [0, resolveThreadCount(threads)) and lets each thread keep its
// own scratch state. Returns false when cancelled (some chunks then never ran).
bool parallelChunks(std::int64_t count, std::int64_t chunk, const ParallelControl &control,
                    const std::function<void(int, std::int64_t, std::int64_t)> &body);

} // namespace asirace
