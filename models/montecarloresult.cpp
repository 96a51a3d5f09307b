#include "montecarloresult.h"

#include <algorithm>
#include <cmath>

namespace asirace {
namespace {

double binomialStderr(double p, std::int64_t n)
{
    return n > 0 ? std::sqrt(p * (1 - p) / static_cast<double>(n)) : 0.0;
}

} // namespace

MonteCarloResult summarize(const MonteCarloTally &tally, const std::vector<std::string> &names,
                           const std::vector<std::string> &colours, const std::vector<double> &monthYears,
                           std::uint64_t seed, std::int64_t requestedRuns)
{
    MonteCarloResult out;
    out.runs = tally.runs();
    out.requested_runs = requestedRuns;
    out.seed = seed;
    if (tally.labs() == 0)
        return out;
    const double n = static_cast<double>(out.runs);
    auto fraction = [&](std::int64_t count) { return out.runs > 0 ? static_cast<double>(count) / n : 0.0; };
    auto year = [&](int month) -> std::optional<double> {
        if (month < 0 || static_cast<std::size_t>(month) >= monthYears.size())
            return std::nullopt;
        return monthYears[static_cast<std::size_t>(month)];
    };

    out.p_none = fraction(tally.noneCount());
    out.p_none_stderr = binomialStderr(out.p_none, out.runs);
    out.first_arrival.p10 = year(tally.firstArrivalQuantileMonth(10));
    out.first_arrival.p50 = year(tally.firstArrivalQuantileMonth(50));
    out.first_arrival.p90 = year(tally.firstArrivalQuantileMonth(90));
    for (int lab = 0; lab < tally.labs(); ++lab) {
        LabOdds odds;
        const auto i = static_cast<std::size_t>(lab);
        odds.name = i < names.size() ? names[i] : std::string();
        odds.colour = i < colours.size() ? colours[i] : std::string();
        odds.p_first = fraction(tally.firstCount(lab));
        odds.p_first_stderr = binomialStderr(odds.p_first, out.runs);
        odds.p_reach = fraction(tally.reachCount(lab));
        odds.arrival.p10 = year(tally.arrivalQuantileMonth(lab, 10));
        odds.arrival.p50 = year(tally.arrivalQuantileMonth(lab, 50));
        odds.arrival.p90 = year(tally.arrivalQuantileMonth(lab, 90));
        odds.arrival_if_reached.p10 = year(tally.arrivalQuantileMonthIfReached(lab, 10));
        odds.arrival_if_reached.p50 = year(tally.arrivalQuantileMonthIfReached(lab, 50));
        odds.arrival_if_reached.p90 = year(tally.arrivalQuantileMonthIfReached(lab, 90));
        for (int rank = 1; rank <= tally.labs(); ++rank)
            odds.p_rank.push_back(fraction(tally.rankCount(lab, rank)));
        out.labs.push_back(std::move(odds));
    }
    // P(any lab by the end of each calendar year): the cumulative first-arrival histogram.
    std::int64_t arrived = 0;
    for (int m = 0; m < tally.months() && static_cast<std::size_t>(m) < monthYears.size(); ++m) {
        arrived += tally.firstArrivalCount(m);
        const int yearOf = static_cast<int>(std::floor(monthYears[static_cast<std::size_t>(m)] + 1e-9));
        const bool lastOfYear = static_cast<std::size_t>(m) + 1 == monthYears.size() ||
                                static_cast<int>(std::floor(monthYears[static_cast<std::size_t>(m) + 1] + 1e-9)) != yearOf;
        if (lastOfYear)
            out.p_any_by.emplace_back(yearOf, fraction(arrived));
    }
    std::vector<std::pair<std::int64_t, std::string>> orders;
    for (std::size_t key = 0; key < tally.orderKeys(); ++key) {
        if (tally.orderCount(key) == 0)
            continue;
        std::string text;
        for (int lab : tally.orderOfKey(key))
            text += (text.empty() ? "" : ">") + (static_cast<std::size_t>(lab) < names.size() ? names[static_cast<std::size_t>(lab)] : std::string("?"));
        orders.emplace_back(tally.orderCount(key), std::move(text));
    }
    std::sort(orders.begin(), orders.end(),
              [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    for (std::size_t i = 0; i < orders.size() && i < kTopOrders; ++i)
        out.p_order_top3.emplace_back(orders[i].second, fraction(orders[i].first));
    return out;
}

} // namespace asirace
