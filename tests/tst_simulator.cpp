// One test per mechanism of race model v2 (docs/MODEL.md): each checks the
// direction a user relies on, on the evidence baseline or a small variant.
#include "builtinscenarios.h"
#include "capabilitystep.h"
#include "simulator.h"
#include "trainingstep.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace asirace;

namespace {

const LabSeries &lab(const SimulationResult &r, const char *name)
{
    for (const auto &l : r.labs)
        if (l.name == name)
            return l;
    qFatal("no lab %s", name);
    return r.labs.front();
}

// Index of December of `year` in the result's months.
size_t december(const SimulationResult &r, int year)
{
    return static_cast<size_t>(std::lround((year + 11.0 / 12 - r.months.front()) * 12));
}

Scenario baseline()
{
    Scenario s = defaultScenario();
    s.assumptions.end_year = 2060;
    return s;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    void runStartsInJanuaryAfterTheDataDate();
    void goodputIsSmoothAndNeverZero();
    void labsCheckpointAtYoungsOptimumUnlessForced();
    void automationLadderHitsItsAnchors();
    void cautionPauseRampsUpToAgi();
    void dataCapCostsAllocationEfficiency();
    void largestRunIsLimitedByTheCluster();
    void purchaseCommitmentAddsNoCapacityBeyondTheBudget();
    void commitmentDeliversFromItsSigningMonth();
    void investmentIsMoneyAndComputeSuppliedIsCompute();
    void revenueShareFlowsFromLabToPartner();
    void aiRevenueAddsUpToTheMarket();
    void eventsChangeInputsFromTheirMonth();
    void globalEventsReachEveryLabsInputs();
    void seriesEndAtAsi();
    void takeoffTakesTimeAndFollowsItsInputs();
    void cancelledRunStopsEarly();
};

void TestSimulator::runStartsInJanuaryAfterTheDataDate()
{
    const auto r = simulate(defaultScenario());
    QCOMPARE(defaultScenario().assumptions.data_as_of, std::string("2025-12"));
    QCOMPARE(r.months.front(), 2026.0);
    QCOMPARE(r.months.size(), size_t(15 * 12));
    // Month 0 starts from Epoch's end-2025 median, not a year later.
    QCOMPARE(lab(r, "OpenAI").compute_h100e.front() > 1.7e6 && lab(r, "OpenAI").compute_h100e.front() < 2.2e6, true);
}

void TestSimulator::goodputIsSmoothAndNeverZero()
{
    const double mtbf = 50000.0 * 60; // minutes
    // Llama 3: >90% at 16k GPUs with 0.5 min checkpoints and 5 min restarts.
    QVERIFY(clusterGoodput(16384, 1e9, mtbf, 0.5, 0, 5) > 0.9);
    double previous = 1;
    for (double gpus : {1e3, 1e4, 1e5, 1e6, 1e7}) {
        const double g = clusterGoodput(gpus, 1e9, mtbf, 0.5, 0, 5);
        QVERIFY(g < previous);
        QVERIFY(g > 0);
        previous = g;
    }
    // The worst inputs in range still leave some goodput: no cliff.
    QVERIFY(clusterGoodput(1e8, 1e8, 1000.0 * 60, 120, 0, 600) > 0);
    QVERIFY(clusterGoodput(1e8, 1e8, 1000.0 * 60, 0.01, 1440, 600) > 0);
    // A failure domain caps what one failure stops.
    QCOMPARE(clusterGoodput(1e6, 1e5, mtbf, 0.5, 0, 5), clusterGoodput(1e5, 1e5, mtbf, 0.5, 0, 5));
    // failure_domain_h100e at its maximum no longer zeroes anyone's goodput.
    Scenario s = defaultScenario();
    s.assumptions.failure_domain_h100e = 1e8;
    for (const auto &l : simulate(s).labs)
        for (double g : l.goodput)
            QVERIFY(!(g <= 0) || l.name == "Apple"); // Apple does not train
}

void TestSimulator::labsCheckpointAtYoungsOptimumUnlessForced()
{
    const double mtbf = 50000.0 * 60 / 1e5;
    const double optimum = std::sqrt(2 * 0.5 * mtbf);
    const double best = clusterGoodput(1e5, 1e9, 50000.0 * 60, 0.5, 0, 5);
    QVERIFY(std::abs(best - clusterGoodput(1e5, 1e9, 50000.0 * 60, 0.5, optimum, 5)) < 1e-12);
    for (double interval : {optimum / 4, optimum * 4})
        QVERIFY(clusterGoodput(1e5, 1e9, 50000.0 * 60, 0.5, interval, 5) < best);
    // Reliability improves: the same run has more goodput in 2035 than in 2026.
    const auto r = simulate(defaultScenario());
    const auto &g = lab(r, "OpenAI").goodput;
    QVERIFY(g[december(r, 2035)] > g[0]);
}

void TestSimulator::automationLadderHitsItsAnchors()
{
    SimPlan plan;
    compilePlan(defaultScenario(), plan);
    const auto &g = plan.global;
    QCOMPARE(lnAutomationSpeedup(g, g.automationStart - 0.5), 0.0);
    QVERIFY(std::abs(std::exp(lnAutomationSpeedup(g, g.agi)) - 25) < 1e-9);
    QVERIFY(std::abs(std::exp(lnAutomationSpeedup(g, g.asi)) - 2000) < 1e-6);
    QVERIFY(lnAutomationSpeedup(g, g.agi - 1) < lnAutomationSpeedup(g, g.agi - 0.5));
}

void TestSimulator::cautionPauseRampsUpToAgi()
{
    SimPlan plan;
    compilePlan(defaultScenario(), plan);
    const auto &g = plan.global;
    QCOMPARE(cautionPause(g.cautionStart - 1, 0.5, g), 0.0);
    QVERIFY(cautionPause(g.agi - 1, 0.5, g) > 0 && cautionPause(g.agi - 1, 0.5, g) < 0.5);
    QCOMPARE(cautionPause(g.agi + 1, 0.5, g), 0.5);
    QCOMPARE(cautionPause(g.agi + 1, 1.0, g), 0.95); // never a full stop
}

void TestSimulator::dataCapCostsAllocationEfficiency()
{
    const ScalingLaw law;
    const auto free = allocateRun(law, 1e28, 20, 1e17);
    const auto capped = allocateRun(law, 1e28, 20, 1e13);
    QVERIFY(capped.tokens < free.tokens);
    QVERIFY(capped.efficiency < free.efficiency);
    // And through the model: a small data stock lowers capability later on.
    Scenario small = baseline();
    small.assumptions.data_stock_tokens = 1e12;
    const size_t m = december(simulate(small), 2034);
    QVERIFY(lab(simulate(small), "OpenAI").effective_flop_log10[m] <
            lab(simulate(baseline()), "OpenAI").effective_flop_log10[m]);
}

void TestSimulator::largestRunIsLimitedByTheCluster()
{
    // 2026 runs land near Epoch's largest estimates (~5e26 in 2025), not at 30% of a fleet.
    const auto r = simulate(defaultScenario());
    const size_t end2026 = december(r, 2026);
    for (const auto &l : r.labs)
        QVERIFY2(l.training_run_flop[end2026] < 5e27, l.name.c_str());
    QVERIFY(lab(r, "xAI").training_run_flop[end2026] > 5e26);
    // Where the cluster binds (all of the fleet may train), a bigger cluster means a bigger run.
    Scenario all = defaultScenario();
    all.findOrganisation("xAI")->train_share = 0.9;
    Scenario big = all;
    big.findOrganisation("xAI")->max_cluster_h100e *= 2;
    QVERIFY(lab(simulate(big), "xAI").training_run_flop[end2026] > lab(simulate(all), "xAI").training_run_flop[end2026]);
}

void TestSimulator::purchaseCommitmentAddsNoCapacityBeyondTheBudget()
{
    // A commitment far above what the lab can pay secures no more compute than its budget buys.
    Scenario s = defaultScenario();
    s.findPartnership("Oracle", "OpenAI")->commitment_usd_per_year = 1e13;
    s.findPartnership("Oracle", "OpenAI")->start_year = 2026;
    Scenario none = defaultScenario();
    for (auto &p : none.partnerships)
        p.commitment_usd_per_year = 0;
    none.events.erase(std::remove_if(none.events.begin(), none.events.end(),
                                     [](const ScheduledEvent &e) { return e.path.find("commitment") != std::string::npos; }),
                      none.events.end());
    const auto with = simulate(s), without = simulate(none);
    const auto &a = lab(with, "OpenAI"), &b = lab(without, "OpenAI");
    SimPlan plan;
    compilePlan(s, plan);
    QCOMPARE(a.spend_usd[0], b.spend_usd[0]); // a commitment is no money
    for (size_t m = 1; m < with.months.size() && std::isfinite(a.compute_h100e[m]); ++m) {
        // The fleet grows only toward what this month's budget pays for.
        const double target = a.spend_usd[m] / plan.costPerH100eYear[m];
        QVERIFY2(a.compute_h100e[m] <= std::max(target, a.compute_h100e[m - 1]) * (1 + 1e-9),
                 qPrintable(QString("month %1").arg(m)));
    }
    // It does deliver sooner than the open market.
    QVERIFY(a.compute_h100e[6] > b.compute_h100e[6]);
}

void TestSimulator::commitmentDeliversFromItsSigningMonth()
{
    // Oracle's contract starts in 2027: before then it changes nothing. With
    // scarce chips, committed capacity is served first from then on.
    // (OpenAI's other commitments already exceed what its budget pays for, so
    // they are set aside here.)
    Scenario scarce = defaultScenario();
    scarce.assumptions.industry_supply_h100e = 2e6;
    scarce.findPartnership("Microsoft", "OpenAI")->commitment_usd_per_year = 0;
    scarce.findPartnership("Amazon", "OpenAI")->commitment_usd_per_year = 0;
    std::erase_if(scarce.events, [](const ScheduledEvent &e) { return e.path.find("OpenAI.commitment") != std::string::npos; });
    Scenario none = scarce;
    none.findPartnership("Oracle", "OpenAI")->commitment_usd_per_year = 0;
    const auto with = simulate(scarce), without = simulate(none);
    const size_t jan2027 = december(with, 2026) + 1;
    for (size_t m = 0; m < jan2027; ++m)
        QCOMPARE(lab(with, "OpenAI").compute_h100e[m], lab(without, "OpenAI").compute_h100e[m]);
    QVERIFY(lab(with, "OpenAI").compute_h100e[jan2027 + 6] > lab(without, "OpenAI").compute_h100e[jan2027 + 6]);
}

void TestSimulator::investmentIsMoneyAndComputeSuppliedIsCompute()
{
    Scenario money = defaultScenario();
    money.findPartnership("Microsoft", "OpenAI")->investment_usd_per_year = 2e10;
    const auto base = simulate(defaultScenario()), r = simulate(money);
    QVERIFY(std::abs(lab(r, "OpenAI").spend_usd[0] - lab(base, "OpenAI").spend_usd[0] - 2e10) < 1e3);
    // Compute supplied moves capacity from the partner to the lab, not money.
    const size_t jun2026 = 5;
    const size_t may2026 = 4;
    QVERIFY(lab(base, "Anthropic").compute_h100e[may2026] - lab(base, "Anthropic").compute_h100e[may2026 - 1] > 2e5);
    QCOMPARE(lab(base, "Anthropic").spend_usd[jun2026] > 0, true);
}

void TestSimulator::revenueShareFlowsFromLabToPartner()
{
    Scenario none = defaultScenario();
    none.findPartnership("Microsoft", "OpenAI")->revenue_share = 0;
    const auto with = simulate(defaultScenario()), without = simulate(none);
    QVERIFY(lab(with, "Microsoft").spend_usd[0] > lab(without, "Microsoft").spend_usd[0]);
    QVERIFY(lab(with, "OpenAI").spend_usd[0] < lab(without, "OpenAI").spend_usd[0]);
    // The Apr 2026 rewrite ends the share by 2030 (an event).
    const size_t jan2030 = december(with, 2029) + 1;
    QVERIFY(lab(with, "Microsoft").spend_usd[jan2030] < lab(with, "Microsoft").spend_usd[jan2030 - 1]);
}

void TestSimulator::aiRevenueAddsUpToTheMarket()
{
    const Scenario &s = defaultScenario();
    SimPlan plan;
    compilePlan(s, plan);
    const auto r = simulate(s);
    for (size_t m = 0; m < r.months.size(); m += 6) {
        double ai = 0;
        for (const auto &l : r.labs) {
            const auto *org = s.findOrganisation(l.name);
            if (std::isfinite(l.revenue_usd[m]))
                ai += l.revenue_usd[m] - org->revenue_usd * std::pow(1 + org->revenue_growth, m / 12.0);
        }
        QVERIFY2(ai <= plan.aiMarket[m] * (1 + 1e-6), qPrintable(QString("month %1").arg(m)));
    }
    // A lab that pulls ahead takes share: more talent, more AI revenue by 2030.
    Scenario strong = defaultScenario();
    strong.findOrganisation("Anthropic")->research_talent = 2;
    const size_t m = december(r, 2030);
    QVERIFY(lab(simulate(strong), "Anthropic").revenue_usd[m] > lab(r, "Anthropic").revenue_usd[m]);
    QVERIFY(lab(simulate(strong), "OpenAI").revenue_usd[m] < lab(r, "OpenAI").revenue_usd[m]);
}

void TestSimulator::eventsChangeInputsFromTheirMonth()
{
    Scenario s = defaultScenario();
    s.events.push_back({2028, 1, "OpenAI.mfu", 0.1, "a bad quarter"});
    const auto with = simulate(s), base = simulate(defaultScenario());
    const size_t jan2028 = december(base, 2027) + 1;
    for (size_t m = 0; m < jan2028; ++m)
        QCOMPARE(lab(with, "OpenAI").effective_flop_log10[m], lab(base, "OpenAI").effective_flop_log10[m]);
    QVERIFY(lab(with, "OpenAI").effective_flop_log10[jan2028 + 12] < lab(base, "OpenAI").effective_flop_log10[jan2028 + 12]);
}

void TestSimulator::globalEventsReachEveryLabsInputs()
{
    // Peak FLOP/s is a global assumption that each lab's run compute is
    // compiled from: a dated change of it must reach the labs' runs.
    Scenario s = defaultScenario();
    s.events.push_back({2028, 1, "assumptions.h100_peak_flops", s.assumptions.h100_peak_flops * 2, "faster chips"});
    const auto with = simulate(s), base = simulate(defaultScenario());
    const size_t jan2028 = december(base, 2027) + 1;
    for (const auto &l : base.labs) {
        QCOMPARE(lab(with, l.name.c_str()).training_run_flop[jan2028 - 1], l.training_run_flop[jan2028 - 1]);
        if (!(l.training_run_flop[jan2028 + 11] > l.training_run_flop[jan2028 - 1]))
            continue; // no new run that year (or past ASI): nothing to compare
        QVERIFY2(lab(with, l.name.c_str()).training_run_flop[jan2028 + 11] > l.training_run_flop[jan2028 + 11],
                 l.name.c_str());
    }
}

void TestSimulator::seriesEndAtAsi()
{
    const auto r = simulate(baseline());
    bool someArrived = false;
    for (const auto &l : r.labs) {
        if (!l.asi_year)
            continue;
        someArrived = true;
        const auto m = static_cast<size_t>(std::lround((*l.asi_year - r.months.front()) * 12));
        QVERIFY(std::isfinite(l.effective_flop_log10[m]));
        QVERIFY(l.effective_flop_log10[m] >= r.asi_log10_flop);
        for (size_t k = m + 1; k < r.months.size(); ++k)
            QVERIFY(std::isnan(l.effective_flop_log10[k]) && std::isnan(l.compute_h100e[k]));
    }
    QVERIFY(someArrived);
}

void TestSimulator::takeoffTakesTimeAndFollowsItsInputs()
{
    // The first lab's AGI -> ASI time, in months.
    auto takeoff = [](Scenario s) {
        s.assumptions.end_year = 2060;
        const auto r = simulate(s);
        const auto &w = lab(r, r.winner->c_str());
        return (*w.asi_year - *w.agi_year) * 12;
    };
    const double base = takeoff(defaultScenario());
    QVERIFY2(base >= 6, qPrintable(QString::number(base))); // not one training run
    double previous = 0;
    for (double gap : {1.0, 2.0, 4.0}) {
        Scenario s = defaultScenario();
        s.assumptions.asi_gap_oom = gap;
        const double t = takeoff(s);
        QVERIFY2(t > previous, qPrintable(QString("gap %1: %2 months").arg(gap).arg(t)));
        previous = t;
    }
    previous = std::numeric_limits<double>::max();
    for (double speedup : {100.0, 2000.0, 50000.0}) {
        Scenario s = defaultScenario();
        s.assumptions.automation_speedup_asi = speedup;
        const double t = takeoff(s);
        QVERIFY2(t < previous, qPrintable(QString("speed-up %1: %2 months").arg(speedup).arg(t)));
        previous = t;
    }
}

void TestSimulator::cancelledRunStopsEarly()
{
    std::atomic<bool> cancel{true};
    QVERIFY(simulate(defaultScenario(), &cancel).cancelled);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
