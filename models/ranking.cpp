#include "ranking.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <numeric>

namespace asirace {
namespace {

bool ahead(const SimState &s, int x, int y)
{
    const size_t i = static_cast<size_t>(x);
    const size_t j = static_cast<size_t>(y);
    const int ai = s.asiMonth[i] < 0 ? INT_MAX : s.asiMonth[i];
    const int aj = s.asiMonth[j] < 0 ? INT_MAX : s.asiMonth[j];
    if (ai != aj)
        return ai < aj;
    if (s.kappa[i] != s.kappa[j])
        return s.kappa[i] > s.kappa[j];
    return x < y;
}

} // namespace

void rankLabs(const SimPlan &, SimState &s)
{
    // Insertion sort: a strict total order, stable, and fast on nearly sorted input.
    auto &order = s.order;
    for (size_t k = 1; k < order.size(); ++k) {
        const int lab = order[k];
        size_t j = k;
        while (j > 0 && ahead(s, lab, order[j - 1])) {
            order[j] = order[j - 1];
            --j;
        }
        order[j] = lab;
    }
}

namespace {

// Month index of each lab's arrival, INT_MAX for none.
std::vector<int> arrivalMonths(const SimulationResult &r)
{
    std::vector<int> out(r.labs.size(), INT_MAX);
    if (r.months.empty())
        return out;
    for (size_t j = 0; j < r.labs.size(); ++j)
        if (r.labs[j].asi_year)
            out[j] = static_cast<int>(std::lround((*r.labs[j].asi_year - r.months.front()) * 12.0));
    return out;
}

} // namespace

std::vector<std::vector<double>> steadyRankSeries(const SimulationResult &r, double tieKappa)
{
    const size_t n = r.labs.size();
    const size_t months = r.months.size();
    std::vector<std::vector<double>> out(n, std::vector<double>(months, 0.0));
    const std::vector<int> arrival = arrivalMonths(r);
    std::vector<int> previous; // last month's order (lab indices), empty at the start
    std::vector<int> order(n);
    std::vector<double> kappa(n);
    std::vector<int> arrived(n);
    std::vector<int> place(n); // position of each lab in the race's own order this month
    for (size_t m = 0; m < months; ++m) {
        bool ranked = true;
        for (size_t j = 0; j < n; ++j) {
            const auto &lab = r.labs[j];
            const double rank = m < lab.rank.size() ? lab.rank[m] : 0.0;
            if (!(rank >= 1) || rank > double(n)) {
                ranked = false;
                break;
            }
            place[j] = static_cast<int>(std::lround(rank)) - 1;
            arrived[j] = arrival[j] <= static_cast<int>(m) ? arrival[j] : INT_MAX;
            // A lab past ASI keeps the κ it arrived with (its series ends there).
            const size_t at = arrived[j] == INT_MAX ? m : static_cast<size_t>(arrival[j]);
            const double k = at < lab.effective_flop_log10.size() ? lab.effective_flop_log10[at] : std::nan("");
            kappa[j] = std::isfinite(k) ? k : -std::numeric_limits<double>::infinity();
        }
        if (!ranked) {
            previous.clear(); // no order to keep across a month without one
            continue;
        }
        std::vector<int> race(n);
        for (size_t j = 0; j < n; ++j)
            race[static_cast<size_t>(place[j])] = static_cast<int>(j);
        if (m + 1 == months || previous.size() != n) {
            order = race; // the first month and the final ranking are the race's own
        } else {
            // x must stay ahead of y when the race puts it ahead by an earlier
            // arrival or by more than the tie in κ. That relation is a strict
            // partial order; taking, each time, the first of last month's order
            // that nobody left must stay behind gives a strict total order
            // that keeps last month's order wherever the race allows.
            const auto mustLead = [&](int x, int y) {
                const auto i = static_cast<size_t>(x), k = static_cast<size_t>(y);
                if (place[i] > place[k])
                    return false;
                if (arrived[i] != arrived[k])
                    return arrived[i] < arrived[k];
                return kappa[i] > kappa[k] + tieKappa;
            };
            // Usually last month's order is still allowed: keep it as it is.
            bool allowed = true;
            for (size_t a = 0; a < n && allowed; ++a)
                for (size_t b = a + 1; b < n && allowed; ++b)
                    allowed = !mustLead(previous[b], previous[a]);
            std::vector<int> left = allowed ? std::vector<int>{} : previous;
            order = allowed ? previous : std::vector<int>{};
            while (!left.empty()) {
                const auto next = std::find_if(left.begin(), left.end(), [&](int y) {
                    return std::none_of(left.begin(), left.end(), [&](int x) { return x != y && mustLead(x, y); });
                });
                order.push_back(*next); // exists: the race's first among `left` is never behind
                left.erase(next);
            }
        }
        for (size_t pos = 0; pos < n; ++pos)
            out[static_cast<size_t>(order[pos])][m] = static_cast<double>(pos + 1);
        previous = order;
    }
    return out;
}

} // namespace asirace
