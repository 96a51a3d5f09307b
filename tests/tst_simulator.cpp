// The race model's mechanisms, one test each, on the built-in baseline: the
// direction each interview claim must push the outcome, and the bookkeeping
// (partners, licences, supply, thresholds) that makes the ranking.
#include "builtinscenarios.h"
#include "capabilitystep.h"
#include "fieldpath.h"
#include "simulator.h"
#include "trainingstep.h"

#include <QTest>

#include <cmath>
#include <initializer_list>

using namespace asirace;

namespace {

Scenario baselineWith(std::initializer_list<const char *> assignments)
{
    Scenario s = defaultScenario();
    for (const char *a : assignments) {
        const auto error = applyAssignment(s, a);
        if (error)
            qFatal("bad assignment %s: %s", a, error->message.c_str());
    }
    return s;
}

const LabSeries &lab(const SimulationResult &r, const char *name)
{
    for (const auto &l : r.labs)
        if (l.name == name)
            return l;
    qFatal("no lab %s", name);
    return r.labs.front();
}

double arrival(const SimulationResult &r, const char *name)
{
    return lab(r, name).asi_year.value_or(1e9); // never = after everything
}

// Final capability with the horizon before anyone reaches ASI, so "ends with
// higher kappa" compares labs still racing.
double kappaIn2030(Scenario s, const char *name)
{
    s.assumptions.end_year = 2030;
    return lab(simulate(s), name).effective_flop_log10.back();
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    // Formulas the mechanisms rest on
    void goodputMatchesLlama3AndFallsWithScale();
    void automationLadderHitsItsAnchors();
    void cautionPauseRampsUpToAgi();
    void dataCapForcesParametersUpAndCostsEfficiency();

    // Claim 1-5 directions (issue 3 "Must show")
    void moeImbalanceStarvesExperts_meta();
    void overParameterisationCostsAllocationEfficiency_openai();
    void longerCheckpointsLowerGoodputAndDelayArrival();
    void moreRestartsLowerGoodputAndDelayArrival();
    void rofrHeldByMicrosoftLowersOpenAIsCompute();
    void chipAccessLimitsApplesCompute();
    void cautionDelaysAnthropic();
    void willpowerSpeedsALab();
    void bugsCostProgress();

    // Partnerships and licensing
    void partnerCommitmentFlowsFromAToB();
    void revenueShareFlowsFromLabToPartner();
    void licenseeFollowsTheLabWithTheLag();
    void nonTrainingLabOnlyLicenses();
    void agiClauseEndsTheTerms();
    void exclusiveProviderCapsPurchases();
    void industrySupplyCapsPurchases();

    // Bookkeeping
    void monthsRunFromJanuaryToDecember();
    void thresholdsAndArrivalAreConsistent();
    void cancelledRunStopsEarly();
};

void TestSimulator::goodputMatchesLlama3AndFallsWithScale()
{
    // Model brief section 4: Llama 3 (16k GPUs, 50k h per GPU, 0.5 min checkpoint, 5 min restart) > 0.9;
    // the same settings on 100k GPUs about 0.65.
    const double mtbf = 50000 * 60.0;
    QVERIFY(clusterGoodput(16384, 1e9, mtbf, 0.5, 5) > 0.88);
    QVERIFY(std::abs(clusterGoodput(1e5, 1e9, mtbf, 0.5, 5) - 0.65) < 0.02);
    // Bigger than the failure domain: the domain's goodput, not less.
    QCOMPARE(clusterGoodput(1e6, 1e5, mtbf, 0.5, 5), clusterGoodput(1e5, 1e5, mtbf, 0.5, 5));
    QVERIFY(clusterGoodput(1e5, 1e9, mtbf, 5, 5) < clusterGoodput(1e5, 1e9, mtbf, 0.5, 5));
    QCOMPARE(clusterGoodput(1e5, 1e9, mtbf, 10, 60), 0.0); // floor at zero
}

void TestSimulator::automationLadderHitsItsAnchors()
{
    SimPlan plan;
    compilePlan(defaultScenario(), plan);
    const double agi = plan.agi;
    QCOMPARE(lnAutomationSpeedup(plan, agi - plan.automationGap - 1), 0.0);
    QVERIFY(std::abs(std::exp(lnAutomationSpeedup(plan, agi)) - 25) < 1e-9);
    QVERIFY(std::abs(std::exp(lnAutomationSpeedup(plan, plan.asi)) - 2000) < 1e-6);
    QVERIFY(lnAutomationSpeedup(plan, agi - 1) < lnAutomationSpeedup(plan, agi - 0.5));
}

void TestSimulator::cautionPauseRampsUpToAgi()
{
    QCOMPARE(cautionPause(30, 0.8, 36, 2), 0.0);
    QVERIFY(std::abs(cautionPause(35, 0.8, 36, 2) - 0.4) < 1e-12);
    QVERIFY(std::abs(cautionPause(37, 0.8, 36, 2) - 0.8) < 1e-12);
    QCOMPARE(cautionPause(37, 1.0, 36, 2), 0.95); // never a full stop
}

void TestSimulator::dataCapForcesParametersUpAndCostsEfficiency()
{
    ScalingLaw law;
    const auto free = allocateRun(law, 1e30, 20, 1e20);
    const auto capped = allocateRun(law, 1e30, 20, 1e14);
    QCOMPARE(capped.tokens, 1e14);
    QVERIFY(capped.params > free.params);
    QVERIFY(std::abs(6 * capped.params * capped.tokens / 1e30 - 1) < 1e-12);
    QVERIFY(capped.efficiency < 0.5 * free.efficiency);
}

void TestSimulator::moeImbalanceStarvesExperts_meta()
{
    // Claim 1: experts starved by hasty routing (MaxVio 0.72, Wang et al. 2024) waste compute.
    const double balanced = kappaIn2030(baselineWith({"Meta.moe_expert_imbalance=0.04"}), "Meta");
    const double starved = kappaIn2030(baselineWith({"Meta.moe_expert_imbalance=0.72"}), "Meta");
    QVERIFY2(balanced > starved + 0.1, qPrintable(QString("%1 vs %2").arg(balanced).arg(starved)));
    QVERIFY(arrival(simulate(baselineWith({"Meta.moe_expert_imbalance=0.04"})), "Meta") <
            arrival(simulate(baselineWith({"Meta.moe_expert_imbalance=0.72"})), "Meta"));
}

void TestSimulator::overParameterisationCostsAllocationEfficiency_openai()
{
    // Claim 2: 5 tokens per parameter is far from Chinchilla-optimal; q < 1 costs capability.
    const auto chinchilla = baselineWith({"OpenAI.tokens_per_param=20"});
    const auto oversized = baselineWith({"OpenAI.tokens_per_param=5"});
    QVERIFY(kappaIn2030(chinchilla, "OpenAI") > kappaIn2030(oversized, "OpenAI"));
    const auto q20 = lab(simulate(chinchilla), "OpenAI").allocation_efficiency;
    const auto q5 = lab(simulate(oversized), "OpenAI").allocation_efficiency;
    QVERIFY(q5[24] < q20[24] - 0.05);
}

void TestSimulator::longerCheckpointsLowerGoodputAndDelayArrival()
{
    // Claim 2: writing checkpoints takes cluster time at every failure interval (Young 1974).
    const auto fast = simulate(baselineWith({"OpenAI.checkpoint_minutes=0.5"}));
    const auto slow = simulate(baselineWith({"OpenAI.checkpoint_minutes=5"}));
    QVERIFY(lab(slow, "OpenAI").goodput[12] < lab(fast, "OpenAI").goodput[12]);
    QVERIFY(arrival(slow, "OpenAI") > arrival(fast, "OpenAI"));
}

void TestSimulator::moreRestartsLowerGoodputAndDelayArrival()
{
    // Claim 2: every failure costs a restart; on 100k-GPU domains failures come every ~30 min.
    const auto quick = simulate(baselineWith({"OpenAI.restart_minutes=5"}));
    const auto slow = simulate(baselineWith({"OpenAI.restart_minutes=20"}));
    QVERIFY(lab(slow, "OpenAI").goodput[12] < lab(quick, "OpenAI").goodput[12]);
    QVERIFY(arrival(slow, "OpenAI") > arrival(quick, "OpenAI"));
}

void TestSimulator::rofrHeldByMicrosoftLowersOpenAIsCompute()
{
    // Claim 3: with a right of first refusal, declined expansions arrive only after the delay.
    const auto free = lab(simulate(baselineWith({"Microsoft/OpenAI.rofr=0"})), "OpenAI").compute_h100e;
    const auto held = lab(simulate(baselineWith({"Microsoft/OpenAI.rofr=1"})), "OpenAI").compute_h100e;
    bool lower = false;
    for (size_t m = 0; m < 60; ++m) { // before either reaches ASI
        QVERIFY(held[m] <= free[m] * (1 + 1e-12));
        lower = lower || held[m] < 0.95 * free[m];
    }
    QVERIFY(lower);
}

void TestSimulator::chipAccessLimitsApplesCompute()
{
    // Claim 4: strained Nvidia relations mean Apple buys fewer chips per dollar.
    const auto strained = lab(simulate(baselineWith({"Apple.chip_access=0.3"})), "Apple").compute_h100e;
    const auto open = lab(simulate(baselineWith({"Apple.chip_access=1"})), "Apple").compute_h100e;
    QVERIFY(strained.back() < open.back());
    QVERIFY(strained[36] < 0.8 * open[36]);
}

void TestSimulator::cautionDelaysAnthropic()
{
    // Claim 5: strong but cautious; near AGI a cautious lab holds back its runs and its AI-R&D speed-up.
    QVERIFY(arrival(simulate(baselineWith({"Anthropic.caution=0.9"})), "Anthropic") >
            arrival(simulate(baselineWith({"Anthropic.caution=0.1"})), "Anthropic"));
}

void TestSimulator::willpowerSpeedsALab()
{
    // Claim 5: resources and willpower: willpower scales what a lab spends on compute.
    const auto timid = simulate(baselineWith({"xAI.willpower=0.4"}));
    const auto bold = simulate(baselineWith({"xAI.willpower=1"}));
    QVERIFY(arrival(bold, "xAI") < arrival(timid, "xAI"));
    QVERIFY(lab(bold, "xAI").compute_h100e[48] > lab(timid, "xAI").compute_h100e[48]);
}

void TestSimulator::bugsCostProgress()
{
    // Expected value of a framework bug: probability x share of the run lost.
    QVERIFY(kappaIn2030(baselineWith({"OpenAI.bug_probability=0"}), "OpenAI") >
            kappaIn2030(baselineWith({"OpenAI.bug_probability=1", "OpenAI.bug_progress_lost=0.9"}), "OpenAI"));
}

void TestSimulator::partnerCommitmentFlowsFromAToB()
{
    // org_a (Oracle) supplies compute to org_b (OpenAI), ramping in over commitment_ramp_years.
    const auto with = simulate(defaultScenario());
    const auto without = simulate(baselineWith({"Oracle/OpenAI.compute_commitment_h100e=0"}));
    QVERIFY(lab(with, "OpenAI").compute_h100e[35] > lab(without, "OpenAI").compute_h100e[35] + 1e6);
    QVERIFY(std::abs(lab(with, "OpenAI").compute_h100e[0] - lab(without, "OpenAI").compute_h100e[0]) < 1.0);
}

void TestSimulator::revenueShareFlowsFromLabToPartner()
{
    // Revenue flows b -> a: the lab loses it, the partner (Microsoft) gains spending money.
    const auto none = simulate(baselineWith({"Microsoft/OpenAI.revenue_share=0"}));
    const auto half = simulate(baselineWith({"Microsoft/OpenAI.revenue_share=0.5"}));
    QVERIFY(lab(half, "OpenAI").compute_h100e[36] < lab(none, "OpenAI").compute_h100e[36]);
    QVERIFY(lab(half, "Microsoft").compute_h100e[36] > lab(none, "Microsoft").compute_h100e[36]);
}

void TestSimulator::licenseeFollowsTheLabWithTheLag()
{
    // Apple (org_a) deploys Google DeepMind's (org_b) models ip_lag_months late, from 2026 to 2032.
    // The AGI clause ends the licence once Google reaches AGI; until then Apple trails by the lag.
    const auto r = simulate(defaultScenario());
    const auto &apple = lab(r, "Apple").effective_flop_log10;
    const auto &google = lab(r, "Google DeepMind");
    QVERIFY(google.agi_year.has_value());
    const auto agiMonth = static_cast<size_t>(std::lround((*google.agi_year - r.months[0]) * 12));
    QVERIFY(agiMonth > 24);
    for (size_t m = 12; m < agiMonth; ++m) // from 2026 until Google's AGI
        QVERIFY(apple[m] >= google.effective_flop_log10[m - 12] - 1e-12);
    QVERIFY(apple[agiMonth] > apple[0] + 2);
    QVERIFY(apple.back() < r.agi_log10_flop); // never handed an AGI-level model
}

void TestSimulator::nonTrainingLabOnlyLicenses()
{
    // Apple with trains_frontier = 0 runs no training; without a licence it stays where it started.
    auto s = baselineWith({"Apple/Google DeepMind.ip_access=0", "Apple/OpenAI.ip_access=0"});
    const auto r = simulate(s);
    const auto &apple = lab(r, "Apple");
    QCOMPARE(apple.effective_flop_log10.back(), apple.effective_flop_log10.front());
    QCOMPARE(apple.goodput[30], 0.0);
}

void TestSimulator::agiClauseEndsTheTerms()
{
    // Microsoft's licence to OpenAI's models ends when OpenAI reaches AGI (ends_at_agi).
    const auto r = simulate(defaultScenario());
    const auto &ms = lab(r, "Microsoft");
    const auto &oa = lab(r, "OpenAI");
    QVERIFY(oa.agi_year.has_value());
    const auto agiMonth = static_cast<size_t>(std::lround((*oa.agi_year - r.months[0]) * 12));
    QVERIFY(ms.effective_flop_log10[agiMonth - 1] >= oa.effective_flop_log10[agiMonth - 1] - 1e-12);
    QVERIFY(oa.asi_year.has_value());
    const auto asiMonth = static_cast<size_t>(std::lround((*oa.asi_year - r.months[0]) * 12));
    QVERIFY(ms.effective_flop_log10[asiMonth] < oa.effective_flop_log10[asiMonth]); // no longer follows
    const auto open = simulate(baselineWith({"Microsoft/OpenAI.ends_at_agi=0", "Microsoft/OpenAI.ip_until_year=2040",
                                             "Microsoft/OpenAI.end_year=2040"}));
    QVERIFY(lab(open, "Microsoft").asi_year.value_or(1e9) < lab(r, "Microsoft").asi_year.value_or(1e9));
}

void TestSimulator::exclusiveProviderCapsPurchases()
{
    // An exclusive provider only supplies what it builds itself (Amazon for Anthropic here).
    const auto open = lab(simulate(defaultScenario()), "Anthropic").compute_h100e;
    const auto locked = lab(simulate(baselineWith({"Microsoft/Anthropic.exclusive=1"})), "Anthropic").compute_h100e;
    QVERIFY(locked[36] < 0.8 * open[36]);
}

void TestSimulator::industrySupplyCapsPurchases()
{
    const auto plenty = simulate(baselineWith({"assumptions.industry_supply_h100e=1e10"}));
    const auto scarce = simulate(baselineWith({"assumptions.industry_supply_h100e=1e6"}));
    for (const char *name : {"OpenAI", "xAI", "Meta"})
        QVERIFY(lab(scarce, name).compute_h100e[24] < 0.7 * lab(plenty, name).compute_h100e[24]);
}

void TestSimulator::monthsRunFromJanuaryToDecember()
{
    const auto r = simulate(baselineWith({"assumptions.start_year=2026", "assumptions.end_year=2030"}));
    QCOMPARE(r.months.size(), size_t(60));
    QCOMPARE(r.months.front(), 2026.0);
    QVERIFY(std::abs(r.months.back() - (2030 + 11.0 / 12)) < 1e-12);
    for (const auto &l : r.labs)
        QCOMPARE(l.compute_h100e.size(), size_t(60));
}

void TestSimulator::thresholdsAndArrivalAreConsistent()
{
    const auto r = simulate(defaultScenario());
    QCOMPARE(r.agi_log10_flop, 36.0);
    QCOMPARE(r.asi_log10_flop, 38.0);
    for (const auto &l : r.labs) {
        if (!l.asi_year)
            continue;
        const auto m = static_cast<size_t>(std::lround((*l.asi_year - r.months[0]) * 12));
        QVERIFY(l.effective_flop_log10[m] >= r.asi_log10_flop);
        QVERIFY(m == 0 || l.effective_flop_log10[m - 1] < r.asi_log10_flop);
        QVERIFY(l.agi_year && *l.agi_year <= *l.asi_year);
    }
    QVERIFY(r.winner.has_value());
    QCOMPARE(*r.winner, r.ranking.front());
}

void TestSimulator::cancelledRunStopsEarly()
{
    std::atomic<bool> cancel{true};
    const auto r = simulate(defaultScenario(), &cancel);
    QVERIFY(r.cancelled);
    QVERIFY(!simulate(defaultScenario()).cancelled);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
