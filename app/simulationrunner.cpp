#include "simulationrunner.h"

#include "simulationworker.h"

namespace asirace {

SimulationRunner::SimulationRunner(QObject *parent)
    : QObject(parent)
    , m_worker(new SimulationWorker)
{
    qRegisterMetaType<std::shared_ptr<const SimulationResult>>();
    m_thread.setObjectName(QStringLiteral("simulation"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SimulationWorker::finished, this, &SimulationRunner::onFinished, Qt::QueuedConnection);
    connect(m_worker, &SimulationWorker::cancelled, this, &SimulationRunner::onCancelled, Qt::QueuedConnection);
    m_thread.start();
}

SimulationRunner::~SimulationRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    m_thread.quit();
    m_thread.wait(); // a cancelled run stops within one simulated month
}

quint64 SimulationRunner::request(const Scenario &scenario)
{
    Job job{m_nextId++, std::make_shared<const Scenario>(scenario)};
    if (!m_running) {
        start(std::move(job));
    } else {
        m_pending = std::move(job); // an older pending job is dropped without running
        m_cancel->store(true);      // the running job is stale now
    }
    return latestJob();
}

void SimulationRunner::start(Job job)
{
    m_running = true;
    ++m_started;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id = job.id, scenario = std::move(job.scenario), cancel = m_cancel] {
            worker->run(id, scenario, cancel);
        },
        Qt::QueuedConnection);
}

void SimulationRunner::onFinished(quint64 jobId, std::shared_ptr<const SimulationResult> result)
{
    if (jobId == latestJob())
        emit resultReady(jobId, std::move(result));
    else
        ++m_dropped; // a newer request exists: this result is stale
    onJobEnded(jobId);
}

void SimulationRunner::onCancelled(quint64 jobId)
{
    ++m_dropped;
    onJobEnded(jobId);
}

void SimulationRunner::onJobEnded(quint64 jobId)
{
    Q_UNUSED(jobId);
    m_running = false;
    if (m_pending) {
        Job next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
}

} // namespace asirace
