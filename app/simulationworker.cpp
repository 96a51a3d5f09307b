#include "simulationworker.h"

#include "simulator.h"

#include <exception>

namespace asirace {

void SimulationWorker::run(quint64 jobId, std::shared_ptr<const Scenario> scenario,
                           std::shared_ptr<std::atomic<bool>> cancel)
{
    std::shared_ptr<SimulationResult> result;
    try {
        result = std::make_shared<SimulationResult>(simulate(*scenario, cancel.get()));
    } catch (const std::exception &e) {
        // The scenario was validated, so this is a model bug: keep the GUI alive
        // with the last good result instead of terminating the thread.
        qWarning("simulation %llu failed: %s", static_cast<unsigned long long>(jobId), e.what());
        emit cancelled(jobId);
        return;
    }
    if (result->cancelled)
        emit cancelled(jobId);
    else
        emit finished(jobId, std::move(result));
}

} // namespace asirace
