#include "montecarlorunner.h"

#include <QMetaObject>

#include <exception>

namespace asirace {

MonteCarloRunner::MonteCarloRunner(QObject *parent) : QObject(parent) {}

MonteCarloRunner::~MonteCarloRunner()
{
    stopWorker();
}

void MonteCarloRunner::stopWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    // The engine checks the flag between chunks of a few dozen runs, so this
    // waits a millisecond or two at most.
    if (m_worker.joinable())
        m_worker.join();
}

void MonteCarloRunner::cancel()
{
    stopWorker();
    ++m_job; // anything still queued from the old job is now stale
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void MonteCarloRunner::post(quint64 job, std::function<void()> deliver)
{
    // Queued onto this object's thread; dropped there if a newer job started.
    QMetaObject::invokeMethod(
        this,
        [this, job, deliver = std::move(deliver)] {
            if (job == m_job)
                deliver();
        },
        Qt::QueuedConnection);
}

void MonteCarloRunner::finishJob(quint64 job)
{
    if (job != m_job || !m_running)
        return;
    m_running = false;
    emit runningChanged(false);
}

void MonteCarloRunner::launch(Work work)
{
    stopWorker();
    const quint64 job = ++m_job;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
    m_worker = std::thread([this, job, cancel = m_cancel, work = std::move(work)] {
        try {
            work(job, *cancel);
        } catch (const std::exception &e) {
            const QString message = QString::fromUtf8(e.what());
            post(job, [this, message] { emit failed(message); });
        }
        post(job, [this, job] { finishJob(job); });
    });
}

void MonteCarloRunner::startMonteCarlo(const Scenario &scenario, const MonteCarloOptions &options)
{
    launch([this, scenario, options](quint64 job, const std::atomic<bool> &cancel) {
        ParallelControl control;
        control.cancel = &cancel;
        runMonteCarloProgressive(scenario, options, kFirstBatch, control, [&](const MonteCarloResult &r) {
            auto shared = std::make_shared<const MonteCarloResult>(r);
            post(job, [this, shared] {
                emit progress(shared->runs, shared->requested_runs);
                emit monteCarloUpdated(shared);
            });
            return !cancel.load();
        });
    });
}

void MonteCarloRunner::startSensitivity(const Scenario &scenario, const SensitivityOutput &output,
                                        const SensitivityOptions &options)
{
    launch([this, scenario, output, options](quint64 job, const std::atomic<bool> &cancel) {
        ParallelControl control;
        control.cancel = &cancel;
        control.progress = [this, job](std::int64_t done, std::int64_t total) {
            post(job, [this, done, total] { emit progress(done, total); });
        };
        auto result = runSensitivity(scenario, output, options, control);
        if (!result)
            return;
        auto shared = std::make_shared<const SensitivityResult>(std::move(*result));
        post(job, [this, shared] { emit sensitivityReady(shared); });
    });
}

void MonteCarloRunner::startExplanation(const Scenario &scenario)
{
    launch([this, scenario](quint64 job, const std::atomic<bool> &cancel) {
        auto explanation = std::make_shared<const LeadExplanation>(explainLead(scenario, &cancel));
        if (explanation->status != LeadExplanation::Status::Cancelled)
            post(job, [this, explanation] { emit explanationReady(explanation); });
    });
}

void MonteCarloRunner::startFlips(const Scenario &scenario, const FlipOptions &options)
{
    launch([this, scenario, options](quint64 job, const std::atomic<bool> &cancel) {
        ParallelControl control;
        control.cancel = &cancel;
        control.progress = [this, job](std::int64_t done, std::int64_t total) {
            post(job, [this, done, total] { emit progress(done, total); });
        };
        auto report = findFlips(scenario, options, control);
        if (!report)
            return;
        auto shared = std::make_shared<const FlipReport>(std::move(*report));
        post(job, [this, shared] { emit flipsReady(shared); });
    });
}

} // namespace asirace
