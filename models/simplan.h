#pragma once
// A scenario compiled for simulation: organisations and partnerships resolved
// to indices, every input copied into flat arrays, and the month-by-month
// global trends (price-performance, chip supply, data stock) tabulated once.
// Compiling into an existing plan reuses its storage, so Monte Carlo can
// sample inputs into a scenario and recompile without allocating.

#include "scalinglaw.h"
#include "scenario.h"
#include "simtrends.h"

#include <limits>
#include <vector>

namespace asirace {

inline constexpr int kMaxRofrDelayMonths = 36; // the field's declared maximum
inline constexpr double kSecondsPerMonth = 365.25 * 24 * 3600 / 12;

// Inputs of one organisation, as the simulation reads them.
struct OrgParams {
    bool lab = true;    // kind == "lab": races and is ranked
    bool trains = true; // trains_frontier
    bool moe = false;
    // Whether the organisation's capability can ever reach ASI: it trains, or
    // it licenses from a lab without an AGI clause (a clause stops licences
    // below AGI). Whether its capability can change after it has arrived: only
    // through licences. Used to stop Monte Carlo runs whose ranking is settled.
    bool canArrive = true;
    bool licensee = false;
    double compute0 = 0;
    double revenue0 = 0;
    double revenueMonthlyGrowth = 0; // (1 + revenue_growth)^(1/12) - 1
    double revenueGrowthInput = std::numeric_limits<double>::quiet_NaN(); // what the factor was computed from
    double aiSpendShare = 0;
    double outsideFunding = 0;
    double capexMonthlyGrowth = 1;   // (1 + capex_growth)^(1/12)
    double capexGrowthInput = std::numeric_limits<double>::quiet_NaN();
    double willpower = 0;
    double chipAccess = 1;
    double customAcceleratorYear = 2060;
    double customAcceleratorGain = 1;
    double bestRunFlop = 0;
    double researchTalent = 1;
    double trainShare = 0.3;
    int runMonths = 4;
    double tokensPerParam = 20;
    double archFactor = 1; // dense 1, MoE moe_gain / (1 + imbalance)
    double mfu = 0.38;
    double checkpointMinutes = 0.5;
    double restartMinutes = 5;
    double domainGoodput = 1; // goodput of a run filling a whole failure domain
    double checkpointPerMtbf2 = 0; // 2 checkpoint_minutes / GPU MTBF [minutes]
    double restartPerMtbf = 0;     // restart_minutes / GPU MTBF
    double lnTokensPerParamOver6 = 0; // ln(tokens_per_param / 6): the unconstrained split in log space
    double lnArchFactor = 0;          // ln(archFactor); -inf for a zero factor
    double trainFlopsPerGpuMonth = 0; // trainShare x peak x mfu x seconds per month
    double bugProbability = 0;
    double bugProgressLost = 0;
    double caution = 0;
};

// Terms of one partnership, with both ends resolved.
struct PartnerParams {
    int a = -1; // partner (provider, investor, licensee)
    int b = -1; // lab
    double computeShare = 0;
    double commitment = 0;
    double revenueShare = 0;
    double profitShare = 0;
    double investment = 0;
    bool ipAccess = false;
    int ipLagMonths = 0;
    double ipUntilYear = 0; // exclusive end: first year without IP access
    bool rofr = false;
    double rofrDecline = 0;
    int rofrDelayMonths = 0;
    bool exclusive = false;
    double startYear = 0;
    double endYear = 0; // exclusive end: first year without the terms
    double rampStartYear = 0;
    bool endsAtAgi = false;
};

// The organisation inputs of the monthly money loop, one array per field
// (structure of arrays), so that loop runs over contiguous values and the
// compiler vectorises it. Copies of the matching OrgParams fields.
struct OrgColumns {
    std::vector<double> revenueGrowth; // monthly
    std::vector<double> willpower;
    std::vector<double> aiSpendShare;
    std::vector<double> outsideFunding;
    std::vector<double> capexGrowth; // monthly factor
    std::vector<double> chipAccess;
    std::vector<double> customYear;
    std::vector<double> customGain;
};

struct SimPlan {
    int months = 0;
    double startYear = 2025;
    std::vector<OrgParams> orgs;
    OrgColumns columns;
    std::vector<PartnerParams> partners;
    std::vector<int> labs; // indices of racing organisations, in scenario order
    std::vector<int> labOf; // per organisation: its position in `labs`, or -1
    std::vector<int> rofrHolder; // per org: partnership index of its ROFR holder or -1
    std::vector<int> exclusivePartner; // per org: partnership index of its exclusive provider or -1
    // Partnerships by what they can move, so monthly loops skip terms that are zero
    // (skipping them is exact: they would only add zeros, in the same order).
    std::vector<int> moneyPartners;      // a revenue share, profit share or investment
    std::vector<int> commitmentPartners; // a compute commitment
    std::vector<int> supplyPartners;     // a compute share or commitment
    std::vector<int> ipPartners;         // IP access
    std::vector<int> queuedOrgs;         // orgs with an ROFR holder or an exclusive provider
    std::vector<int> historySlot;        // per org: its row in SimState::kappaHistory (IP licensors), or -1
    int historyRows = 0;
    int agiClausePartners = 0;           // partnerships that end when their lab reaches AGI
    bool wholeYearTerms = true;          // every term starts and ends on a January (Integer fields)

    // Per month (index m = months since January of startYear)
    std::vector<double> year;          // decimal year
    std::vector<double> h100ePerUsd;   // purchase price-performance
    std::vector<double> supplyPerMonth; // world accelerator production [H100e/month]
    std::vector<double> dataStock;     // usable training tokens
    std::vector<double> researchReference; // compute that gives the measured algorithmic pace [H100e]
    std::vector<double> lnDataStock;   // ln(dataStock), for the allocation in log space
    TrendKeys trendKeys;               // what the tables above were computed from (simtrends.h)

    ScalingLaw law;
    double peakFlops = 9.89e14;
    double monthlyDepreciation = 1.0 / 60;
    double gpuMtbfMinutes = 3e6;
    double failureDomain = 1e5;
    double revenueCeiling = 3e12;
    double commitmentRampYears = 3;
    double logA0 = 0;          // log10 algorithmic efficiency at the start (2022 = 0)
    double log10AlgPerMonth = 0; // log10 efficiency gained per month without automation
    double agi = 36;
    double asi = 38;
    double automationGap = 4;
    double cautionGap = 2;
    double lnSpeedupAgi = 0;   // ln(multiplier at AGI)
    double lnSpeedupAsi = 0;   // ln(multiplier at ASI / multiplier at AGI)
    int spilloverLagMonths = 12;
    double researchComputeElasticity = 0.5;

    // Precomputed for the monthly loop (the fast path; see docs/MODEL.md, Performance)
    double invRevenueCeiling = 0;
    double invCommitmentRampYears = 0;
    double lnK = 0; // ln of the scaling law's K
    double invGamma = 0; // 1 / the scaling law's gamma
    double automationStart = 0;  // agi - automationGap: below it AI does not speed up research
    double invAutomationGap = 0; // 1 / automationGap (0 when the gap is 0: a step at AGI)
    double invAsiGap = 0;        // 1 / (asi - agi) (0 when the gap is 0)
    double cautionStart = 0;     // agi - cautionGap: below it no lab holds back
    double invCautionGap = 0;    // 1 / cautionGap (0 when the gap is 0)
    std::vector<double> invResearchReference; // per month: 1 / researchReference
};

// Fills `plan` from `scenario`. Partnerships naming unknown organisations are
// ignored (validate() reports them); the plan is always safe to run.
void compilePlan(const Scenario &scenario, SimPlan &plan);

} // namespace asirace
