#include "flipscontroller.h"

#include "jobrunner.h"
#include "mustbetrueview.h"
#include "scenariodocument.h"

#include <QTimer>

namespace asirace {
namespace {

// Pause after the last edit before searching again (a drag is many edits).
constexpr int kSearchDelayMs = 500;

} // namespace

FlipsController::FlipsController(ScenarioDocument *document, MustBeTrueView *view, QObject *parent)
    : QObject(parent), m_document(document), m_view(view), m_runner(new JobRunner(this)), m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(kSearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, &FlipsController::search);
    connect(m_document, &ScenarioDocument::edited, this, [this](DocumentChange change) {
        if (change != DocumentChange::Scenario) // a name or description changes no outcome
            onScenarioChanged();
    });
    connect(m_document, &ScenarioDocument::currentChanged, this, &FlipsController::onScenarioChanged);
    connect(m_runner, &JobRunner::failed, m_view, &MustBeTrueView::showError);
}

void FlipsController::setShown(bool shown)
{
    m_shown = shown;
    if (shown && m_view->isStale() && !m_runner->isRunning())
        m_delay->start(0);
}

void FlipsController::onScenarioChanged()
{
    if (m_runner->isRunning())
        m_runner->cancel(); // its answer would be about the scenario before the edit
    m_view->markStale();
    if (m_shown)
        m_delay->start();
}

void FlipsController::search()
{
    m_view->showProgress(0, 0);
    m_runner->submit(
        [scenario = m_document->current(), view = m_view](const CancelToken &token) -> std::optional<FlipReport> {
            ParallelControl control;
            control.cancel = token.flag();
            control.progress = [token, view](std::int64_t done, std::int64_t total) {
                token.post([view, done, total] { view->showProgress(done, total); });
            };
            return findFlips(scenario, {}, control);
        },
        [this](std::optional<FlipReport> report) {
            if (!report)
                return; // cancelled
            m_report = std::make_shared<const FlipReport>(std::move(*report));
            m_view->showReport(*m_report);
        });
}

} // namespace asirace
