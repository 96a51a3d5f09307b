#pragma once
// The month-by-month global trends of a plan: price-performance, world chip
// supply, the data stock and the research-compute reference. Each group is
// recomputed only when the inputs it depends on change, so Monte Carlo runs
// that draw, say, the hardware doubling time do not redo the supply tables.
// The cache compares exact input values, so reuse never changes a result.

#include "assumptions.h"

#include <array>
#include <limits>

namespace asirace {

struct SimPlan;

// The inputs each group was last computed from (NaN: never computed).
struct TrendKeys {
    using Key = std::array<double, 8>;
    static constexpr double kNever = std::numeric_limits<double>::quiet_NaN();
    Key price{kNever}, data{kNever}, supply{kNever};
};

// Fills plan.year, h100ePerUsd, dataStock, lnDataStock, supplyPerMonth,
// researchReference and invResearchReference for plan.months months from
// plan.startYear. `leader` is the best-equipped lab's start capacity.
void compileTrends(const Assumptions &a, double leader, SimPlan &plan);

} // namespace asirace
