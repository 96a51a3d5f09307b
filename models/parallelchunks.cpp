#include "parallelchunks.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace asirace {

int resolveThreadCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

bool parallelChunks(std::int64_t count, std::int64_t chunk, const ParallelControl &control,
                    const std::function<void(int, std::int64_t, std::int64_t)> &body)
{
    if (count <= 0)
        return !(control.cancel && control.cancel->load(std::memory_order_relaxed));
    chunk = std::max<std::int64_t>(1, chunk);
    const std::int64_t chunks = (count + chunk - 1) / chunk;
    const int workers = static_cast<int>(std::min<std::int64_t>(resolveThreadCount(control.threads), chunks));

    std::atomic<std::int64_t> nextChunk{0};
    std::atomic<std::int64_t> finished{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex failureMutex;

    auto cancelled = [&] {
        return failed.load(std::memory_order_relaxed) ||
               (control.cancel && control.cancel->load(std::memory_order_relaxed));
    };
    auto work = [&](int worker) {
        try {
            while (!cancelled()) {
                const std::int64_t c = nextChunk.fetch_add(1, std::memory_order_relaxed);
                if (c >= chunks)
                    break;
                const std::int64_t begin = c * chunk;
                const std::int64_t end = std::min(count, begin + chunk);
                body(worker, begin, end);
                const std::int64_t done = finished.fetch_add(end - begin, std::memory_order_relaxed) + (end - begin);
                if (worker == 0 && control.progress)
                    control.progress(done, count);
            }
        } catch (...) {
            std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            failed.store(true, std::memory_order_relaxed);
        }
    };

    std::vector<std::thread> threads;
    threads.reserve(static_cast<std::size_t>(workers - 1));
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (auto &t : threads)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
    const bool complete = finished.load() == count;
    if (complete && control.progress)
        control.progress(count, count);
    return complete;
}

} // namespace asirace
