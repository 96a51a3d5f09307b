#include "montecarlotally.h"

#include <algorithm>
#include <cassert>

namespace asirace {

MonteCarloTally::MonteCarloTally(int labs, int months)
    : m_labs(labs), m_months(months), m_first(static_cast<std::size_t>(labs) + 1, 0),
      m_reach(static_cast<std::size_t>(labs), 0),
      m_rank(static_cast<std::size_t>(labs) * static_cast<std::size_t>(labs), 0),
      m_arrival(static_cast<std::size_t>(labs) * static_cast<std::size_t>(months), 0),
      m_firstArrival(static_cast<std::size_t>(months), 0)
{
    std::size_t keys = 1;
    for (int k = 0; k < orderDepth(); ++k)
        keys *= static_cast<std::size_t>(labs);
    m_order.assign(labs > 0 ? keys : 0, 0);
}

std::vector<int> MonteCarloTally::orderOfKey(std::size_t key) const
{
    std::vector<int> labs(static_cast<std::size_t>(orderDepth()));
    for (auto it = labs.rbegin(); it != labs.rend(); ++it) {
        *it = static_cast<int>(key % static_cast<std::size_t>(m_labs));
        key /= static_cast<std::size_t>(m_labs);
    }
    return labs;
}

void MonteCarloTally::add(const RunOutcome &outcome)
{
    assert(outcome.arrivalMonth.size() == static_cast<std::size_t>(m_labs));
    ++m_runs;
    const int winner = outcome.winner >= 0 && outcome.winner < m_labs ? outcome.winner : m_labs;
    ++m_first[static_cast<std::size_t>(winner)];
    const auto labs = static_cast<std::size_t>(m_labs);
    int first = -1;
    for (std::size_t lab = 0; lab < labs; ++lab) {
        const int month = outcome.arrivalMonth[lab];
        if (month >= 0 && month < m_months && (first < 0 || month < first))
            first = month;
        if (month >= 0 && month < m_months) {
            ++m_reach[lab];
            ++m_arrival[lab * static_cast<std::size_t>(m_months) + static_cast<std::size_t>(month)];
        }
        const int rank = outcome.finalRank[lab];
        if (rank >= 1 && rank <= m_labs)
            ++m_rank[lab * labs + static_cast<std::size_t>(rank - 1)];
    }
    if (first >= 0)
        ++m_firstArrival[static_cast<std::size_t>(first)];
    // The labs at ranks 1..depth, as base-labs digits (first place most significant).
    int atRank[3] = {-1, -1, -1};
    for (std::size_t lab = 0; lab < labs; ++lab) {
        const int rank = outcome.finalRank[lab];
        if (rank >= 1 && rank <= orderDepth())
            atRank[rank - 1] = static_cast<int>(lab);
    }
    std::size_t key = 0;
    bool complete = !m_order.empty();
    for (int k = 0; k < orderDepth(); ++k) {
        complete = complete && atRank[k] >= 0;
        key = key * labs + static_cast<std::size_t>(std::max(0, atRank[k]));
    }
    if (complete)
        ++m_order[key];
}

void MonteCarloTally::merge(const MonteCarloTally &other)
{
    if (other.m_runs == 0)
        return;
    if (m_runs == 0 && m_first.empty()) {
        *this = other;
        return;
    }
    assert(other.m_labs == m_labs && other.m_months == m_months);
    m_runs += other.m_runs;
    auto addAll = [](std::vector<std::int64_t> &into, const std::vector<std::int64_t> &from) {
        for (std::size_t i = 0; i < into.size(); ++i)
            into[i] += from[i];
    };
    addAll(m_first, other.m_first);
    addAll(m_reach, other.m_reach);
    addAll(m_rank, other.m_rank);
    addAll(m_arrival, other.m_arrival);
    addAll(m_firstArrival, other.m_firstArrival);
    addAll(m_order, other.m_order);
}

std::int64_t MonteCarloTally::rankCount(int lab, int rank) const
{
    return m_rank[static_cast<std::size_t>(lab) * static_cast<std::size_t>(m_labs) + static_cast<std::size_t>(rank - 1)];
}

std::int64_t MonteCarloTally::arrivalCount(int lab, int month) const
{
    return m_arrival[static_cast<std::size_t>(lab) * static_cast<std::size_t>(m_months) + static_cast<std::size_t>(month)];
}

int MonteCarloTally::arrivalQuantileMonth(int lab, int percent) const
{
    return quantileMonth(&m_arrival[static_cast<std::size_t>(lab) * static_cast<std::size_t>(m_months)], m_months,
                         reachCount(lab), percent, m_runs);
}

int MonteCarloTally::arrivalQuantileMonthIfReached(int lab, int percent) const
{
    return quantileMonth(&m_arrival[static_cast<std::size_t>(lab) * static_cast<std::size_t>(m_months)], m_months,
                         reachCount(lab), percent, reachCount(lab));
}

int MonteCarloTally::firstArrivalQuantileMonth(int percent) const
{
    if (m_firstArrival.empty())
        return -1;
    return quantileMonth(m_firstArrival.data(), m_months, m_runs - noneCount(), percent, m_runs);
}

int MonteCarloTally::quantileMonth(const std::int64_t *histogram, int months, std::int64_t reached, int percent,
                                   std::int64_t population)
{
    if (population <= 0)
        return -1;
    // ceil(percent * population / 100) in integers, at least one run.
    const std::int64_t needed = std::max<std::int64_t>(1, (static_cast<std::int64_t>(percent) * population + 99) / 100);
    if (reached < needed)
        return -1;
    std::int64_t cumulative = 0;
    for (int month = 0; month < months; ++month) {
        cumulative += histogram[month];
        if (cumulative >= needed)
            return month;
    }
    return -1;
}

} // namespace asirace
