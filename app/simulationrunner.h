#pragma once
// Live re-simulation without blocking the GUI: the latest request wins.
//
// Every request gets a job id. One job runs at a time on a worker thread; a
// request arriving meanwhile becomes the pending job (replacing any older
// pending one, which never runs) and cancels the running job, whose result
// would be stale. Results come back to the GUI thread through a queued signal
// and are delivered only if no newer request exists, so views never show an
// outdated scenario and the GUI thread never waits on a simulation.

#include "scenario.h"
#include "simulationresult.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace asirace {

class SimulationWorker;

class SimulationRunner : public QObject
{
    Q_OBJECT
public:
    explicit SimulationRunner(QObject *parent = nullptr);
    ~SimulationRunner() override; // cancels the running job and joins the worker

    quint64 request(const Scenario &scenario); // returns the job id
    quint64 latestJob() const { return m_nextId - 1; }
    bool isIdle() const { return !m_running && !m_pending; }

    // Counters for tests and the benchmark.
    int startedJobs() const { return m_started; }
    int droppedResults() const { return m_dropped; }

signals:
    void resultReady(quint64 jobId, std::shared_ptr<const asirace::SimulationResult> result);

private:
    struct Job {
        quint64 id = 0;
        std::shared_ptr<const Scenario> scenario;
    };
    void start(Job job);
    void onFinished(quint64 jobId, std::shared_ptr<const asirace::SimulationResult> result);
    void onCancelled(quint64 jobId);
    void onJobEnded(quint64 jobId);

    QThread m_thread;
    SimulationWorker *m_worker;
    quint64 m_nextId = 1;
    bool m_running = false;
    std::optional<Job> m_pending;
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the running job
    int m_started = 0;
    int m_dropped = 0;
};

} // namespace asirace
