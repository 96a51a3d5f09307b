// The fast path (simulate(), the compiled plan reused by Monte Carlo) agrees
// with the plain reference implementation of one run to 1e-9 relative on
// every series, with identical arrival months and rankings: on the default
// scenario, every built-in preset, random valid scenarios, and with sampled
// stochastic events. Speed is measured in bench/, not here.
#include "builtinscenarios.h"
#include "counterrng.h"
#include "randomscenario.h"
#include "referencesimulator.h"
#include "simulator.h"

#include <QTest>

#include <cmath>

using namespace asirace;

namespace {

constexpr double kRelative = 1e-9;

// Draws events from the counter-based generator, like Monte Carlo does.
class DrawnEvents final : public SimEvents
{
public:
    explicit DrawnEvents(std::uint64_t run) : m_random(99, run) {}
    double bugLoss(int org, int runIndex, double probability, double lostShare) override
    {
        return m_random.uniform(RandomStream::FrameworkBug, std::uint64_t(org) * 4096 + std::uint64_t(runIndex)) <
                       probability
                   ? lostShare
                   : 0.0;
    }
    double rofrDeclined(int partnership, int month, double probability) override
    {
        return m_random.uniform(RandomStream::RofrDecline, std::uint64_t(partnership) * 4096 + std::uint64_t(month)) <
                       probability
                   ? 1.0
                   : 0.0;
    }

private:
    RunRandom m_random;
};

bool close(double a, double b)
{
    if (a == b)
        return true;
    return std::abs(a - b) <= kRelative * std::max(std::abs(a), std::abs(b));
}

// Empty when the two results agree, otherwise where they first differ.
QString difference(const SimulationResult &fast, const SimulationResult &ref)
{
    if (fast.months != ref.months)
        return "months";
    if (fast.labs.size() != ref.labs.size())
        return "lab count";
    if (fast.ranking != ref.ranking)
        return "ranking";
    if (fast.winner != ref.winner)
        return "winner";
    for (size_t j = 0; j < fast.labs.size(); ++j) {
        const auto &f = fast.labs[j];
        const auto &r = ref.labs[j];
        const QString lab = QString::fromStdString(f.name);
        if (f.asi_year != r.asi_year || f.agi_year != r.agi_year || f.final_rank != r.final_rank)
            return lab + ": arrival or final rank";
        const std::pair<const std::vector<double> *, const std::vector<double> *> series[] = {
            {&f.compute_h100e, &r.compute_h100e}, {&f.training_run_flop, &r.training_run_flop},
            {&f.effective_flop_log10, &r.effective_flop_log10}, {&f.goodput, &r.goodput},
            {&f.allocation_efficiency, &r.allocation_efficiency}, {&f.rank, &r.rank}};
        for (size_t k = 0; k < std::size(series); ++k)
            for (size_t m = 0; m < series[k].first->size(); ++m)
                if (!close((*series[k].first)[m], (*series[k].second)[m]))
                    return QStringLiteral("%1: series %2 month %3: %4 vs %5")
                        .arg(lab)
                        .arg(k)
                        .arg(m)
                        .arg((*series[k].first)[m], 0, 'g', 17)
                        .arg((*series[k].second)[m], 0, 'g', 17);
    }
    return {};
}

SimulationResult fastWithEvents(const Scenario &s, SimEvents *events)
{
    SimPlan plan;
    SimState state;
    SimulationResult result;
    compilePlan(s, plan);
    prepareResult(s, plan, result);
    runSimulation(plan, state, result, events);
    return result;
}

} // namespace

class TestFastPath : public QObject
{
    Q_OBJECT
private slots:
    void builtinScenariosAgree();
    void randomScenariosAgree();
    void sampledEventsAgree();
    void reusedWorkspaceGivesTheSameRun();
    void outcomeRunGivesTheSameArrivalsAndOrder();
    void outcomeStopsOnceTheRankingIsSettled();
};

void TestFastPath::builtinScenariosAgree()
{
    for (const auto &s : builtinScenarios()) {
        const QString diff = difference(simulate(s), simulateReference(s));
        QVERIFY2(diff.isEmpty(), qPrintable(QString::fromStdString(s.name) + ": " + diff));
    }
}

void TestFastPath::randomScenariosAgree()
{
    // Random valid scenarios reach corners the presets never do (no labs
    // training, exclusive ROFR chains, horizons up to 2060).
    int checked = 0;
    for (const auto &s : testing::randomScenarios(20260101, 400)) {
        const QString diff = difference(simulate(s), simulateReference(s));
        QVERIFY2(diff.isEmpty(), qPrintable(QString::fromStdString(s.name) + ": " + diff));
        ++checked;
    }
    QCOMPARE(checked, 400);
    // Fields at the edges of their ranges drive overflows and empty fleets.
    testing::RandomScenarioOptions extremes;
    extremes.boundaryChance = 0.3;
    for (const auto &s : testing::randomScenarios(20260102, 300, extremes)) {
        const QString diff = difference(simulate(s), simulateReference(s));
        QVERIFY2(diff.isEmpty(), qPrintable(QString::fromStdString(s.name) + ": " + diff));
    }
}

void TestFastPath::sampledEventsAgree()
{
    Scenario s = defaultScenario();
    for (auto &org : s.organisations)
        org.bug_probability = 0.4;
    for (std::uint64_t run = 0; run < 50; ++run) {
        DrawnEvents a(run), b(run);
        const QString diff = difference(fastWithEvents(s, &a), simulateReference(s, &b));
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("run %1: ").arg(run) + diff));
    }
}

void TestFastPath::reusedWorkspaceGivesTheSameRun()
{
    // Monte Carlo reuses one plan, state and result for thousands of runs:
    // nothing may leak from one run into the next.
    const auto scenarios = testing::randomScenarios(7, 30);
    SimPlan plan;
    SimState state;
    SimulationResult result;
    for (const auto &s : scenarios) {
        compilePlan(s, plan);
        prepareResult(s, plan, result);
        runSimulation(plan, state, result);
        const QString diff = difference(result, simulateReference(s));
        QVERIFY2(diff.isEmpty(), qPrintable(QString::fromStdString(s.name) + ": " + diff));
    }
}

void TestFastPath::outcomeRunGivesTheSameArrivalsAndOrder()
{
    // Monte Carlo's runOutcome() stops once the ranking is settled; its
    // arrivals and final order must be those of the full run.
    auto scenarios = testing::randomScenarios(11, 300);
    scenarios.push_back(defaultScenario());
    SimPlan plan;
    SimState full, outcome;
    SimulationResult result;
    int settledEarly = 0;
    for (const auto &s : scenarios) {
        compilePlan(s, plan);
        prepareResult(s, plan, result);
        runSimulation(plan, full, result);
        runOutcome(plan, outcome);
        QCOMPARE(outcome.order, full.order);
        for (int li : plan.labs)
            QCOMPARE(outcome.asiMonth[size_t(li)], full.asiMonth[size_t(li)]);
        settledEarly += outcome.monthsSimulated < full.monthsSimulated ? 1 : 0;
    }
    QCOMPARE(full.monthsSimulated, plan.months);
    QVERIFY2(settledEarly >= 5, qPrintable(QString::number(settledEarly))); // the early stop was exercised
}

void TestFastPath::outcomeStopsOnceTheRankingIsSettled()
{
    // With DeepSeek strengthened every training lab arrives; Apple, which only
    // licenses under AGI clauses, never can; Meta and xAI arrive in the same
    // month but neither licenses models, so their order is frozen too.
    Scenario s = defaultScenario();
    s.findOrganisation("DeepSeek")->research_talent = 3;
    s.findOrganisation("DeepSeek")->outside_funding_usd = 1e11;
    SimPlan plan;
    SimState full, outcome;
    SimulationResult result;
    compilePlan(s, plan);
    prepareResult(s, plan, result);
    runSimulation(plan, full, result);
    runOutcome(plan, outcome);
    QVERIFY(!result.labs.back().asi_year); // Apple
    QVERIFY(outcome.monthsSimulated < plan.months);
    QCOMPARE(outcome.order, full.order);
    for (int li : plan.labs)
        QCOMPARE(outcome.asiMonth[size_t(li)], full.asiMonth[size_t(li)]);
}

QTEST_GUILESS_MAIN(TestFastPath)
#include "tst_fastpath.moc"
