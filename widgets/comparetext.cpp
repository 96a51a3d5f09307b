#include "comparetext.h"

#include "racetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace asirace {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("CompareText", text); }

QString monthSpan(int months)
{
    return formatYearSpan(std::abs(months) / 12.0);
}
} // namespace

RaceSummary summarise(const SimulationResult &result)
{
    // Arrivals in time order; among labs arriving together the result's named winner goes first.
    std::vector<const LabSeries *> arrived;
    for (const auto &lab : result.labs)
        if (lab.asi_year)
            arrived.push_back(&lab);
    std::stable_sort(arrived.begin(), arrived.end(), [&](const LabSeries *a, const LabSeries *b) {
        if (*a->asi_year != *b->asi_year)
            return *a->asi_year < *b->asi_year;
        return result.winner && a->name == *result.winner && b->name != *result.winner;
    });
    RaceSummary s;
    if (!arrived.empty()) {
        s.winner = QString::fromStdString(arrived[0]->name);
        s.arrival = arrived[0]->asi_year;
    }
    if (arrived.size() > 1) {
        s.runnerUp = QString::fromStdString(arrived[1]->name);
        s.lead = *arrived[1]->asi_year - *arrived[0]->asi_year;
    }
    return s;
}

std::optional<int> arrivalDeltaMonths(const std::optional<double> &current, const std::optional<double> &compared)
{
    if (!current || !compared)
        return std::nullopt;
    return int(std::lround((*current - *compared) * 12.0));
}

QString formatArrivalDelta(const std::optional<double> &current, const std::optional<double> &compared)
{
    // Short, like the rank's "=": the leaderboard's columns must fit beside
    // Labs at 1366 px in Compare mode; the cell's tooltip gives both dates.
    if (current && !compared)
        return tr("arrives");
    if (!current && compared)
        return tr("no ASI");
    const auto delta = arrivalDeltaMonths(current, compared);
    if (!delta)
        return {};
    if (*delta == 0)
        return QStringLiteral("=");
    return (*delta > 0 ? QStringLiteral("+%1 mo") : QStringLiteral("\u2212%1 mo")).arg(std::abs(*delta));
}

QString formatRankDelta(int currentRank, int comparedRank)
{
    if (currentRank <= 0 || comparedRank <= 0)
        return {};
    const int up = comparedRank - currentRank;
    if (up == 0)
        return QStringLiteral("=");
    return (up > 0 ? QStringLiteral("\u25b2%1") : QStringLiteral("\u25bc%1")).arg(std::abs(up));
}

QString compareHeadline(const SimulationResult &current, const SimulationResult &compared, const QString &comparedName)
{
    const RaceSummary now = summarise(current);
    const RaceSummary then = summarise(compared);
    const QString against = tr("Against %1: ").arg(comparedName);
    if (now.winner.isEmpty() && then.winner.isEmpty())
        return against + tr("still no lab reaches ASI.");
    if (now.winner.isEmpty())
        return against + tr("no lab reaches ASI any more (there %1 won, in %2).").arg(then.winner, formatMonthYear(*then.arrival));
    if (then.winner.isEmpty())
        return against + tr("%1 now reaches ASI, in %2 (there no lab did).").arg(now.winner, formatMonthYear(*now.arrival));

    QString sentence;
    const int shift = *arrivalDeltaMonths(now.arrival, then.arrival);
    const QString when = shift == 0 ? tr("in the same month") : shift > 0 ? tr("%1 later").arg(monthSpan(shift))
                                                                          : tr("%1 earlier").arg(monthSpan(shift));
    if (now.winner == then.winner)
        sentence = tr("%1 still wins, %2 (%3)").arg(now.winner, when, formatMonthYear(*now.arrival));
    else
        sentence = tr("%1 now wins instead of %2, %3 (%4)").arg(now.winner, then.winner, when, formatMonthYear(*now.arrival));

    // The margin: the winner's lead over the runner-up.
    const auto leadText = [](const RaceSummary &s) {
        if (!s.lead)
            return tr("unchallenged");
        return std::lround(*s.lead * 12.0) == 0 ? tr("no lead") : formatYearSpan(*s.lead);
    };
    const QString was = leadText(then), is = leadText(now);
    if (was == is)
        sentence += tr("; the margin stays %1.").arg(is);
    else if (now.lead && then.lead)
        sentence += (*now.lead > *then.lead ? tr("; the margin grows from %1 to %2.") : tr("; the margin shrinks from %1 to %2."))
                        .arg(was, is);
    else
        sentence += tr("; the margin goes from %1 to %2.").arg(was, is);
    return against + sentence;
}

} // namespace asirace
