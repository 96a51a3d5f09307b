#include "jobrunner.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThreadPool>

#include <exception>
#include <mutex>
#include <optional>

namespace asirace {
namespace {

// One pool for every runner. Each runner has at most one job in it at a time,
// so the pool needs about as many threads as there are runners (a handful):
// with fewer, a long Monte Carlo batch would hold up the live simulation.
// Threads start on demand.
constexpr int kPoolThreads = 16;

std::atomic<int> g_busyLanes{0};

void drainPool();

QThreadPool &pool()
{
    // Never deleted, so no static destructor waits on it at exit; instead the
    // application's end drains it (see drainPool), when every runner, owned by
    // the window, is gone and only cancelled work is left.
    static QThreadPool *const instance = [] {
        auto *p = new QThreadPool;
        p->setObjectName(QStringLiteral("asirace jobs"));
        p->setMaxThreadCount(kPoolThreads);
        qAddPostRoutine(drainPool);
        return p;
    }();
    return *instance;
}

// Runs as QCoreApplication is destroyed: the work left is cancelled and stops
// within a simulated month or a chunk of runs, so this is the only wait, and a
// short one, with no event loop left to freeze.
void drainPool() { pool().waitForDone(); }

} // namespace

namespace jobdetail {

using Task = std::function<void(const CancelToken &)>;

struct Job {
    quint64 id = 0;
    std::shared_ptr<std::atomic<bool>> cancel;
    Task task;
};

// The part of a runner its jobs share; it outlives the runner while a job runs.
struct Lane {
    std::mutex mutex;
    JobRunner *receiver = nullptr; // nulled (under the mutex) by the runner's destructor
    bool busy = false;             // a job of this lane is in the pool
    std::shared_ptr<std::atomic<bool>> runningCancel;
    std::optional<Job> pending; // the next job, once the running one ends
    std::atomic<int> started{0};

    // Queues `call` onto the runner's thread; dropped if the runner is gone.
    void toReceiver(std::function<void(JobRunner *)> call)
    {
        std::lock_guard lock(mutex);
        if (!receiver)
            return;
        JobRunner *r = receiver;
        QMetaObject::invokeMethod(r, [r, call = std::move(call)] { call(r); }, Qt::QueuedConnection);
    }

    // On a pool thread: the job, then any job that became pending meanwhile.
    static void run(const std::shared_ptr<Lane> &lane, Job job)
    {
        for (;;) {
            const CancelToken token(lane, job.id, job.cancel);
            if (!token.isCancelled()) {
                lane->started.fetch_add(1, std::memory_order_relaxed);
                try {
                    job.task(token);
                } catch (const std::exception &e) {
                    // Scenarios are validated first, so this is a model bug: report
                    // it and keep the GUI (and the last good result) alive.
                    const QString message = QString::fromUtf8(e.what());
                    lane->toReceiver([id = job.id, message](JobRunner *r) {
                        r->deliverIfLatest(id, [r, message] { emit r->failed(message); });
                    });
                }
            }
            job.task = nullptr; // its captured inputs go now, not when the next job ends
            lane->toReceiver([id = job.id](JobRunner *r) { r->jobEnded(id); });

            std::lock_guard lock(lane->mutex);
            if (!lane->pending) {
                lane->busy = false;
                lane->runningCancel.reset();
                g_busyLanes.fetch_sub(1);
                return;
            }
            job = std::move(*lane->pending);
            lane->pending.reset();
            lane->runningCancel = job.cancel;
        }
    }
};

} // namespace jobdetail

void CancelToken::post(std::function<void()> update) const
{
    m_lane->toReceiver([id = m_job, update = std::move(update)](JobRunner *r) { r->deliverIfLatest(id, update); });
}

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
    , m_lane(std::make_shared<jobdetail::Lane>())
{
    m_lane->receiver = this;
}

JobRunner::~JobRunner()
{
    std::lock_guard lock(m_lane->mutex);
    m_lane->receiver = nullptr;
    if (m_lane->runningCancel)
        m_lane->runningCancel->store(true);
    m_lane->pending.reset();
}

quint64 JobRunner::start(Task task)
{
    const quint64 id = m_nextId++;
    m_latest = id;
    jobdetail::Job job{id, std::make_shared<std::atomic<bool>>(false), std::move(task)};
    bool launch = false;
    {
        std::lock_guard lock(m_lane->mutex);
        if (m_lane->runningCancel)
            m_lane->runningCancel->store(true); // stale now: stop early
        if (m_lane->busy) {
            m_lane->pending = std::move(job); // an older pending job is dropped unstarted
        } else {
            m_lane->busy = true;
            m_lane->runningCancel = job.cancel;
            g_busyLanes.fetch_add(1);
            launch = true;
        }
    }
    if (launch)
        pool().start([lane = m_lane, job = std::move(job)]() mutable { jobdetail::Lane::run(lane, std::move(job)); });
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
    return id;
}

void JobRunner::cancel()
{
    m_latest = 0;
    {
        std::lock_guard lock(m_lane->mutex);
        if (m_lane->runningCancel)
            m_lane->runningCancel->store(true);
        m_lane->pending.reset();
    }
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

int JobRunner::busyLanes() { return g_busyLanes.load(); }

int JobRunner::startedJobs() const { return m_lane->started.load(std::memory_order_relaxed); }

void JobRunner::deliverIfLatest(quint64 job, const std::function<void()> &update)
{
    if (job != m_latest) {
        ++m_dropped;
        return;
    }
    update();
}

void JobRunner::jobEnded(quint64 job)
{
    if (job != m_latest || !m_running)
        return;
    m_running = false;
    emit runningChanged(false);
}

} // namespace asirace
