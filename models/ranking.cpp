#include "ranking.h"

#include <climits>

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

} // namespace asirace
