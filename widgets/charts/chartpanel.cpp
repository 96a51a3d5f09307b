#include "chartpanel.h"

#include "capabilitychart.h"
#include "computechart.h"
#include "outcomechart.h"
#include "rankingchart.h"

#include <QGridLayout>

namespace asirace {

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_compute(new ComputeChart(this))
    , m_capability(new CapabilityChart(this))
    , m_ranking(new RankingChart(this))
    , m_outcome(new OutcomeChart(this))
{
    // 2x2: the race itself (capability, ranking) on top, its drivers and the
    // verdict below. All four stay visible, so a slider move shows everywhere.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(m_capability, 0, 0);
    grid->addWidget(m_ranking, 0, 1);
    grid->addWidget(m_compute, 1, 0);
    grid->addWidget(m_outcome, 1, 1);

    for (RaceChart *chart : charts()) {
        chart->setMinimumSize(280, 150); // two rows fit a 768 px screen with the docks below
        // A replot only marks the chart for painting, so the window paints all
        // four charts, the leaderboard and the headline of one result in one
        // pass (QCustomPlot's default repaints each chart on its own at once).
        chart->setPlottingHint(QCP::phImmediateRefresh, false);
        // A chart fills all of itself with its background: nothing under it needs painting first.
        chart->setAttribute(Qt::WA_OpaquePaintEvent);
        connect(chart, &QCustomPlot::afterReplot, this, [this, chart] { onChartReplotted(chart); });
        connect(chart, &RaceChart::labVisibilityToggled, this, [this, chart](const QString &lab, bool visible) {
            for (RaceChart *other : charts())
                if (other != chart)
                    other->setLabVisible(lab, visible);
            emit labVisibilityToggled(lab, visible);
        });
    }
}

QList<RaceChart *> ChartPanel::charts() const
{
    return {m_compute, m_capability, m_ranking, m_outcome};
}

void ChartPanel::setResult(std::shared_ptr<const SimulationResult> result,
                           std::shared_ptr<const SimulationResult> comparison)
{
    // Each chart queues its replot; they all run in the next event-loop pass,
    // so a burst of slider ticks costs one redraw per chart.
    const auto all = charts();
    m_pendingReplots = QSet<RaceChart *>(all.begin(), all.end());
    for (RaceChart *chart : all)
        chart->setResult(result, comparison);
}

void ChartPanel::setEvents(const QList<ChartEvent> &events)
{
    for (RaceChart *chart : charts())
        chart->setEvents(events);
}

void ChartPanel::setComparisonName(const QString &name)
{
    for (RaceChart *chart : charts())
        chart->setComparisonName(name);
}

void ChartPanel::setScenarioName(const QString &name)
{
    for (RaceChart *chart : charts())
        chart->setScenarioName(name);
}

void ChartPanel::setOutcomeOdds(std::optional<OutcomeOdds> odds)
{
    m_outcome->setOdds(std::move(odds));
}

void ChartPanel::setLabVisible(const QString &lab, bool visible)
{
    for (RaceChart *chart : charts())
        chart->setLabVisible(lab, visible);
}

void ChartPanel::onChartReplotted(RaceChart *chart)
{
    if (m_pendingReplots.isEmpty() || !m_pendingReplots.remove(chart))
        return;
    if (m_pendingReplots.isEmpty())
        emit replotted();
}

} // namespace asirace
