#include "montecarlocontroller.h"

#include "chartpanel.h"
#include "leaderboard.h"
#include "montecarlopanel.h"
#include "jobrunner.h"
#include "montecarlo.h"
#include "scenariodocument.h"
#include "sensitivityview.h"

#include <QLocale>
#include <QTimer>

namespace asirace {
namespace {

// Pause after the last edit before the visible tornado is recomputed: an
// analysis is hundreds of runs per input, not worth starting for every tick of a drag.
constexpr int kSensitivityDelayMs = 600;

} // namespace

MonteCarloController::MonteCarloController(ScenarioDocument *document, MonteCarloPanel *panel,
                                           SensitivityView *sensitivity, ChartPanel *charts, Leaderboard *leaderboard,
                                           QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_panel(panel)
    , m_sensitivity(sensitivity)
    , m_charts(charts)
    , m_leaderboard(leaderboard)
    , m_runner(new JobRunner(this))
    , m_sensitivityRunner(new JobRunner(this))
    , m_restartDelay(new QTimer(this))
    , m_sensitivityDelay(new QTimer(this))
{
    connect(m_panel, &MonteCarloPanel::enabledChanged, this, &MonteCarloController::setEnabled);
    connect(m_panel, &MonteCarloPanel::settingsChanged, this, &MonteCarloController::restartSoon);
    m_restartDelay->setSingleShot(true);
    m_restartDelay->setInterval(kRestartDelayMs);
    connect(m_restartDelay, &QTimer::timeout, this, &MonteCarloController::restart);
    connect(m_document, &ScenarioDocument::edited, this, [this](DocumentChange change) {
        if (change != DocumentChange::Scenario) // a name or description changes no outcome
            onScenarioChanged();
    });
    connect(m_document, &ScenarioDocument::currentChanged, this, &MonteCarloController::onScenarioChanged);

    connect(m_runner, &JobRunner::failed, this, [this](const QString &message) {
        clearOdds(); // odds of the scenario before the edit would mislead
        m_panel->showError(message);
    });

    connect(m_sensitivity, &SensitivityView::analyseRequested, this, &MonteCarloController::analyse);
    connect(m_sensitivityRunner, &JobRunner::failed, m_sensitivity, &SensitivityView::showError);
    m_sensitivityDelay->setSingleShot(true);
    m_sensitivityDelay->setInterval(kSensitivityDelayMs);
    connect(m_sensitivityDelay, &QTimer::timeout, this, [this] {
        if (m_sensitivityShown && m_sensitivity->isStale())
            analyse(m_sensitivity->currentOutput());
    });
    updateLabs();
}

void MonteCarloController::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    if (on) {
        m_sinceRestart.start();
        restart();
        emit statusMessage(tr("Monte Carlo on: odds refine while you are idle."));
    } else {
        m_restartDelay->stop();
        m_runner->cancel();
        clearOdds();
        emit statusMessage(tr("Monte Carlo off: the charts show the single run."));
    }
}

bool MonteCarloController::isRestartPending() const { return m_restartDelay->isActive(); }

void MonteCarloController::restart()
{
    m_restartDelay->stop();
    if (!m_enabled)
        return;
    MonteCarloOptions options;
    options.runs = m_panel->runs();
    options.seed = m_panel->seed();
    m_awaitingFirst = true; // timed from the switch or the last edit (m_sinceRestart)
    // Cancels the batch in flight (its late results are dropped by the runner).
    m_runner->submit([scenario = m_document->current(), options, this](const CancelToken &token) {
        ParallelControl control;
        control.cancel = token.flag();
        runMonteCarloProgressive(scenario, options, kFirstBatch, control, [&](const MonteCarloResult &r) {
            token.post([this, shared = std::make_shared<const MonteCarloResult>(r)] { onUpdate(shared); });
            return !token.isCancelled();
        });
    });
    m_panel->showProgress(0, options.runs);
}

void MonteCarloController::restartSoon()
{
    if (!m_enabled)
        return;
    // The batch in flight computes odds of a scenario that no longer is: stop
    // it now (the cores go to the live simulation), start again once edits pause.
    m_runner->cancel();
    m_sinceRestart.start();
    m_restartDelay->start();
}

void MonteCarloController::onScenarioChanged()
{
    restartSoon();
    updateLabs();
    // An analysis of the scenario before the edit would be shown as current: drop it.
    m_sensitivityRunner->cancel();
    m_sensitivity->markStale();
    if (m_sensitivityShown)
        m_sensitivityDelay->start();
}

void MonteCarloController::onUpdate(std::shared_ptr<const MonteCarloResult> result)
{
    if (!m_enabled)
        return;
    if (m_awaitingFirst) {
        m_awaitingFirst = false;
        m_firstEstimateMs = m_sinceRestart.elapsed();
    }
    m_result = std::move(result);
    m_charts->setOutcomeOdds(outcomeOddsFrom(*m_result));
    m_leaderboard->setOdds(m_result);
    if (m_result->complete())
        m_panel->showIdle(tr("%1 runs · P(no lab by the horizon) %2% · first estimate after %3 ms")
                              .arg(QLocale().toString(qlonglong(m_result->runs)))
                              .arg(m_result->p_none * 100, 0, 'f', 1)
                              .arg(m_firstEstimateMs));
    else
        m_panel->showProgress(m_result->runs, m_result->requested_runs);
    emit oddsShown(m_result);
}

void MonteCarloController::clearOdds()
{
    m_result.reset();
    m_awaitingFirst = false;
    m_charts->setOutcomeOdds(std::nullopt);
    m_leaderboard->setOdds(nullptr);
    emit oddsCleared();
}

void MonteCarloController::setSensitivityShown(bool shown)
{
    m_sensitivityShown = shown;
    // A view opened for the first time (or after edits while hidden) fills itself.
    if (shown && m_sensitivity->isStale() && !m_sensitivityRunner->isRunning())
        m_sensitivityDelay->start(0);
}

void MonteCarloController::analyse(const SensitivityOutput &output)
{
    m_sensitivityDelay->stop();
    m_sensitivity->showProgress(0, 0); // "Computing…" until the first swing lands
    m_sensitivityRunner->submit(
        [scenario = m_document->current(), output, options = m_sensitivity->options(),
         view = m_sensitivity](const CancelToken &token) -> std::shared_ptr<const SensitivityResult> {
            ParallelControl control;
            control.cancel = token.flag();
            control.progress = [&token, view](std::int64_t done, std::int64_t total) {
                token.post([view, done, total] { view->showProgress(done, total); });
            };
            auto result = runSensitivity(scenario, output, options, control);
            return result ? std::make_shared<const SensitivityResult>(std::move(*result)) : nullptr;
        },
        [this](std::shared_ptr<const SensitivityResult> result) {
            if (result) // nullptr: cancelled, and then stale anyway
                onSensitivity(std::move(result));
        });
}

void MonteCarloController::onSensitivity(std::shared_ptr<const SensitivityResult> result)
{
    m_sensitivity->showResult(*result);
}

void MonteCarloController::updateLabs()
{
    QStringList labs;
    for (const Organisation &o : m_document->current().organisations)
        if (o.isLab())
            labs << QString::fromStdString(o.name);
    if (labs == m_labs)
        return; // most edits change values, not labs: leave the choice list (and an open popup) alone
    m_labs = labs;
    m_sensitivity->setLabs(labs);
}

} // namespace asirace
