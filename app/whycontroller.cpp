#include "whycontroller.h"

#include "jobrunner.h"
#include "scenariodocument.h"
#include "whypanel.h"

#include <QTimer>

namespace asirace {

WhyController::WhyController(ScenarioDocument *document, WhyPanel *panel, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_panel(panel)
    , m_runner(new JobRunner(this))
    , m_throttle(new QTimer(this))
{
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kExplainIntervalMs);
    connect(m_throttle, &QTimer::timeout, this, &WhyController::restart);
    connect(m_document, &ScenarioDocument::edited, this, [this](DocumentChange change) {
        if (change != DocumentChange::Scenario) // a name or description changes no outcome
            onScenarioChanged();
    });
    connect(m_document, &ScenarioDocument::currentChanged, this, &WhyController::onScenarioChanged);
    connect(m_runner, &JobRunner::failed, m_panel, &WhyPanel::showError);
    connect(m_runner, &JobRunner::runningChanged, this, [this](bool running) {
        if (!running && m_due && m_shown)
            restart();
    });
}

void WhyController::setShown(bool shown)
{
    m_shown = shown;
    if (m_shown && m_panel->isStale())
        restart();
}

void WhyController::onScenarioChanged()
{
    m_panel->markStale();
    // Not restarted by later edits: a drag gets an explanation every interval, not none.
    if (m_shown && !m_throttle->isActive())
        m_throttle->start();
}

void WhyController::restart()
{
    if (m_runner->isRunning()) {
        m_due = true; // started when the running one ends: no cancel, so no join on this thread
        return;
    }
    m_due = false;
    m_runner->submit(
        [scenario = m_document->current()](const CancelToken &token) {
            return std::make_shared<const LeadExplanation>(explainLead(scenario, token.flag()));
        },
        [this](std::shared_ptr<const LeadExplanation> explanation) {
            if (m_due || explanation->status == LeadExplanation::Status::Cancelled)
                return; // of a scenario edited since; the due explanation follows
            m_explanation = std::move(explanation);
            m_panel->showExplanation(m_explanation);
            emit explanationShown();
        });
}

} // namespace asirace
