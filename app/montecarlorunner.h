#pragma once
// Runs Monte Carlo (and sensitivity analysis) off the GUI thread, latest job
// wins: starting a job cancels the one in flight, and results of a cancelled
// or superseded job are dropped before they reach the views. Monte Carlo runs
// progressively: a small first batch (an estimate within ~100 ms), then
// doubling batches that refine it until the requested run count is reached.

#include "leadexplanation.h"
#include "flips.h"
#include "montecarlo.h"
#include "sensitivity.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace asirace {

class MonteCarloRunner : public QObject
{
    Q_OBJECT
public:
    explicit MonteCarloRunner(QObject *parent = nullptr);
    ~MonteCarloRunner() override; // cancels and waits for the worker

    // Runs of the first batch: small enough to land within ~100 ms on a slow machine.
    static constexpr qint64 kFirstBatch = 250;

    // Starts Monte Carlo on `scenario` (copied), cancelling any running job.
    void startMonteCarlo(const Scenario &scenario, const MonteCarloOptions &options);
    // Starts a sensitivity analysis, cancelling any running job.
    void startSensitivity(const Scenario &scenario, const SensitivityOutput &output,
                          const SensitivityOptions &options = {});
    // Starts explaining the leader's lead (leadexplanation.h), cancelling any running job.
    void startExplanation(const Scenario &scenario);
    // Starts a "what must be true" search (flips.h), cancelling any running job.
    void startFlips(const Scenario &scenario, const FlipOptions &options = {});
    // Stops the running job (its results are dropped).
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 currentJob() const { return m_job; }

signals:
    // A partial (result->complete() false) or final Monte Carlo estimate.
    void monteCarloUpdated(std::shared_ptr<const asirace::MonteCarloResult> result);
    void sensitivityReady(std::shared_ptr<const asirace::SensitivityResult> result);
    void explanationReady(std::shared_ptr<const asirace::LeadExplanation> explanation);
    void flipsReady(std::shared_ptr<const asirace::FlipReport> report);
    // Progress of the running job: finished and total units (runs or swings).
    void progress(qint64 done, qint64 total);
    void failed(const QString &message);
    void runningChanged(bool running);

private:
    using Work = std::function<void(quint64 job, const std::atomic<bool> &cancel)>;
    void launch(Work work);
    void stopWorker();
    void finishJob(quint64 job);
    // Delivers `deliver` on the GUI thread if `job` is still the latest.
    void post(quint64 job, std::function<void()> deliver);

    std::thread m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_job = 0;
    bool m_running = false;
};

} // namespace asirace
