#pragma once
// The leaderboard: a one-sentence headline (who wins and when) above a table
// of labs in rank order.

#include "montecarloresult.h"
#include "simulationresult.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace asirace {

class LeaderboardModel;

class Leaderboard : public QWidget
{
    Q_OBJECT
public:
    explicit Leaderboard(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const SimulationResult> result);
    // Compare mode: delta columns in the table and a second sentence saying
    // how the winner and margin changed; nullptr ends it.
    void setComparison(std::shared_ptr<const SimulationResult> compared, const QString &name);
    // A fresh result and its comparison (nullptr: none) in one update.
    void setResults(std::shared_ptr<const SimulationResult> result, std::shared_ptr<const SimulationResult> compared,
                    const QString &name);
    // Monte Carlo odds: adds the P(first) ± s.e. column; nullptr removes it.
    void setOdds(std::shared_ptr<const MonteCarloResult> odds);
    QString headline() const;
    // Hide the sentence above the table when the window shows it elsewhere.
    void setHeadlineVisible(bool visible);
    // Month shown in the table (index into months), -1 for the end of the horizon.
    void setMonthIndex(int index);

    LeaderboardModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void updateHeadline();

    LeaderboardModel *m_model = nullptr;
    QLabel *m_headline = nullptr;
    QTableView *m_view = nullptr;
    std::shared_ptr<const SimulationResult> m_result;
    std::shared_ptr<const SimulationResult> m_comparison;
    QString m_comparisonName;
};

} // namespace asirace
