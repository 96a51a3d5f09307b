#pragma once
// The evolving state of one simulation, as structure-of-arrays indexed by
// organisation (or partnership). A workspace is sized once by prepare() and
// reused across runs, so the monthly loop never allocates.

#include "simplan.h"

#include <vector>

namespace asirace {

struct SimState {
    // Money and compute, per organisation
    std::vector<double> revenue;      // USD/year
    std::vector<double> spendCap;     // USD/year: the fastest-growing spend the build-out allows
    std::vector<double> received;     // USD/year of partner revenue and profit shares received
    std::vector<double> revenueShareOut; // sum of revenue shares the lab pays this month
    std::vector<double> profitShareOut;  // sum of profit shares the lab owes this month
    std::vector<double> revenueKept;     // 1 - min(1, revenueShareOut)
    std::vector<double> profitKept;      // 1 - min(1, profitShareOut)
    std::vector<double> investmentIn;    // USD/year partners invest this month
    std::vector<double> budget;       // USD/year going to compute this month
    std::vector<double> demand;       // H100e the budget would buy this month (before the supply cap)
    std::vector<double> purchases;    // H100e bought this month (after the supply cap)
    std::vector<double> ownCompute;   // H100e owned or rented in the lab's own name
    std::vector<double> available;    // H100e usable this month (own + supplied - supplied away)
    std::vector<double> kept;         // this month's depreciated own fleet, before purchases
    std::vector<double> rofrQueue;    // per org, ring of kMaxRofrDelayMonths + 1 months of delayed purchases

    // Training, per organisation
    std::vector<double> runFlop;      // physical FLOP of the run in progress
    std::vector<int> runMonth;        // months the current run has been going
    std::vector<double> runLogA;      // algorithmic efficiency frozen at the run's start
    std::vector<double> bestRunFlop;  // largest finished run [physical FLOP]
    std::vector<double> goodput;      // this month's
    std::vector<double> allocation;   // q of the latest finished run
    std::vector<int> runsFinished;

    // Capability, per organisation
    std::vector<double> logA;         // log10 algorithmic efficiency (2022 = 0) = base + boost
    std::vector<double> logABase;     // the human-paced part, which diffuses to other labs
    std::vector<double> logABoost;    // the part won by AI-R&D automation, kept in-house
    std::vector<double> kappaOwn;     // log10 best effective FLOP of the lab's own runs
    std::vector<double> kappa;        // deployable capability (own or licensed)
    std::vector<double> pause;        // caution: share of effort held back this month
    std::vector<int> agiMonth;        // -1 until reached
    std::vector<int> asiMonth;        // -1 until reached
    int arrivals = 0;                 // organisations that have reached ASI so far
    int agiArrivals = 0;              // organisations that have reached AGI so far
    int agiArrivalsSeen = -1;         // agiArrivals when the partnerships were last updated
    int monthsSimulated = 0;          // less than plan.months when runOutcome() stopped early
    bool recordSeries = true;         // false in runOutcome(): values only shown (q) are skipped

    // Per partnership
    std::vector<double> commitmentBuilt; // committed H100e delivered so far
    std::vector<char> active;

    // History, [plan.historySlot[org] * months + m]: capability of IP licensors, read with a lag
    std::vector<double> kappaHistory;
    std::vector<double> frontierLogA; // per month: best human-paced logA of any lab

    // Ranking scratch
    std::vector<int> order;
    std::vector<double> labScratch; // per lab (plan.labs order), padded to whole SIMD vectors
    // This month's finished runs, evaluated together (trainingstep.cpp):
    // organisation, useful FLOP, log10 A frozen at the run's start; the
    // arrays are as long as labScratch, so filling them never allocates.
    int batchCount = 0;
    std::vector<int> batchOrg;
    std::vector<double> batchFlop, batchLogA, batchTermN, batchTermD;

    void prepare(const SimPlan &plan); // sizes and initialises everything from the plan
};

} // namespace asirace
