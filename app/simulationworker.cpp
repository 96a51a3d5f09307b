#include "simulationworker.h"

#include "simulator.h"

namespace asirace {

void SimulationWorker::run(quint64 jobId, std::shared_ptr<const Scenario> scenario,
                           std::shared_ptr<std::atomic<bool>> cancel)
{
    auto result = std::make_shared<SimulationResult>(simulate(*scenario, cancel.get()));
    if (result->cancelled)
        emit cancelled(jobId);
    else
        emit finished(jobId, std::move(result));
}

} // namespace asirace
