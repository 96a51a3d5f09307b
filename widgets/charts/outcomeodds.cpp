#include "outcomeodds.h"

#include "montecarloresult.h"

namespace asirace {

OutcomeOdds outcomeOddsFrom(const MonteCarloResult &mc)
{
    OutcomeOdds odds;
    odds.runs = int(mc.runs);
    for (const LabOdds &lab : mc.labs) {
        odds.pFirst[lab.name] = lab.p_first;
        const ArrivalQuantiles &q = lab.arrival_if_reached;
        if (q.p10 && q.p50 && q.p90)
            odds.arrivalQuantiles[lab.name] = {*q.p10, *q.p50, *q.p90};
    }
    return odds;
}

} // namespace asirace
