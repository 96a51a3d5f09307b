#pragma once
// Race outcome: when each lab reaches ASI, as horizontal bars from the start
// of the simulation (hatched "not by <end year>" when it does not). With
// Monte Carlo odds set, adds p10-p90 arrival ranges and a P(first) panel.

#include "outcomeodds.h"
#include "racechart.h"

#include <QList>

#include <optional>

namespace asirace {

class OutcomeChart : public RaceChart
{
    Q_OBJECT
public:
    explicit OutcomeChart(QWidget *parent = nullptr);

    QString title() const override { return tr("Race outcome: ASI arrival by lab"); }
    QString noDifferenceReason() const override
    {
        return tr("Each lab's two arrival dates already stand side by side; the leaderboard's "
                  "Δ ASI column gives the difference in months.");
    }

    void setOdds(std::optional<OutcomeOdds> odds);
    const std::optional<OutcomeOdds> &odds() const { return m_odds; }

    QStringList categories() const { return m_categories; } // top to bottom
    QCPAxisRect *oddsRect() const { return m_oddsRect; }
    QString valueLabel(const QString &lab, bool comparison = false) const;
    QCPItemText *valueLabelItem(const QString &lab, bool comparison = false) const; // the drawn date (tests)
    QCPItemText *oddsLabelItem(const QString &lab) const; // the drawn P(first) percentage (tests)
    // Whether the compared dates are drawn: false on rows too low for them (the legend then says so).
    bool comparedDatesShown() const { return m_comparedDatesShown; }
    // Current dates without room at their bar on such rows (the legend says they are on hover); 0 otherwise.
    int datesLeftOut() const { return m_datesLeftOut; }
    ChartTable dataTable() const override; // one row per lab: arrival (and compared arrival, P(first))

protected:
    void rebuild() override;
    void arrangeAnnotations() override;
    QString hoverText(const QCPAbstractPlottable *plottable, const SeriesInfo &info, int index) const override;

private:
    void addArrivalBar(const SimulationResult &r, const LabSeries &lab, double key, double width, bool comparison);
    void addOdds(const QString &lab, double key);
    void placeOddsRect(bool shown);
    struct ValueLabel {
        QCPItemText *label = nullptr;
        QString lab;
        double at = 0;      // value-axis coordinate the label starts after
        double key = 0;     // its bar's category coordinate
        double gap = 2;     // pixels between anchor and text
        double towards = 1; // +1: gives way downwards, -1: upwards
        QCPItemText *partner = nullptr; // for a compared bar: the current scenario's label of the lab
        bool comparison = false;
        double clearAt = 0; // where every bar of the lab has ended
        double row = 0;     // the category's centre: in Compare mode both labels share its line
    };
    void addBarObstacles(LabelPlacer &placer, const QCPAxis *axis); // the bars along `axis`
    void placeValueLabels(const QList<ValueLabel> &labels, QCPAxis *axis, double homeUpper);
    void onAxisClick(QCPAxis *axis, QCPAxis::SelectablePart part, QMouseEvent *event);

    std::optional<OutcomeOdds> m_odds;
    bool m_oddsRowsShort = false; // the P(first) rows are lower than one line of legible type
    QStringList m_categories;
    int m_rowNameStep = 0; // every how many of m_categories' rows a name is written (0: not yet)
    QCPAxisRect *m_oddsRect = nullptr;
    QList<ValueLabel> m_valueLabels; // arrival labels, the current scenario's before the compared ones
    QList<ValueLabel> m_oddsLabels;  // P(first)
    double m_homeUpper = 0;     // arrival axis, before making room for labels
    double m_oddsHomeUpper = 0; // P(first) axis, likewise
    int m_datesLeftOut = 0;
    bool m_comparedDatesShown = true; // false: rows too low for both dates, only the current ones are drawn (this layout)
};

} // namespace asirace
