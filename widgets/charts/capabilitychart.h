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

    QString title() const override { return tr("Capability race: κ against the AGI and ASI thresholds"); }

    // Arrival labels in the order they are stacked, for tests: lab -> text.
    QMap<QString, QString> arrivalLabels() const;

protected:
    void rebuild() override;
    void arrangeAnnotations() override;
    QList<QCPAxis *> timeAxes() const override { return {xAxis}; }

private:
    void addThreshold(const QString &key, double kappa, const QString &text, Qt::PenStyle style);
    QCPItemTracer *addMarker(const QString &lab, double year, double kappa, bool comparison);
    void addArrivalLabels(const SimulationResult &r);

    // One label per arrival month; labs arriving in the same month share it.
    struct Arrival {
        QStringList labs;
        double year = 0;
        QCPItemTracer *marker = nullptr;
        QCPItemText *label = nullptr;
        QCPItemLine *connector = nullptr;
    };
    QList<Arrival> m_arrivals; // primary result only, sorted by year
    double m_asiKappa = 0;
    double m_homeTop = 0; // top of the home view before making room for labels
};

} // namespace asirace
