#pragma once
// Monte Carlo aggregation with memory flat in the number of runs: each run is
// reduced to integer counts (arrival-month histogram per lab, first-to-ASI
// counts, rank counts) as soon as it finishes. Integer counts merge exactly in
// any order, so per-thread partial tallies give bit-identical totals whatever
// the thread count.

#include <cstdint>
#include <vector>

namespace asirace {

// What one run contributes: per lab, the month index it reached ASI (-1 when
// not by the horizon) and its final rank (1 = first); the winner's index or -1.
struct RunOutcome {
    int winner = -1;
    std::vector<int> arrivalMonth;
    std::vector<int> finalRank;

    void reset(int labs)
    {
        winner = -1;
        arrivalMonth.assign(static_cast<std::size_t>(labs), -1);
        finalRank.assign(static_cast<std::size_t>(labs), 0);
    }
};

class MonteCarloTally
{
public:
    MonteCarloTally() = default;
    MonteCarloTally(int labs, int months);

    void add(const RunOutcome &outcome);
    void merge(const MonteCarloTally &other);

    int labs() const { return m_labs; }
    int months() const { return m_months; }
    std::int64_t runs() const { return m_runs; }
    std::int64_t firstCount(int lab) const { return m_first[static_cast<std::size_t>(lab)]; }
    std::int64_t noneCount() const { return m_first[static_cast<std::size_t>(m_labs)]; }
    std::int64_t reachCount(int lab) const { return m_reach[static_cast<std::size_t>(lab)]; }
    std::int64_t rankCount(int lab, int rank) const; // rank 1..labs
    std::int64_t arrivalCount(int lab, int month) const;
    // Runs whose final ranking starts with these labs (the first
    // orderDepth() positions), keyed by orderKey(); the joint outcome.
    int orderDepth() const { return m_labs < 3 ? m_labs : 3; }
    std::int64_t orderCount(std::size_t key) const { return m_order[key]; }
    std::size_t orderKeys() const { return m_order.size(); }
    // The labs of key, first place first.
    std::vector<int> orderOfKey(std::size_t key) const;

    // The arrival-month quantile of a lab over ALL runs, runs that never reach
    // ASI counting as "after the horizon": the smallest month m such that at
    // least ceil(percent/100 * runs) runs arrived by m. Because the model steps
    // monthly, this is the exact empirical quantile. Returns -1 when that many
    // runs never arrive (the quantile lies beyond the horizon), or when empty.
    int arrivalQuantileMonth(int lab, int percent) const;
    // The same quantile among the runs in which the lab reaches ASI (for
    // arrival ranges drawn next to P(reach)); -1 when it never does.
    int arrivalQuantileMonthIfReached(int lab, int percent) const;
    // The same quantile for the first arrival of any lab (the winner's month).
    int firstArrivalQuantileMonth(int percent) const;
    // Runs whose first arrival (any lab) was in month `month`.
    std::int64_t firstArrivalCount(int month) const { return m_firstArrival[static_cast<std::size_t>(month)]; }

    bool operator==(const MonteCarloTally &other) const = default;

private:
    static int quantileMonth(const std::int64_t *histogram, int months, std::int64_t reached, int percent,
                             std::int64_t population);

    int m_labs = 0;
    int m_months = 0;
    std::int64_t m_runs = 0;
    std::vector<std::int64_t> m_first;   // labs + 1 ("none" last)
    std::vector<std::int64_t> m_reach;   // labs
    std::vector<std::int64_t> m_rank;    // labs x labs, row = lab, column = rank - 1
    std::vector<std::int64_t> m_arrival; // labs x months
    std::vector<std::int64_t> m_firstArrival; // months: the earliest arrival of each run that had one
    std::vector<std::int64_t> m_order; // labs^orderDepth(): top positions of the final ranking, base-labs digits
};

} // namespace asirace
