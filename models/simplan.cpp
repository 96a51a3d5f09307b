#include "simplan.h"

#include "simtrends.h"
#include "trainingstep.h"

#include <algorithm>
#include <cmath>

namespace asirace {
namespace {

int indexOf(const Scenario &s, const std::string &name)
{
    for (size_t i = 0; i < s.organisations.size(); ++i)
        if (s.organisations[i].name == name)
            return static_cast<int>(i);
    return -1;
}

int wholeMonths(double value, int lo, int hi)
{
    return std::clamp(static_cast<int>(std::lround(value)), lo, hi);
}

// Compiles into `p` in place: the two monthly growth factors (powers) are
// recomputed only when their inputs changed since the plan last saw them.
void compileOrg(const Organisation &o, OrgParams &p)
{
    p.lab = o.isLab();
    p.trains = o.trains_frontier >= 0.5;
    p.moe = o.moe >= 0.5;
    p.compute0 = std::max(0.0, o.compute_h100e);
    p.revenue0 = std::max(0.0, o.revenue_usd);
    if (o.revenue_growth != p.revenueGrowthInput) {
        p.revenueGrowthInput = o.revenue_growth;
        p.revenueMonthlyGrowth = std::pow(1.0 + std::max(-0.99, o.revenue_growth), 1.0 / 12) - 1.0;
    }
    p.aiSpendShare = std::clamp(o.ai_spend_share, 0.0, 1.0);
    p.outsideFunding = std::max(0.0, o.outside_funding_usd);
    if (o.capex_growth != p.capexGrowthInput) {
        p.capexGrowthInput = o.capex_growth;
        p.capexMonthlyGrowth = std::pow(1.0 + std::max(0.0, o.capex_growth), 1.0 / 12);
    }
    p.willpower = std::clamp(o.willpower, 0.0, 1.0);
    p.chipAccess = std::clamp(o.chip_access, 0.0, 1.0);
    p.customAcceleratorYear = o.custom_accelerator_year;
    p.customAcceleratorGain = std::max(0.0, o.custom_accelerator_gain);
    p.bestRunFlop = std::max(0.0, o.best_run_flop);
    p.researchTalent = std::max(0.0, o.research_talent);
    p.trainShare = std::clamp(o.train_share, 0.0, 1.0);
    p.runMonths = wholeMonths(o.run_months, 1, 120);
    p.tokensPerParam = std::max(1e-3, o.tokens_per_param);
    // Claim 1: routing imbalance starves experts, so a hasty MoE keeps only
    // 1/(1 + MaxVio) of its gain and can end up worse than dense.
    p.archFactor = p.moe ? std::max(0.0, o.moe_gain) / (1.0 + std::max(0.0, o.moe_expert_imbalance)) : 1.0;
    p.mfu = std::clamp(o.mfu, 0.0, 1.0);
    p.checkpointMinutes = std::max(0.0, o.checkpoint_minutes);
    p.restartMinutes = std::max(0.0, o.restart_minutes);
    p.bugProbability = std::clamp(o.bug_probability, 0.0, 1.0);
    p.bugProgressLost = std::clamp(o.bug_progress_lost, 0.0, 1.0);
    p.caution = std::clamp(o.caution, 0.0, 1.0);

}

PartnerParams compilePartner(const Partnership &t, int a, int b, double simStart)
{
    PartnerParams p;
    p.a = a;
    p.b = b;
    p.computeShare = std::clamp(t.compute_share, 0.0, 1.0);
    p.commitment = std::max(0.0, t.compute_commitment_h100e);
    p.revenueShare = std::clamp(t.revenue_share, 0.0, 1.0);
    p.profitShare = std::clamp(t.profit_share, 0.0, 1.0);
    p.investment = std::max(0.0, t.investment_usd_per_year);
    p.ipAccess = t.ip_access >= 0.5;
    p.ipLagMonths = wholeMonths(t.ip_lag_months, 0, 1200);
    p.ipUntilYear = t.ip_until_year + 1; // through December of ip_until_year
    p.rofr = t.rofr >= 0.5;
    p.rofrDecline = std::clamp(t.rofr_decline_probability, 0.0, 1.0);
    p.rofrDelayMonths = wholeMonths(t.rofr_delay_months, 0, kMaxRofrDelayMonths);
    p.exclusive = t.exclusive >= 0.5;
    p.startYear = t.start_year;
    p.endYear = t.end_year + 1; // through December of end_year
    // The start capacity already includes what partners supplied before the
    // simulation, so commitments ramp in from the later of the two starts.
    p.rampStartYear = std::max(t.start_year, simStart);
    p.endsAtAgi = t.ends_at_agi >= 0.5;
    return p;
}

} // namespace

void compilePlan(const Scenario &s, SimPlan &plan)
{
    const auto &a = s.assumptions;
    plan.startYear = std::floor(a.start_year);
    const double endYear = std::max(plan.startYear, std::floor(a.end_year));
    plan.months = static_cast<int>(endYear - plan.startYear + 1) * 12;

    plan.orgs.resize(s.organisations.size());
    for (size_t i = 0; i < s.organisations.size(); ++i)
        compileOrg(s.organisations[i], plan.orgs[i]);
    const size_t n = plan.orgs.size();

    auto &c = plan.columns;
    for (auto *column : {&c.revenueGrowth, &c.willpower, &c.aiSpendShare, &c.outsideFunding, &c.capexGrowth,
                         &c.chipAccess, &c.customYear, &c.customGain})
        column->resize(n);
    for (size_t i = 0; i < n; ++i) {
        const auto &o = plan.orgs[i];
        c.revenueGrowth[i] = o.revenueMonthlyGrowth;
        c.willpower[i] = o.willpower;
        c.aiSpendShare[i] = o.aiSpendShare;
        c.outsideFunding[i] = o.outsideFunding;
        c.capexGrowth[i] = o.capexMonthlyGrowth;
        c.chipAccess[i] = o.chipAccess;
        c.customYear[i] = o.customAcceleratorYear;
        c.customGain[i] = o.customAcceleratorGain;
    }

    plan.labs.clear();
    plan.labOf.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
        if (plan.orgs[i].lab) {
            plan.labOf[i] = static_cast<int>(plan.labs.size());
            plan.labs.push_back(static_cast<int>(i));
        }
    }

    plan.partners.clear();
    plan.rofrHolder.assign(n, -1);
    plan.exclusivePartner.assign(n, -1);
    for (const auto &t : s.partnerships) {
        const int ia = indexOf(s, t.org_a);
        const int ib = indexOf(s, t.org_b);
        if (ia < 0 || ib < 0 || ia == ib)
            continue;
        const int k = static_cast<int>(plan.partners.size());
        plan.partners.push_back(compilePartner(t, ia, ib, plan.startYear));
        // One holder each: the first listed ROFR or exclusive partnership of a lab applies.
        if (plan.partners.back().rofr && plan.rofrHolder[ib] < 0)
            plan.rofrHolder[ib] = k;
        if (plan.partners.back().exclusive && plan.exclusivePartner[ib] < 0)
            plan.exclusivePartner[ib] = k;
    }

    plan.moneyPartners.clear();
    plan.commitmentPartners.clear();
    plan.supplyPartners.clear();
    plan.ipPartners.clear();
    for (size_t k = 0; k < plan.partners.size(); ++k) {
        const auto &p = plan.partners[k];
        const int index = static_cast<int>(k);
        if (p.revenueShare > 0 || p.profitShare > 0 || p.investment > 0)
            plan.moneyPartners.push_back(index);
        if (p.commitment > 0)
            plan.commitmentPartners.push_back(index);
        if (p.computeShare > 0 || p.commitment > 0)
            plan.supplyPartners.push_back(index);
        if (p.ipAccess)
            plan.ipPartners.push_back(index);
    }
    // Only the capability of labs whose models are licensed with a lag is read back later.
    plan.historySlot.assign(n, -1);
    plan.historyRows = 0;
    plan.agiClausePartners = 0;
    for (int k : plan.ipPartners) {
        const auto &p = plan.partners[static_cast<size_t>(k)];
        if (p.ipLagMonths > 0 && plan.historySlot[static_cast<size_t>(p.b)] < 0)
            plan.historySlot[static_cast<size_t>(p.b)] = plan.historyRows++;
    }
    plan.wholeYearTerms = true;
    for (const auto &p : plan.partners) {
        plan.agiClausePartners += p.endsAtAgi ? 1 : 0;
        plan.wholeYearTerms = plan.wholeYearTerms && p.startYear == std::floor(p.startYear) &&
                              p.endYear == std::floor(p.endYear);
    }
    for (auto &o : plan.orgs) {
        o.canArrive = o.trains;
        o.licensee = false;
    }
    for (int k : plan.ipPartners) {
        const auto &p = plan.partners[static_cast<size_t>(k)];
        auto &licensee = plan.orgs[static_cast<size_t>(p.a)];
        licensee.licensee = true;
        licensee.canArrive = licensee.canArrive || !p.endsAtAgi;
    }
    plan.queuedOrgs.clear();
    for (size_t i = 0; i < n; ++i)
        if (plan.rofrHolder[i] >= 0 || plan.exclusivePartner[i] >= 0)
            plan.queuedOrgs.push_back(static_cast<int>(i));

    double leader = 1.0;
    for (const auto &o : plan.orgs)
        if (o.lab)
            leader = std::max(leader, o.compute0);
    compileTrends(a, leader, plan);

    plan.law = ScalingLaw::byName(a.scaling_law);
    plan.peakFlops = a.h100_peak_flops;
    plan.monthlyDepreciation = 1.0 / (12.0 * a.depreciation_years);
    plan.gpuMtbfMinutes = a.gpu_mtbf_hours * 60.0;
    plan.failureDomain = a.failure_domain_h100e;
    plan.revenueCeiling = a.revenue_ceiling_usd;
    for (auto &o : plan.orgs) {
        o.domainGoodput = clusterGoodput(plan.failureDomain, plan.failureDomain, plan.gpuMtbfMinutes,
                                         o.checkpointMinutes, o.restartMinutes);
        o.checkpointPerMtbf2 = 2.0 * o.checkpointMinutes / plan.gpuMtbfMinutes;
        o.restartPerMtbf = o.restartMinutes / plan.gpuMtbfMinutes;
        o.lnTokensPerParamOver6 = std::log(o.tokensPerParam / 6.0);
        o.lnArchFactor = std::log(o.archFactor);
        o.trainFlopsPerGpuMonth = o.trainShare * plan.peakFlops * o.mfu * kSecondsPerMonth;
    }
    plan.invRevenueCeiling = 1.0 / plan.revenueCeiling;
    plan.lnK = std::log(plan.law.K());
    plan.invGamma = 1.0 / plan.law.gamma();
    plan.commitmentRampYears = a.commitment_ramp_years;
    plan.invCommitmentRampYears = 1.0 / plan.commitmentRampYears;
    // Algorithms halve the compute needed every alg_halving_months (Ho et al.
    // 2024); efficiency is measured against 2022 algorithms.
    plan.log10AlgPerMonth = std::log10(2.0) / a.alg_halving_months;
    plan.logA0 = (plan.startYear - 2022.0) * 12.0 * plan.log10AlgPerMonth;
    plan.agi = a.agi_log10_flop;
    plan.asi = a.agi_log10_flop + a.asi_gap_oom;
    plan.automationGap = a.automation_gap_oom;
    plan.cautionGap = a.caution_gap_oom;
    plan.lnSpeedupAgi = std::log(std::max(1.0, a.automation_speedup_agi));
    plan.lnSpeedupAsi = std::log(std::max(1.0, a.automation_speedup_asi / std::max(1.0, a.automation_speedup_agi)));
    plan.spilloverLagMonths = std::max(1, static_cast<int>(std::lround(a.spillover_lag_months)));
    plan.researchComputeElasticity = std::max(0.0, a.research_compute_elasticity);

    plan.automationStart = plan.agi - plan.automationGap;
    plan.invAutomationGap = plan.automationGap > 0 ? 1.0 / plan.automationGap : 0.0;
    plan.invAsiGap = plan.asi > plan.agi ? 1.0 / (plan.asi - plan.agi) : 0.0;
    plan.cautionStart = plan.agi - plan.cautionGap;
    plan.invCautionGap = plan.cautionGap > 0 ? 1.0 / plan.cautionGap : 0.0;
}

} // namespace asirace
