#pragma once
// The evolving state of one simulation, as structure-of-arrays indexed by
// organisation (or partnership). A workspace is sized once by prepare() and
// reused across runs, so the monthly loop never allocates.

#include "simplan.h"

#include <vector>

namespace asirace {

struct SimState {
    // The parameters in force this month: the plan's, changed by its dated events.
    std::vector<OrgParams> org;
    std::vector<PartnerParams> part;
    GlobalParams global;
    size_t nextChange = 0;

    // Money and compute, per organisation
    std::vector<double> coreRevenue;  // USD/year outside the AI market
    std::vector<double> attraction;   // AI revenue [USD/year]: the lab's share of the shared market
    std::vector<double> revenue;      // USD/year, core + AI
    std::vector<double> spendCap;     // USD/year at month 0; grows at capex_growth
    std::vector<double> received;     // USD/year of partner revenue and profit shares received
    std::vector<double> revenueShareOut; // sum of revenue shares the organisation pays this month
    std::vector<double> profitShareOut;  // sum of profit shares it owes this month
    std::vector<double> investmentIn; // USD/year partners invest this month
    std::vector<double> budget;       // USD/year going to compute this month
    std::vector<double> need;         // H100e/month the budget would add (before supply)
    std::vector<double> priority;     // part of `need` served first by purchase commitments
    std::vector<double> committedBuilt; // H100e delivered under commitments so far
    std::vector<double> fleet;        // H100e used or rented in the organisation's own name
    std::vector<double> available;    // H100e usable this month (fleet + supplied - supplied away)
    std::vector<double> rofrQueue;    // per org, ring of kMaxRofrDelayMonths + 1 months of delayed purchases

    // Training, per organisation
    std::vector<double> runFlop;      // physical FLOP of the run in progress
    std::vector<int> runMonth;        // months the current run has been going
    std::vector<double> bestRunFlop;  // largest run so far [physical FLOP]
    std::vector<double> runLog10;     // log10 of the best run's compute-equivalent (x q x architecture)
    std::vector<double> goodput;      // this month's
    std::vector<double> allocation;   // q of the latest finished run
    std::vector<int> runsFinished;

    // Capability, per organisation
    std::vector<double> logA;         // log10 algorithmic efficiency (2022 = 0) = base + boost
    std::vector<double> logABase;     // the human-paced part, which diffuses to other labs
    std::vector<double> logABoost;    // the part won by AI-R&D automation, kept in-house
    std::vector<double> kappaOwn;     // log10 effective FLOP of the lab's own best model
    std::vector<double> kappaStart;   // kappaOwn at the start (market shares move from there)
    std::vector<double> kappa;        // deployable capability (own or licensed)
    std::vector<double> pause;        // caution: share of effort held back this month
    std::vector<int> agiMonth;        // -1 until reached
    std::vector<int> asiMonth;        // -1 until reached
    int arrivals = 0;                 // organisations that have reached ASI so far
    int agiArrivals = 0;
    int monthsSimulated = 0;          // less than plan.months when runOutcome() stopped early

    // Per partnership
    std::vector<char> active;

    // History, [plan.historySlot[org] * months + m]: capability of IP licensors, read with a lag
    std::vector<double> kappaHistory;
    std::vector<double> frontierLogA; // per month: best human-paced logA of any lab

    std::vector<int> order; // ranking scratch

    // Step labs one at a time with the plain kernels instead of eight at a
    // time in lanes (fastmathlanes.h). Both give the same bits; tests compare them.
    bool plainKernels = false;

    void prepare(const SimPlan &plan); // sizes and initialises everything from the plan
};

} // namespace asirace
