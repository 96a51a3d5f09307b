#pragma once
// Table adapter over a SimulationResult for the leaderboard: one row per lab
// in rank order, with kappa, ASI arrival and the margin to the next lab. With
// Monte Carlo odds set, a last column gives each lab's P(first to ASI) and its
// Monte Carlo standard error. In Compare mode two more columns follow: how
// much later (or earlier) each lab arrives than in the compared scenario, and
// how many places it moved.

#include "montecarloresult.h"
#include "simulationresult.h"

#include <QAbstractTableModel>
#include <QColor>

#include <memory>
#include <optional>

namespace asirace {

class LeaderboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RankColumn, LabColumn, KappaColumn, ArrivalColumn, MarginColumn, ColumnCount };
    // Present only while Monte Carlo odds are set (columnCount() is then ColumnCount + 1).
    static constexpr int PFirstColumn = ColumnCount;
    static constexpr int RawValueRole = Qt::UserRole + 1; // numbers behind the text (sorting, export)
    static constexpr int StandardErrorRole = Qt::UserRole + 2; // P(first) column: its Monte Carlo standard error

    explicit LeaderboardModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const SimulationResult> result);
    const std::shared_ptr<const SimulationResult> &result() const { return m_result; }
    // Month shown: an index into result()->months, or -1 for the end of the horizon.
    void setMonthIndex(int index);
    int monthIndex() const { return m_monthIndex; }

    // Monte Carlo odds for the P(first) column; nullptr removes the column.
    void setOdds(std::shared_ptr<const MonteCarloResult> odds);
    const std::shared_ptr<const MonteCarloResult> &odds() const { return m_odds; }

    // Compare mode: the compared scenario's result and its name; nullptr removes the delta columns.
    void setComparison(std::shared_ptr<const SimulationResult> compared, const QString &name = {});
    const std::shared_ptr<const SimulationResult> &comparison() const { return m_comparison; }
    // Both at once, as one update of the rows (a fresh result and its comparison).
    void setResults(std::shared_ptr<const SimulationResult> result, std::shared_ptr<const SimulationResult> compared,
                    const QString &name);
    int deltaArrivalColumn() const { return m_comparison ? ColumnCount + (m_odds ? 1 : 0) : -1; } // -1: absent
    int deltaRankColumn() const { return m_comparison ? deltaArrivalColumn() + 1 : -1; }

    QString labAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int rank = 0;
        QString lab;
        QColor colour;
        double kappa = 0;
        std::optional<double> arrival;
        QString margin;
        double marginValue = 0; // years or OOM, see marginInYears
        bool marginInYears = false;
        bool compared = false; // the lab is in the compared result too
        int comparedRank = 0;
        std::optional<double> comparedArrival;
    };
    QVariant deltaData(const Row &row, bool arrival, int role) const;
    void recompute();
    // Adds or removes the delta columns as needed; the rows are not recomputed.
    void takeComparison(std::shared_ptr<const SimulationResult> compared, const QString &name);
    const LabOdds *oddsFor(const QString &lab) const;
    QVariant pFirstData(const Row &row, int role) const;

    std::shared_ptr<const SimulationResult> m_result;
    std::shared_ptr<const MonteCarloResult> m_odds;
    std::shared_ptr<const SimulationResult> m_comparison;
    QString m_comparisonName;
    int m_monthIndex = -1;
    std::vector<Row> m_rows;
};

} // namespace asirace
