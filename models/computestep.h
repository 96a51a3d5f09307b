#pragma once
// Step 1 of a month, money to compute: revenue and partner shares, the spend
// willpower allows, purchases capped by world chip supply, ROFR delays and
// exclusivity, depreciation, and compute supplied by partners.

#include "simevents.h"
#include "simstate.h"

namespace asirace {

// Which partnerships apply in month m (term dates, AGI clause).
void updatePartnerships(const SimPlan &plan, SimState &state, int m);

// Terms change only in January (whole-year dates) or when a lab with an AGI
// clause reaches AGI; other months keep last month's flags. Inline, so the
// monthly loop skips the call in most months.
inline bool partnershipsMayChange(const SimPlan &plan, const SimState &state, int m)
{
    return m % 12 == 0 || !plan.wholeYearTerms || state.agiArrivalsSeen < 0 ||
           (plan.agiClausePartners > 0 && state.agiArrivals != state.agiArrivalsSeen);
}
void stepCompute(const SimPlan &plan, SimState &state, int m, SimEvents *events);

} // namespace asirace
