#pragma once
// Keeps the Monte Carlo odds and the sensitivity (tornado) analysis in step
// with the document, on worker threads. With Monte Carlo on, every edit
// cancels the running batch and starts again from a small first batch (an
// estimate within ~100 ms) that refines while the user is idle; the odds go
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
class MonteCarloRunner;
class ScenarioDocument;
class SensitivityView;

class MonteCarloController : public QObject
{
    Q_OBJECT
public:
    MonteCarloController(ScenarioDocument *document, MonteCarloPanel *panel, SensitivityView *sensitivity,
                         ChartPanel *charts, Leaderboard *leaderboard, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    // Latest estimate shown (partial while refining), nullptr when off.
    std::shared_ptr<const MonteCarloResult> result() const { return m_result; }
    // Milliseconds from the edit (or switching on) to the first estimate shown; -1 before any.
    qint64 firstEstimateMs() const { return m_firstEstimateMs; }
    MonteCarloRunner *runner() const { return m_runner; }
    MonteCarloRunner *sensitivityRunner() const { return m_sensitivityRunner; }

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
    MonteCarloRunner *m_runner;
    MonteCarloRunner *m_sensitivityRunner; // its own runner: an analysis must not cancel the odds
    QTimer *m_sensitivityDelay;            // re-analyse once edits pause
    QStringList m_labs; // racing labs offered as sensitivity outputs
    bool m_enabled = false;
    bool m_sensitivityShown = false;
    std::shared_ptr<const MonteCarloResult> m_result;
    QElapsedTimer m_sinceRestart;
    bool m_awaitingFirst = false;
    qint64 m_firstEstimateMs = -1;
};

} // namespace asirace
