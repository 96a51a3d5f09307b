#pragma once
// Keeps the Monte Carlo odds and the sensitivity (tornado) analysis in step
// with the document, on worker threads. With Monte Carlo on, every edit
// cancels the running batch at once; once edits pause (kRestartDelayMs, so a
// slider drag does not restart it on every tick) it starts again from a small
// first batch (an estimate ~100 ms later) that refines while the user is idle; the odds go
// to the race-outcome chart (P(first) bars, p10-p90 arrival ranges) and to the
// leaderboard (P(first) ± s.e. column). Off clears them, leaving the
// deterministic view as it was. The sensitivity view re-analyses on request,
// and by itself after edits while it is visible.

#include "montecarloresult.h"
#include "sensitivity.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>

class QTimer;

namespace asirace {

class ChartPanel;
class Leaderboard;
class MonteCarloPanel;
class JobRunner;
class ScenarioDocument;
class SensitivityView;

class MonteCarloController : public QObject
{
    Q_OBJECT
public:
    MonteCarloController(ScenarioDocument *document, MonteCarloPanel *panel, SensitivityView *sensitivity,
                         ChartPanel *charts, Leaderboard *leaderboard, QObject *parent = nullptr);

    // Runs of the first batch: small enough to land within ~100 ms on a slow machine.
    static constexpr qint64 kFirstBatch = 250;
    // Pause after the last edit before the odds restart.
    static constexpr int kRestartDelayMs = 80;

    bool isEnabled() const { return m_enabled; }
    // Latest estimate shown (partial while refining), nullptr when off.
    std::shared_ptr<const MonteCarloResult> result() const { return m_result; }
    // Milliseconds from the edit (or switching on) to the first estimate shown; -1 before any.
    qint64 firstEstimateMs() const { return m_firstEstimateMs; }
    JobRunner *runner() const { return m_runner; }
    JobRunner *sensitivityRunner() const { return m_sensitivityRunner; }
    // Whether a restart of the odds waits for edits to pause.
    bool isRestartPending() const;

    // Whether the sensitivity view is on screen (its dock tab selected): a shown,
    // stale view re-analyses by itself; a hidden one waits until it is shown.
    void setSensitivityShown(bool shown);
    // Starts the sensitivity analysis of the current scenario for `output`.
    void analyse(const SensitivityOutput &output);

signals:
    // An estimate reached the chart and the leaderboard (first, refined or final).
    void oddsShown(std::shared_ptr<const asirace::MonteCarloResult> result);
    void oddsCleared();
    void statusMessage(const QString &message);

private:
    void setEnabled(bool on);
    void restart();
    void restartSoon(); // cancels the batch in flight now, restarts once edits pause
    void onScenarioChanged();
    void onUpdate(std::shared_ptr<const MonteCarloResult> result);
    void onSensitivity(std::shared_ptr<const SensitivityResult> result);
    void updateLabs();
    void clearOdds();

    ScenarioDocument *m_document;
    MonteCarloPanel *m_panel;
    SensitivityView *m_sensitivity;
    ChartPanel *m_charts;
    Leaderboard *m_leaderboard;
    JobRunner *m_runner;
    JobRunner *m_sensitivityRunner; // its own lane: an analysis must not cancel the odds
    QTimer *m_restartDelay;         // restart the odds once edits pause
    QTimer *m_sensitivityDelay;     // re-analyse once edits pause
    QStringList m_labs; // racing labs offered as sensitivity outputs
    bool m_enabled = false;
    bool m_sensitivityShown = false;
    std::shared_ptr<const MonteCarloResult> m_result;
    QElapsedTimer m_sinceRestart; // from the last edit (or switching on)
    bool m_awaitingFirst = false;
    qint64 m_firstEstimateMs = -1;
};

} // namespace asirace
