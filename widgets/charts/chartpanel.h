#pragma once
// The four dashboard charts in a 2x2 grid, kept in step: one setResult feeds
// them all, a lab hidden in one chart is hidden in every chart, and
// replotted() fires once all of them have redrawn the latest result.

#include "outcomeodds.h"
#include "racechart.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace asirace {

class CapabilityChart;
class ComputeChart;
class OutcomeChart;
class RankingChart;

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    // comparison is drawn dashed in the same lab colours.
    void setResult(std::shared_ptr<const SimulationResult> result,
                   std::shared_ptr<const SimulationResult> comparison = {});
    void setComparisonName(const QString &name);
    void setScenarioName(const QString &name); // names the solid lines in Compare mode
    // The scenario's events, marked on every chart with a time axis.
    void setEvents(const QList<ChartEvent> &events);
    // Monte Carlo odds for the outcome chart (issue 6); nullopt removes them.
    void setOutcomeOdds(std::optional<OutcomeOdds> odds);

    QList<RaceChart *> charts() const; // compute, capability, ranking, outcome
    ComputeChart *computeChart() const { return m_compute; }
    CapabilityChart *capabilityChart() const { return m_capability; }
    RankingChart *rankingChart() const { return m_ranking; }
    OutcomeChart *outcomeChart() const { return m_outcome; }

    void setLabVisible(const QString &lab, bool visible);

signals:
    // Emitted after all charts finished the replot triggered by the latest setResult.
    void replotted();
    void labVisibilityToggled(const QString &lab, bool visible);

private:
    void onChartReplotted(RaceChart *chart);

    ComputeChart *m_compute = nullptr;
    CapabilityChart *m_capability = nullptr;
    RankingChart *m_ranking = nullptr;
    OutcomeChart *m_outcome = nullptr;
    QSet<RaceChart *> m_pendingReplots;
};

} // namespace asirace
