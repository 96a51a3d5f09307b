#pragma once
// Capability race: each lab's kappa (log10 effective FLOP) over time, the AGI
// and ASI thresholds as lines, and each lab's ASI arrival marked and labelled.

#include "racechart.h"

namespace asirace {

class CapabilityChart : public RaceChart
{
    Q_OBJECT
public:
    explicit CapabilityChart(QWidget *parent = nullptr);

    QString title() const override;
    bool canShowDifference() const override { return true; }

    // Arrival labels in the order they are stacked, for tests: lab -> text.
    QMap<QString, QString> arrivalLabels() const;

protected:
    void rebuild() override;
    void arrangeAnnotations() override;
    QList<QCPAxis *> timeAxes() const override { return {xAxis}; }

private:
    void addThreshold(const QString &key, double kappa, const QStringList &texts, Qt::PenStyle style); // longest text first
    QCPItemTracer *addMarker(const QString &lab, double year, double kappa, bool comparison);
    void addArrivalLabels(const SimulationResult &r);
    void setKappaTitles(); // the axis title variants of the κ view
    void rebuildDifference(); // Compare as difference: Δκ per lab
    // One placement of every label at the current ranges; false if some label
    // found no free spot (then bestEffort places it as well as it can).
    bool placeLabels(bool bestEffort);

    // One label per arrival month; labs arriving in the same month share it.
    struct Arrival {
        QStringList labs;
        double year = 0;
        QCPItemTracer *marker = nullptr;
        QCPItemText *label = nullptr;
        QCPItemLine *connector = nullptr;
        QString text;          // "Anthropic · Aug 2040"
        bool leadsGroup = true; // false: merged into the label of an earlier arrival (groupArrivals)
        int group = 0;          // index in m_arrivals of the arrival whose label shows this one
    };
    QList<Arrival> m_arrivals; // primary result only, sorted by year
    // Merges the labels of neighbouring arrivals, closest in time first,
    // `merges` times: where two rows of labels would squeeze the lines, one
    // label "Google DeepMind Apr · Anthropic Aug 2040" takes one row.
    void groupArrivals(int merges);
    int m_merges = 0; // merges the last layout needed
    int m_rowsBelow = 1; // rows under a marker its label may take
    bool placeArrivalLabel(const Arrival &a, bool bestEffort); // false: not free
    struct Threshold {
        QCPItemText *label = nullptr;
        double kappa = 0;
        QStringList texts; // longest first
    };
    QList<Threshold> m_thresholds;
    QList<QCPItemTracer *> m_markers; // every arrival marker, compared ones too: labels keep off them
    double m_homeTop = 0; // top of the home view before making room for labels: above all data
    int m_raisedRows = 0; // label rows the last layout added above m_homeTop
};

} // namespace asirace
