#pragma once
// Ranking over time: a bump chart of each lab's rank by month, rank 1 on top,
// lab names at the right end (click a name to hide or show the lab).

#include "racechart.h"

namespace asirace {

class RankingChart : public RaceChart
{
    Q_OBJECT
public:
    explicit RankingChart(QWidget *parent = nullptr);

    QString title() const override { return tr("Ranking over time (1 = leader)"); }
    QString noDifferenceReason() const override
    {
        return tr("Ranks are places, not amounts: both scenarios' ranks are drawn over each other, "
                  "and the leaderboard's Δ rank column gives each lab's change.");
    }
    QCPItemText *endLabel(const QString &lab) const;
    // Names left out this layout: too close to the one above at legible type (said in the Compare legend).
    int namesLeftOut() const { return m_namesLeftOut; }

protected:
    void rebuild() override;
    void arrangeAnnotations() override;
    QList<QCPAxis *> timeAxes() const override { return {xAxis}; }

private:
    QHash<QString, QCPItemText *> m_endLabels;
    int m_namesLeftOut = 0;
};

} // namespace asirace
