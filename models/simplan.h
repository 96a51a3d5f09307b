#pragma once
// A scenario compiled for simulation: organisations and partnerships resolved
// to indices, every input converted once into the units the monthly loop
// uses, the exogenous month-by-month trends (prices, chip supply, the AI
// market, cluster sizes, reliability, the data stock) tabulated, and the
// scenario's dated events turned into parameter changes at their months.
// Compiling into an existing plan reuses its storage.

#include "scalinglaw.h"
#include "scenario.h"

#include <vector>

namespace asirace {

inline constexpr int kMaxRofrDelayMonths = 36; // the field's declared maximum
inline constexpr double kSecondsPerMonth = 365.25 * 24 * 3600 / 12;
inline constexpr double kLn10 = 2.302585092994046;

// Inputs of one organisation, as the monthly loop reads them.
struct OrgParams {
    bool lab = true;    // kind == "lab": races and is ranked
    bool trains = true; // trains_frontier
    // Whether the organisation's capability can ever reach ASI (it trains, or
    // licenses from a lab without an AGI clause) and whether it can still
    // change after arrival (only through licences): used to stop Monte Carlo
    // runs whose ranking is settled.
    bool canArrive = true;
    bool licensee = false;
    double compute0 = 0;
    double cluster0 = 0;
    double coreRevenue0 = 0;
    double coreGrowthPerMonth = 1; // (1 + revenue_growth)^(1/12)
    double aiRevenue0 = 0;
    double aiSpendShare = 0;
    double outsideFunding = 0;
    double capexPerMonth = 1; // (1 + capex_growth)^(1/12)
    double willpower = 0;
    double chipAccess = 1;
    double customYear = 2060;
    double customGain = 1;
    double bestRunFlop0 = 0;
    double talent = 1;
    double trainShare = 0.3;
    int runMonths = 4;
    double tokensPerParam = 20;
    double archFactor = 1; // dense 1, MoE moe_gain / (1 + imbalance)
    double runFlopPerH100eMonth = 0; // peak x mfu x seconds per month
    double checkpointMinutes = 0.5;
    double checkpointIntervalMinutes = 0; // 0: Young's optimum
    double restartMinutes = 5;
    double bugProbability = 0;
    double bugProgressLost = 0;
    double caution = 0;
    double lnTalent = 0;
};

// Terms of one partnership, with both ends resolved.
struct PartnerParams {
    int a = -1; // partner (provider, investor, licensee)
    int b = -1; // lab
    double computeSupplied = 0;  // H100e
    double commitmentUsd = 0;    // USD/year the lab has committed to buy
    double revenueShare = 0;
    double profitShare = 0;
    double investment = 0;       // USD/year
    bool ipAccess = false;
    int ipLagMonths = 0;
    int ipUntilMonth = 0;        // first month without IP access
    bool rofr = false;
    double rofrDecline = 0;
    int rofrDelayMonths = 0;
    int startMonth = 0;          // months since the simulation's start (may be negative)
    int commitmentMonth = 0;     // when the current commitment was signed: its ramp starts there
    int endMonth = 0;            // first month without the terms
    bool endsAtAgi = false;
};

// Global inputs the monthly loop reads directly (trends are tabulated instead).
struct GlobalParams {
    double agi = 36;
    double asi = 38;
    double automationStart = 33; // agi - automation_gap_oom
    double invAutomationGap = 0; // 0 for a step at AGI
    double lnSpeedupAgi = 0;
    double lnSpeedupAsi = 0;     // ln(multiplier at ASI / multiplier at AGI)
    double invAsiGap = 0;
    double cautionStart = 34;
    double invCautionGap = 0;
    double lnBasePace = 0;       // ln(log10 efficiency gained per month at the reference inputs)
    double elasticity = 0.5;     // weight of compute in research input
    double lnReference = 0;      // ln(research_reference_h100e)
    double diminishing = 0;      // alg_diminishing_returns x ln 10
    double shareElasticity = 0;  // capability_share_elasticity x ln 10
    double monthlyKeep = 1;      // 1 - depreciation per month
    double invLeadMonths = 1;
    double commitmentRampMonths = 24;
    double failureDomain = 1e5;
    int spilloverLagMonths = 12;
};

// A parameter change at a month, compiled from the scenario's events.
struct ParamChange {
    int month = 0;
    enum class Target { Org, Partner, Global } target = Target::Org;
    int index = 0;
    OrgParams org;
    PartnerParams partner;
    GlobalParams global;
};

struct SimPlan {
    int months = 0;
    double startYear = 2026;
    std::vector<OrgParams> orgs;
    std::vector<PartnerParams> partners;
    GlobalParams global;
    std::vector<ParamChange> changes; // by month; applied to the run's own copies (SimState)
    std::vector<int> labs;            // indices of racing organisations, in scenario order
    std::vector<int> labOf;           // per organisation: its position in `labs`, or -1
    std::vector<int> rofrHolder;      // per org: partnership index of its ROFR holder or -1
    std::vector<int> historySlot;     // per org: its row in SimState::kappaHistory (IP licensors), or -1
    int historyRows = 0;
    double labsMarketShare = 1;       // share of the AI market the modelled labs held at the start
    double logA0 = 0;                 // log10 algorithmic efficiency at the start (2022 = 0)

    // Per month (index m = months since January of startYear)
    std::vector<double> year;          // decimal year
    std::vector<double> costPerH100eYear; // USD
    std::vector<double> supplyPerMonth;   // world accelerator production [H100e/month]
    std::vector<double> aiMarket;         // world frontier-AI revenue [USD/year]
    std::vector<double> clusterScale;     // largest-cluster growth since the start [x]
    std::vector<double> mtbfMinutes;      // accelerator MTBF seen by a run
    std::vector<double> dataStock;        // usable training tokens

    ScalingLaw law;
};

// Fills `plan` from `scenario`. Partnerships naming unknown organisations are
// ignored (validate() reports them); the plan is always safe to run.
void compilePlan(const Scenario &scenario, SimPlan &plan);

// The month index of an event or a term date: months since January of `startYear`.
inline int monthIndex(double startYear, int year, int month) { return (year - static_cast<int>(startYear)) * 12 + (month - 1); }

} // namespace asirace
