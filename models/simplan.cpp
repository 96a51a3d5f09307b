#include "simplan.h"

#include "fieldpath.h"

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

int wholeMonths(double value, int lo, int hi) { return std::clamp(static_cast<int>(std::lround(value)), lo, hi); }

// Copies the fields the model reads (every numeric field, and the names,
// kinds and choices among the texts) by the field tables; free texts and the
// per-field sources maps stay as they were, since copying them cost a tenth of
// a Monte Carlo run.
template <class Owner>
void copyModelFields(const Owner &from, Owner &to, std::span<const NumericField<Owner>> numbers,
                     std::span<const TextField<Owner>> texts)
{
    for (const auto &f : numbers)
        to.*f.member = from.*f.member;
    for (const auto &f : texts)
        if (f.rule != TextRule::Free)
            to.*f.member = from.*f.member;
}

void copyModelInputs(const Scenario &from, Scenario &to)
{
    to.organisations.resize(from.organisations.size());
    for (size_t i = 0; i < from.organisations.size(); ++i)
        copyModelFields(from.organisations[i], to.organisations[i], organisationNumericFields(),
                        organisationTextFields());
    to.partnerships.resize(from.partnerships.size());
    for (size_t i = 0; i < from.partnerships.size(); ++i)
        copyModelFields(from.partnerships[i], to.partnerships[i], partnershipNumericFields(),
                        partnershipTextFields());
    copyModelFields(from.assumptions, to.assumptions, assumptionNumericFields(), assumptionTextFields());
}

OrgParams compileOrg(const Organisation &o, const Assumptions &a)
{
    OrgParams p;
    p.lab = o.isLab();
    p.trains = o.trains_frontier >= 0.5;
    p.compute0 = std::max(0.0, o.compute_h100e);
    p.cluster0 = std::max(0.0, o.max_cluster_h100e);
    p.coreRevenue0 = std::max(0.0, o.revenue_usd);
    p.coreGrowthPerMonth = std::pow(1.0 + std::max(-0.99, o.revenue_growth), 1.0 / 12);
    p.aiRevenue0 = std::max(0.0, o.ai_revenue_usd);
    p.aiSpendShare = std::clamp(o.ai_spend_share, 0.0, 1.0);
    p.outsideFunding = std::max(0.0, o.outside_funding_usd);
    p.capexPerMonth = std::pow(1.0 + std::max(0.0, o.capex_growth), 1.0 / 12);
    p.willpower = std::clamp(o.willpower, 0.0, 1.0);
    p.chipAccess = std::clamp(o.chip_access, 0.0, 1.0);
    p.customYear = o.custom_accelerator_year;
    p.customGain = std::max(1.0, o.custom_accelerator_gain);
    p.bestRunFlop0 = std::max(0.0, o.best_run_flop);
    p.talent = std::max(1e-6, o.research_talent);
    p.lnTalent = std::log(p.talent);
    p.trainShare = std::clamp(o.train_share, 0.0, 1.0);
    p.runMonths = wholeMonths(o.run_months, 1, 120);
    p.tokensPerParam = std::max(1e-3, o.tokens_per_param);
    // Claim 1: routing imbalance starves experts, so a hasty MoE keeps only
    // 1/(1 + max violation) of its gain and can end up worse than dense.
    p.archFactor = o.moe >= 0.5 ? std::max(1e-6, o.moe_gain) / (1.0 + std::max(0.0, o.moe_expert_imbalance)) : 1.0;
    p.runFlopPerH100eMonth = std::max(0.0, a.h100_peak_flops) * std::clamp(o.mfu, 0.0, 1.0) * kSecondsPerMonth;
    p.checkpointMinutes = std::max(0.0, o.checkpoint_minutes);
    p.checkpointIntervalMinutes = std::max(0.0, o.checkpoint_interval_minutes);
    p.restartMinutes = std::max(0.0, o.restart_minutes);
    p.bugProbability = std::clamp(o.bug_probability, 0.0, 1.0);
    p.bugProgressLost = std::clamp(o.bug_progress_lost, 0.0, 1.0);
    p.caution = std::clamp(o.caution, 0.0, 1.0);
    return p;
}

PartnerParams compilePartner(const Partnership &t, int a, int b, double startYear)
{
    PartnerParams p;
    p.a = a;
    p.b = b;
    p.computeSupplied = std::max(0.0, t.compute_supplied_h100e);
    p.commitmentUsd = std::max(0.0, t.commitment_usd_per_year);
    p.revenueShare = std::clamp(t.revenue_share, 0.0, 1.0);
    p.profitShare = std::clamp(t.profit_share, 0.0, 1.0);
    p.investment = std::max(0.0, t.investment_usd_per_year);
    p.ipAccess = t.ip_access >= 0.5;
    p.ipLagMonths = wholeMonths(t.ip_lag_months, 0, 1200);
    p.ipUntilMonth = monthIndex(startYear, static_cast<int>(t.ip_until_year) + 1, 1); // through December
    p.rofr = t.rofr >= 0.5;
    p.rofrDecline = std::clamp(t.rofr_decline_probability, 0.0, 1.0);
    p.rofrDelayMonths = wholeMonths(t.rofr_delay_months, 0, kMaxRofrDelayMonths);
    p.startMonth = monthIndex(startYear, static_cast<int>(t.start_year), wholeMonths(t.start_month, 1, 12));
    p.endMonth = monthIndex(startYear, static_cast<int>(t.end_year) + 1, 1); // through December of end_year
    p.commitmentMonth = p.startMonth;
    p.endsAtAgi = t.ends_at_agi >= 0.5;
    return p;
}

GlobalParams compileGlobal(const Assumptions &a)
{
    GlobalParams g;
    g.agi = a.agi_log10_flop;
    g.asi = a.agi_log10_flop + std::max(0.0, a.asi_gap_oom);
    const double automationGap = std::max(0.0, a.automation_gap_oom);
    g.automationStart = g.agi - automationGap;
    g.invAutomationGap = automationGap > 0 ? 1.0 / automationGap : 0.0;
    g.lnSpeedupAgi = std::log(std::max(1.0, a.automation_speedup_agi));
    g.lnSpeedupAsi = std::log(std::max(1.0, a.automation_speedup_asi)) - g.lnSpeedupAgi;
    g.invAsiGap = g.asi > g.agi ? 1.0 / (g.asi - g.agi) : 0.0;
    const double cautionGap = std::max(0.0, a.caution_gap_oom);
    g.cautionStart = g.agi - cautionGap;
    g.invCautionGap = cautionGap > 0 ? 1.0 / cautionGap : 0.0;
    // The measured pace: compute for the same capability halves every alg_halving_months.
    g.lnBasePace = std::log(std::log10(2.0) / std::max(0.1, a.alg_halving_months));
    g.elasticity = std::clamp(a.research_compute_elasticity, 0.0, 1.0);
    g.lnReference = std::log(std::max(1.0, a.research_reference_h100e));
    g.diminishing = std::max(0.0, a.alg_diminishing_returns) * kLn10;
    g.shareElasticity = std::max(0.0, a.capability_share_elasticity) * kLn10;
    g.monthlyKeep = 1.0 - 1.0 / (12.0 * std::max(0.1, a.depreciation_years));
    g.invLeadMonths = 1.0 / std::max(1.0, a.build_lead_months);
    g.commitmentRampMonths = 12.0 * std::max(0.01, a.commitment_ramp_years);
    g.failureDomain = std::max(1.0, a.failure_domain_h100e);
    g.spilloverLagMonths = wholeMonths(a.spillover_lag_months, 0, 1200);
    return g;
}

// Monthly growth factors of the exogenous trends under one set of assumptions.
struct TrendRates {
    double cost, supply, cluster, mtbf, data;
    double lnMarketGrowth0, marketDecayPerMonth;
};

TrendRates trendRates(const Assumptions &a)
{
    TrendRates r;
    r.cost = std::exp2(-1.0 / (12.0 * std::max(0.1, a.hw_doubling_years)));
    r.supply = std::pow(1.0 + std::max(0.0, a.industry_supply_growth), 1.0 / 12);
    r.cluster = std::pow(std::max(1.0, a.cluster_growth), 1.0 / 12);
    r.mtbf = std::pow(1.0 + std::max(0.0, a.reliability_improvement), 1.0 / 12);
    r.data = std::pow(1.0 + std::max(0.0, a.data_growth_per_year), 1.0 / 12);
    r.lnMarketGrowth0 = std::log1p(std::max(0.0, a.ai_market_growth));
    r.marketDecayPerMonth = std::exp2(-1.0 / (12.0 * std::max(0.01, a.ai_market_growth_halving_years)));
    return r;
}

// Tabulates the trends month by month from their levels in `a0`. `segments`
// are the rates in force from each month on (the first from month 0): a dated
// event changes a trend's rate from its month, continuing from the level
// already reached.
void tabulateTrends(const Assumptions &a0, const std::vector<std::pair<int, TrendRates>> &segments, SimPlan &plan)
{
    const auto months = static_cast<size_t>(plan.months);
    for (auto *v : {&plan.year, &plan.costPerH100eYear, &plan.supplyPerMonth, &plan.aiMarket, &plan.clusterScale,
                    &plan.mtbfMinutes, &plan.dataStock})
        v->resize(months);
    double cost = std::max(1.0, a0.h100e_year_cost_usd);
    double supply = std::max(0.0, a0.industry_supply_h100e) / 12;
    double market = std::max(0.0, a0.ai_market_usd);
    double cluster = 1, mtbf = std::max(1.0, a0.gpu_mtbf_hours) * 60, data = std::max(1.0, a0.data_stock_tokens);
    size_t next = 1;
    TrendRates r = segments.front().second;
    double lnGrowth = r.lnMarketGrowth0; // this month's yearly log growth of the market
    for (size_t m = 0; m < months; ++m) {
        if (next < segments.size() && static_cast<size_t>(segments[next].first) == m) {
            const double decayed = lnGrowth / r.lnMarketGrowth0;
            r = segments[next].second;
            // A changed market growth restarts its decay from the new rate,
            // scaled by how far the old one had decayed.
            lnGrowth = r.lnMarketGrowth0 * (std::isfinite(decayed) ? decayed : 1.0);
            ++next;
        }
        plan.year[m] = plan.startYear + static_cast<double>(m) / 12.0;
        plan.costPerH100eYear[m] = cost;
        plan.supplyPerMonth[m] = supply;
        plan.aiMarket[m] = market;
        plan.clusterScale[m] = cluster;
        plan.mtbfMinutes[m] = mtbf;
        plan.dataStock[m] = data;
        cost *= r.cost;
        supply *= r.supply;
        market *= std::exp(lnGrowth / 12);
        lnGrowth *= r.marketDecayPerMonth;
        cluster *= r.cluster;
        mtbf *= r.mtbf;
        data *= r.data;
    }
}

enum class Owner { Global, Org, Partner };

Owner ownerOf(std::string_view path, std::string_view &ownerText)
{
    const auto dot = path.rfind('.');
    ownerText = path.substr(0, dot == std::string_view::npos ? 0 : dot);
    if (ownerText == "assumptions")
        return Owner::Global;
    return ownerText.find('/') != std::string_view::npos ? Owner::Partner : Owner::Org;
}

// The scenario's events in month order (stable for the same month), as month indices.
std::vector<std::pair<int, const ScheduledEvent *>> sortedEvents(const Scenario &s, double startYear)
{
    std::vector<std::pair<int, const ScheduledEvent *>> events;
    events.reserve(s.events.size());
    for (const auto &e : s.events)
        events.emplace_back(monthIndex(startYear, e.year, std::clamp(e.month, 1, 12)), &e);
    std::stable_sort(events.begin(), events.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    return events;
}

void compileStructure(const Scenario &s, SimPlan &plan, std::vector<int> &partnerOf)
{
    const size_t n = s.organisations.size();
    plan.labs.clear();
    plan.labOf.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
        if (s.organisations[i].isLab()) {
            plan.labOf[i] = static_cast<int>(plan.labs.size());
            plan.labs.push_back(static_cast<int>(i));
        }
    }
    plan.partners.clear();
    plan.rofrHolder.assign(n, -1);
    partnerOf.assign(s.partnerships.size(), -1);
    for (size_t t = 0; t < s.partnerships.size(); ++t) {
        const auto &p = s.partnerships[t];
        const int ia = indexOf(s, p.org_a);
        const int ib = indexOf(s, p.org_b);
        if (ia < 0 || ib < 0 || ia == ib)
            continue;
        partnerOf[t] = static_cast<int>(plan.partners.size());
        plan.partners.push_back(compilePartner(p, ia, ib, plan.startYear));
    }
}

// Flags that depend on the terms: who licenses from whom, who can ever arrive.
void compileDerived(SimPlan &plan)
{
    const size_t n = plan.orgs.size();
    plan.rofrHolder.assign(n, -1);
    plan.historySlot.assign(n, -1);
    plan.historyRows = 0;
    for (auto &o : plan.orgs) {
        o.licensee = false;
        o.canArrive = o.lab && o.trains;
    }
    auto consider = [&](const PartnerParams &p, int k) {
        if (p.rofr && plan.rofrHolder[static_cast<size_t>(p.b)] < 0)
            plan.rofrHolder[static_cast<size_t>(p.b)] = k;
        if (!p.ipAccess)
            return;
        auto &licensee = plan.orgs[static_cast<size_t>(p.a)];
        licensee.licensee = true;
        if (!p.endsAtAgi && plan.orgs[static_cast<size_t>(p.b)].trains)
            licensee.canArrive = licensee.canArrive || licensee.lab;
        if (plan.historySlot[static_cast<size_t>(p.b)] < 0)
            plan.historySlot[static_cast<size_t>(p.b)] = plan.historyRows++;
    };
    for (size_t k = 0; k < plan.partners.size(); ++k)
        consider(plan.partners[k], static_cast<int>(k));
    // Terms that events switch on later count as well.
    for (const auto &c : plan.changes)
        if (c.target == ParamChange::Target::Partner)
            consider(c.partner, c.index);
    for (const auto &c : plan.changes)
        if (c.target == ParamChange::Target::Org && c.org.trains)
            plan.orgs[static_cast<size_t>(c.index)].canArrive = plan.orgs[static_cast<size_t>(c.index)].lab;
}

} // namespace

void compilePlan(const Scenario &s, SimPlan &plan)
{
    plan.startYear = std::floor(s.assumptions.start_year);
    const double endYear = std::max(plan.startYear, std::floor(s.assumptions.end_year));
    plan.months = static_cast<int>(endYear - plan.startYear + 1) * 12;
    plan.law = ScalingLaw::byName(s.assumptions.scaling_law);

    std::vector<int> partnerOf;
    compileStructure(s, plan, partnerOf);
    plan.changes.clear();

    const auto events = sortedEvents(s, plan.startYear);
    // Events are applied to a working copy; events at or before the first month
    // are part of the starting point.
    thread_local Scenario work;
    const Scenario *base = &s;
    std::vector<std::pair<int, TrendRates>> globalSegments;
    size_t firstLater = 0;
    if (!events.empty()) {
        // Only what events can change and compileOrg() reads: the
        // distributions, events, descriptions and sources would be copied for
        // nothing (and Monte Carlo compiles a plan per run).
        copyModelInputs(s, work);
        for (; firstLater < events.size() && events[firstLater].first <= 0; ++firstLater)
            setFieldPath(work, events[firstLater].second->path, formatValue(events[firstLater].second->value));
        base = &work;
    }

    plan.orgs.resize(s.organisations.size());
    for (size_t i = 0; i < s.organisations.size(); ++i)
        plan.orgs[i] = compileOrg(base->organisations[i], base->assumptions);
    for (size_t t = 0; t < s.partnerships.size(); ++t)
        if (partnerOf[t] >= 0)
            plan.partners[static_cast<size_t>(partnerOf[t])] =
                compilePartner(base->partnerships[t], plan.partners[static_cast<size_t>(partnerOf[t])].a,
                               plan.partners[static_cast<size_t>(partnerOf[t])].b, plan.startYear);
    plan.global = compileGlobal(base->assumptions);
    globalSegments.emplace_back(0, trendRates(base->assumptions));

    for (size_t e = firstLater; e < events.size(); ++e) {
        const auto [month, event] = events[e];
        if (month >= plan.months)
            break;
        if (setFieldPath(work, event->path, formatValue(event->value)))
            continue; // validate() reports it
        std::string_view ownerText;
        ParamChange change;
        change.month = month;
        switch (ownerOf(event->path, ownerText)) {
        case Owner::Global:
            change.target = ParamChange::Target::Global;
            change.global = compileGlobal(work.assumptions);
            if (globalSegments.back().first == month)
                globalSegments.back().second = trendRates(work.assumptions);
            else
                globalSegments.emplace_back(month, trendRates(work.assumptions));
            plan.changes.push_back(change);
            // Organisations' compiled inputs read assumptions too (peak FLOP/s
            // into FLOP per H100e-month, ...): they change from the same month.
            for (size_t i = 0; i < work.organisations.size(); ++i) {
                ParamChange orgChange;
                orgChange.month = month;
                orgChange.target = ParamChange::Target::Org;
                orgChange.index = static_cast<int>(i);
                orgChange.org = compileOrg(work.organisations[i], work.assumptions);
                plan.changes.push_back(orgChange);
            }
            continue;
        case Owner::Org: {
            const int i = indexOf(work, std::string(ownerText));
            if (i < 0)
                continue;
            change.target = ParamChange::Target::Org;
            change.index = i;
            change.org = compileOrg(work.organisations[static_cast<size_t>(i)], work.assumptions);
            break;
        }
        case Owner::Partner: {
            int t = -1;
            for (size_t k = 0; k < work.partnerships.size(); ++k)
                if (work.partnerships[k].key() == ownerText)
                    t = static_cast<int>(k);
            if (t < 0 || partnerOf[static_cast<size_t>(t)] < 0)
                continue;
            const auto k = static_cast<size_t>(partnerOf[static_cast<size_t>(t)]);
            change.target = ParamChange::Target::Partner;
            change.index = static_cast<int>(k);
            change.partner = compilePartner(work.partnerships[static_cast<size_t>(t)], plan.partners[k].a,
                                            plan.partners[k].b, plan.startYear);
            // A commitment signed by this event ramps from its month.
            change.partner.commitmentMonth = month;
            break;
        }
        }
        plan.changes.push_back(change);
    }

    tabulateTrends(base->assumptions, globalSegments, plan);
    compileDerived(plan);

    // The modelled labs' share of the AI market at the start (the rest is held
    // by labs outside the scenario and stays theirs).
    double labsRevenue = 0;
    for (int i : plan.labs)
        labsRevenue += plan.orgs[static_cast<size_t>(i)].aiRevenue0;
    const double market = plan.aiMarket.empty() ? 0.0 : plan.aiMarket.front();
    plan.labsMarketShare = market > 0 ? std::min(1.0, labsRevenue / market) : 0.0;
    plan.logA0 = (plan.startYear - 2022.0) * 12.0 / std::max(0.1, base->assumptions.alg_halving_months) * std::log10(2.0);
}

} // namespace asirace
