#include "leaderboardmodel.h"

#include "comparetext.h"
#include "racetext.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace asirace {

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LeaderboardModel::setResult(std::shared_ptr<const SimulationResult> result)
{
    m_result = std::move(result);
    recompute();
}

void LeaderboardModel::setComparison(std::shared_ptr<const SimulationResult> compared, const QString &name)
{
    takeComparison(std::move(compared), name);
    recompute();
}

void LeaderboardModel::setResults(std::shared_ptr<const SimulationResult> result,
                                  std::shared_ptr<const SimulationResult> compared, const QString &name)
{
    m_result = std::move(result);
    takeComparison(std::move(compared), name);
    recompute();
}

void LeaderboardModel::takeComparison(std::shared_ptr<const SimulationResult> compared, const QString &name)
{
    m_comparisonName = name;
    const bool had = m_comparison != nullptr, has = compared != nullptr;
    if (had && !has) {
        beginRemoveColumns({}, deltaArrivalColumn(), deltaRankColumn());
        m_comparison.reset();
        endRemoveColumns();
    } else if (!had && has) {
        const int first = ColumnCount + (m_odds ? 1 : 0);
        beginInsertColumns({}, first, first + 1);
        m_comparison = std::move(compared);
        endInsertColumns();
    } else {
        m_comparison = std::move(compared);
    }
}

namespace {
// A lab's place: at the end the finishing order (arrival first, then κ), earlier the month's rank.
int rankOf(const SimulationResult &r, const LabSeries &lab, bool atEnd, size_t month)
{
    if (atEnd) {
        const auto it = std::find(r.ranking.begin(), r.ranking.end(), lab.name);
        return it != r.ranking.end() ? int(it - r.ranking.begin()) + 1 : lab.final_rank;
    }
    return month < lab.rank.size() ? int(std::lround(lab.rank[month])) : 0;
}
} // namespace

void LeaderboardModel::setOdds(std::shared_ptr<const MonteCarloResult> odds)
{
    const bool had = m_odds != nullptr, has = odds != nullptr;
    if (had && !has) {
        beginRemoveColumns({}, PFirstColumn, PFirstColumn);
        m_odds.reset();
        endRemoveColumns();
    } else if (!had && has) {
        beginInsertColumns({}, PFirstColumn, PFirstColumn);
        m_odds = std::move(odds);
        endInsertColumns();
    } else if (has) {
        // A refined estimate: only the odds column changes.
        m_odds = std::move(odds);
        if (!m_rows.empty())
            emit dataChanged(index(0, PFirstColumn), index(int(m_rows.size()) - 1, PFirstColumn));
    }
}

const LabOdds *LeaderboardModel::oddsFor(const QString &lab) const
{
    if (!m_odds)
        return nullptr;
    const std::string name = lab.toStdString();
    for (const LabOdds &o : m_odds->labs)
        if (o.name == name)
            return &o;
    return nullptr;
}

QVariant LeaderboardModel::pFirstData(const Row &row, int role) const
{
    // A lab added since the estimate started has no odds yet: shown as a dash.
    const LabOdds *o = oddsFor(row.lab);
    switch (role) {
    case Qt::DisplayRole:
        return o ? QStringLiteral("%1% ± %2").arg(o->p_first * 100, 0, 'f', 1).arg(o->p_first_stderr * 100, 0, 'f', 1)
                 : QStringLiteral("–");
    case RawValueRole: return o ? QVariant(o->p_first) : QVariant();
    case StandardErrorRole: return o ? QVariant(o->p_first_stderr) : QVariant();
    case Qt::ToolTipRole:
        if (o)
            return tr("P(%1 reaches ASI first) = %2% ± %3% (one Monte Carlo standard error, %4 runs)")
                .arg(row.lab)
                .arg(o->p_first * 100, 0, 'f', 1)
                .arg(o->p_first_stderr * 100, 0, 'f', 1)
                .arg(QLocale().toString(qlonglong(m_odds->runs)));
        break;
    default: break;
    }
    return {};
}

void LeaderboardModel::setMonthIndex(int index)
{
    if (index == m_monthIndex)
        return;
    m_monthIndex = index;
    recompute();
}

void LeaderboardModel::recompute()
{
    std::vector<Row> rows;
    const SimulationResult *r = m_result.get();
    const bool atEnd = !r || m_monthIndex < 0 || m_monthIndex >= int(r->months.size()) - 1;
    if (r) {
        const size_t month = atEnd ? (r->months.empty() ? 0 : r->months.size() - 1) : size_t(m_monthIndex);
        for (const auto &lab : r->labs) {
            Row row;
            row.lab = QString::fromStdString(lab.name);
            row.colour = QColor(QString::fromStdString(lab.colour));
            // A lab's series ends at its ASI month: it shows the κ it arrived with.
            row.kappa = std::numeric_limits<double>::quiet_NaN();
            for (size_t m = std::min(month + 1, lab.effective_flop_log10.size()); m > 0 && std::isnan(row.kappa); --m)
                row.kappa = lab.effective_flop_log10[m - 1];
            // At the end the finishing order counts (arrival first, then κ);
            // earlier, the month's rank. The arrival is the run's forecast either way.
            row.rank = rankOf(*r, lab, atEnd, month);
            row.arrival = lab.asi_year;
            if (const SimulationResult *c = m_comparison.get()) {
                for (const auto &other : c->labs) {
                    if (other.name != lab.name)
                        continue;
                    row.compared = true;
                    row.comparedArrival = other.asi_year;
                    row.comparedRank = rankOf(*c, other, atEnd, month);
                }
            }
            rows.push_back(row);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            constexpr int kLast = std::numeric_limits<int>::max();
            const int ra = a.rank > 0 ? a.rank : kLast, rb = b.rank > 0 ? b.rank : kLast;
            return ra < rb;
        });
        for (size_t i = 0; i + 1 < rows.size(); ++i) {
            Row &row = rows[i];
            const Row &next = rows[i + 1];
            if (row.arrival && next.arrival) {
                row.marginInYears = true;
                row.marginValue = *next.arrival - *row.arrival;
                row.margin = QStringLiteral("+") + formatYearSpan(row.marginValue);
            } else if (std::isfinite(row.kappa) && std::isfinite(next.kappa)) {
                row.marginValue = row.kappa - next.kappa;
                row.margin = (row.marginValue >= 0 ? QStringLiteral("+") : QString()) +
                             QStringLiteral("%1 OOM").arg(row.marginValue, 0, 'f', 2);
            }
        }
    }

    const bool sameLabs = rows.size() == m_rows.size() &&
                          std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) { return a.lab == b.lab; });
    if (sameLabs) {
        // Same rows in the same order: update in place so views keep their selection.
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString LeaderboardModel::labAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].lab : QString();
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + (m_odds ? 1 : 0) + (m_comparison ? 2 : 0);
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (index.column() == deltaArrivalColumn() || index.column() == deltaRankColumn()) {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return deltaData(row, index.column() == deltaArrivalColumn(), role);
    }
    if (index.column() == PFirstColumn) {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return pFirstData(row, role);
    }
    const int horizon = m_result ? horizonYear(*m_result) : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return row.rank > 0 ? QVariant(row.rank) : QVariant(QStringLiteral("–"));
        case LabColumn: return row.lab;
        case KappaColumn: return std::isfinite(row.kappa) ? QString::number(row.kappa, 'f', 2) : QStringLiteral("–");
        case ArrivalColumn: return row.arrival ? formatMonthYear(*row.arrival) : tr("not by %1").arg(horizon);
        case MarginColumn: return row.margin.isEmpty() ? QStringLiteral("–") : row.margin;
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case RankColumn: return row.rank;
        case LabColumn: return row.lab;
        case KappaColumn: return row.kappa;
        case ArrivalColumn: return row.arrival ? QVariant(*row.arrival) : QVariant();
        case MarginColumn: return row.margin.isEmpty() ? QVariant() : QVariant(row.marginValue);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LabColumn)
            return row.colour; // the lab's chart colour as a swatch
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != LabColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == MarginColumn && !row.margin.isEmpty() && index.row() + 1 < rowCount())
            return row.marginInYears ? tr("Reaches ASI %1 before %2").arg(formatYearSpan(row.marginValue), m_rows[size_t(index.row()) + 1].lab)
                                     : tr("κ ahead of %1 by %2 orders of magnitude of effective compute")
                                           .arg(m_rows[size_t(index.row()) + 1].lab)
                                           .arg(row.marginValue, 0, 'f', 2);
        break;
    default:
        break;
    }
    return {};
}

QVariant LeaderboardModel::deltaData(const Row &row, bool arrival, int role) const
{
    const int horizon = m_comparison ? horizonYear(*m_comparison) : 0;
    const auto when = [horizon](const std::optional<double> &year) {
        return year ? formatMonthYear(*year) : tr("not by %1").arg(horizon);
    };
    switch (role) {
    case Qt::DisplayRole:
        if (!row.compared)
            return tr("new");
        if (arrival) {
            const QString text = formatArrivalDelta(row.arrival, row.comparedArrival);
            return text.isEmpty() ? QStringLiteral("–") : text;
        } else {
            const QString text = formatRankDelta(row.rank, row.comparedRank);
            return text.isEmpty() ? QStringLiteral("–") : text;
        }
    case RawValueRole:
        if (!row.compared)
            return {};
        if (arrival) {
            const auto months = arrivalDeltaMonths(row.arrival, row.comparedArrival);
            return months ? QVariant(*months) : QVariant();
        }
        return row.rank > 0 && row.comparedRank > 0 ? QVariant(row.comparedRank - row.rank) : QVariant();
    case Qt::ToolTipRole:
        if (!row.compared)
            return tr("%1 is not in %2").arg(row.lab, m_comparisonName);
        return arrival ? tr("ASI arrival: %1 here, %2 in %3").arg(when(row.arrival), when(row.comparedArrival), m_comparisonName)
                       : tr("Rank: %1 here, %2 in %3").arg(row.rank).arg(row.comparedRank).arg(m_comparisonName);
    default:
        break;
    }
    return {};
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == deltaArrivalColumn() || section == deltaRankColumn()) {
        const bool arrival = section == deltaArrivalColumn();
        if (role == Qt::DisplayRole)
            return arrival ? tr("Δ ASI") : tr("Δ rank");
        if (role == Qt::ToolTipRole)
            return arrival ? tr("Months later (+) or earlier (−) than in %1").arg(m_comparisonName)
                           : tr("Places moved up (▲) or down (▼) since %1").arg(m_comparisonName);
        return {};
    }
    if (section == PFirstColumn) {
        if (role == Qt::DisplayRole)
            return tr("P(first) ± s.e.");
        if (role == Qt::ToolTipRole)
            return tr("Monte Carlo: share of the %1 runs in which the lab reaches ASI first, ± one standard error "
                      "√(p(1−p)/n)")
                .arg(QLocale().toString(qlonglong(m_odds->runs)));
        return {};
    }
    // Short headers (their meaning is in the tooltips): with the P(first) or
    // the Δ columns the leaderboard then still fits beside Labs at 1366 px
    // instead of taking its width from the Assumptions panel's slider labels.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn: return tr("Rank");
        case LabColumn: return tr("Lab");
        case KappaColumn: return tr("Best κ");
        case ArrivalColumn: return tr("ASI arrival");
        case MarginColumn: return tr("Margin to next");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RankColumn: return tr("Rank: 1 = leader (the earliest ASI arrival, then the highest κ)");
        case KappaColumn:
            return tr("Best κ [log₁₀ effective FLOP]: the lab's capability, log₁₀ of the best effective training compute it has reached "
                      "(2022-algorithm FLOP), at the chart's month or, once it reached ASI, the κ it arrived with. "
                      "The rank orders arrival first, so a lab with a higher κ that arrives later ranks lower.");
        case MarginColumn: return tr("Lead over the next lab: years between ASI arrivals when both arrive, otherwise the κ gap in orders of magnitude");
        default: break;
        }
    }
    return {};
}

} // namespace asirace
