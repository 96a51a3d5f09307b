#pragma once
// Compute curves: each lab's compute capacity (top) and largest training run
// (bottom) over time on log scales, with historical frontier training runs as
// points; the record-setting runs are labelled; Epoch AI's year-end compute
// estimates per lab as points with 5-95% whiskers.

#include "historicalruns.h"
#include "racechart.h"

namespace asirace {

class ComputeChart : public RaceChart
{
    Q_OBJECT
public:
    explicit ComputeChart(QWidget *parent = nullptr);

    QString title() const override;
    bool canShowDifference() const override { return true; }
    QCPAxisRect *capacityRect() const { return m_capacityRect; }
    QCPAxisRect *trainingRect() const { return m_trainingRect; }

    // Record labels currently drawn (collisions hide the rest), for tests.
    QStringList shownRecordLabels() const;

protected:
    void rebuild() override;
    void arrangeAnnotations() override;
    QString hoverText(const QCPAbstractPlottable *plottable, const SeriesInfo &info, int index) const override;
    QList<QCPAxis *> timeAxes() const override
    {
        return {m_capacityRect->axis(QCPAxis::atBottom), m_trainingRect->axis(QCPAxis::atBottom)};
    }

private:
    void addLabSeries(const SimulationResult &result, bool comparison, QCPRange &capacity, QCPRange &training,
                      bool &haveCapacity, bool &haveTraining);
    void addHistory(QCPRange &training, bool &haveTraining, double &firstYear);
    void addEpochEstimates(QCPRange &capacity, bool &haveCapacity, double &firstYear);
    void addLegendMarker(const QString &role, const QString &name, QCPScatterStyle::ScatterShape shape,
                         const QColor &fill, double size, QCPAxis *x, QCPAxis *y);
    void placeRecordLabels();
    // Compare as difference: log10 here − log10 there of capacity and largest
    // run, in orders of magnitude (+1 = ten times as much here), on linear axes.
    void rebuildDifference();
    void setValueScales(bool logarithmic);

    QCPAxisRect *m_capacityRect = nullptr;
    QCPAxisRect *m_trainingRect = nullptr;
    QHash<QString, QList<TrainingRun>> m_historyByRole; // same order as the graph's points
    struct RecordLabel {
        QCPItemText *label = nullptr;
        QPointF point; // (year, FLOP)
    };
    QList<RecordLabel> m_recordLabels; // oldest first
};

} // namespace asirace
