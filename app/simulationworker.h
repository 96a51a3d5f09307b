#pragma once
// Runs one simulation at a time on the runner's worker thread.

#include "scenario.h"
#include "simulationresult.h"

#include <QObject>

#include <atomic>
#include <memory>


namespace asirace {

class SimulationWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Called on the worker thread. A run cancelled through `cancel` reports nothing.
    void run(quint64 jobId, std::shared_ptr<const Scenario> scenario, std::shared_ptr<std::atomic<bool>> cancel);

signals:
    void finished(quint64 jobId, std::shared_ptr<const asirace::SimulationResult> result);
    void cancelled(quint64 jobId);
};

} // namespace asirace
