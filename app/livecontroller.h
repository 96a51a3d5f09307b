#pragma once
// Keeps the charts, the leaderboard and the headline in step with the
// document: every edit re-simulates (latest request wins, on a worker thread)
// and every fresh result redraws. Also owns the "Compare with" overlay.

#include "scenario.h"
#include "simulationresult.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace asirace {

class ChartPanel;
class HeadlineBand;
class Leaderboard;
class ScenarioDocument;
class JobRunner;

class LiveController : public QObject
{
    Q_OBJECT
public:
    LiveController(ScenarioDocument *document, ChartPanel *charts, Leaderboard *leaderboard, HeadlineBand *headline,
                   QObject *parent = nullptr);

    // Compare with another scenario: "file:NAME" (a scenario of the open file),
    // "builtin:NAME" (a built-in scenario) or empty for no comparison.
    void setComparison(const QString &key);
    QString comparison() const { return m_comparisonKey; }
    QString comparisonName() const;
    // Compare with a scenario of another file (key "other:NAME"); the copy is
    // kept here, the other file is not held open.
    void setComparisonFromFile(Scenario scenario, const QString &fileName);
    // The scenario being compared with, or null.
    const Scenario *comparedScenario() const { return comparisonScenario(); }

    std::shared_ptr<const SimulationResult> result() const { return m_result; }
    std::shared_ptr<const SimulationResult> comparisonResult() const { return m_comparisonResult; }
    JobRunner *runner() const { return m_runner; }
    JobRunner *comparisonRunner() const { return m_comparisonRunner; }

signals:
    void resultShown(); // a new result (or comparison) went to the views
    void comparisonChanged(const QString &key);

private:
    void resimulate();
    void resimulateComparison();
    // Simulates `scenario` on `runner`; the result reaches `onResult` unless a newer request came first.
    void request(JobRunner *runner, const Scenario &scenario,
                 void (LiveController::*onResult)(std::shared_ptr<const SimulationResult>));
    void onResult(std::shared_ptr<const SimulationResult> result);
    void onComparisonResult(std::shared_ptr<const SimulationResult> result);
    void onScenarioListChanged();
    const Scenario *comparisonScenario() const;
    void show();

    ScenarioDocument *m_document;
    ChartPanel *m_charts;
    Leaderboard *m_leaderboard;
    HeadlineBand *m_headline;
    JobRunner *m_runner;           // the scenario being edited
    JobRunner *m_comparisonRunner; // the compared one: its own lane, so neither cancels the other
    QString m_comparisonKey;
    std::optional<Scenario> m_otherFileScenario; // for "other:" keys
    QString m_otherFileName;
    std::shared_ptr<const SimulationResult> m_result;
    std::shared_ptr<const SimulationResult> m_comparisonResult;
};

} // namespace asirace
