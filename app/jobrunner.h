#pragma once
// Background work for the GUI, latest request wins. One mechanism for every
// computation the window starts on its own (the live simulation, the compared
// scenario, Monte Carlo odds, the sensitivity analysis, ...): each user of it
// owns a JobRunner, a lane on a shared thread pool.
//
//   runner->submit([scenario](const CancelToken &token) { return compute(scenario, token.flag()); },
//                  [this](Result r) { show(r); });
//
// - Every submit() gets a job id and makes every older job of this runner
//   stale: the running one is cancelled (its token says so, so it can stop
//   early), a queued one never starts.
// - A lane runs one job at a time, so a slider drag queues at most one job
//   behind the one winding down instead of piling up cancelled work.
// - Results come back to the runner's thread (the GUI thread) through the
//   event loop and are delivered only if their job is still the latest then:
//   a stale result never reaches a view, however late it arrives.
// - Nothing here waits for a job on the calling thread: not submit(), not
//   cancel(), not the destructor. A destroyed runner cancels its work and
//   leaves the pool to let it drain (a cancelled job stops within one
//   simulated month or one chunk of runs); its late results are dropped.

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace asirace {

namespace jobdetail {
struct Lane;
}

// What a job sees of its runner: whether it is stale, and a way to send
// partial results or progress to the runner's thread.
class CancelToken
{
public:
    bool isCancelled() const { return m_cancel->load(std::memory_order_relaxed); }
    // For the cancel parameters in models/ (simulate, ParallelControl::cancel).
    const std::atomic<bool> *flag() const { return m_cancel.get(); }
    // Runs `update` on the runner's thread if this job is still the latest by
    // then (partial results, progress); otherwise, or if the runner is gone, drops it.
    void post(std::function<void()> update) const;

private:
    friend class JobRunner;
    friend struct jobdetail::Lane;
    CancelToken(std::shared_ptr<jobdetail::Lane> lane, quint64 job, std::shared_ptr<std::atomic<bool>> cancel)
        : m_lane(std::move(lane)), m_job(job), m_cancel(std::move(cancel))
    {
    }
    std::shared_ptr<jobdetail::Lane> m_lane;
    quint64 m_job;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override; // cancels; never waits for the job

    // Runs work(token) on the pool and then, on this runner's thread,
    // deliver(result) if the job is still the latest. Returns the job id.
    // `deliver` may be omitted when the work posts what it has through the token.
    template <class Work, class Deliver>
    quint64 submit(Work work, Deliver deliver);
    template <class Work>
    quint64 submit(Work work)
    {
        return submit(std::move(work), nullptr);
    }

    // Makes every job stale (nothing more of them is delivered); returns at once.
    void cancel();

    bool isRunning() const { return m_running; } // the latest job has not ended yet
    quint64 latestJob() const { return m_latest; } // 0 when cancelled or before any
    // Counters for tests and benchmarks: jobs whose work started (a job made
    // stale while queued never starts), and posts dropped as stale.
    int startedJobs() const;
    int droppedResults() const { return m_dropped; }
    // Runners, of all, with a job in the pool: drained to 0 some time after
    // every runner is cancelled or destroyed (for shutdown tests).
    static int busyLanes();

signals:
    void runningChanged(bool running);
    // The latest job threw: its message (the job delivers nothing).
    void failed(const QString &message);

private:
    friend class CancelToken;
    friend struct jobdetail::Lane;
    using Task = std::function<void(const CancelToken &)>;
    quint64 start(Task task);
    // On this runner's thread, for what `job` posted.
    void deliverIfLatest(quint64 job, const std::function<void()> &update);
    void jobEnded(quint64 job);

    std::shared_ptr<jobdetail::Lane> m_lane;
    quint64 m_nextId = 1;
    quint64 m_latest = 0;
    bool m_running = false;
    int m_dropped = 0;
};

template <class Work, class Deliver>
quint64 JobRunner::submit(Work work, Deliver deliver)
{
    using Result = std::invoke_result_t<Work &, const CancelToken &>;
    return start([work = std::move(work), deliver = std::move(deliver)](const CancelToken &token) mutable {
        if constexpr (std::is_void_v<Result>) {
            work(token);
            if constexpr (!std::is_null_pointer_v<Deliver>)
                token.post([deliver] { deliver(); });
        } else {
            // Shared so the posted functor stays copyable whatever Result is.
            auto result = std::make_shared<Result>(work(token));
            if constexpr (!std::is_null_pointer_v<Deliver>)
                token.post([deliver, result] { deliver(std::move(*result)); });
        }
    });
}

} // namespace asirace
