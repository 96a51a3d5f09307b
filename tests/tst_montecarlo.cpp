// Monte Carlo over the race model: the same seed gives the same odds whatever
// the thread count; different seeds agree within their standard errors; the
// probabilities are consistent; narrowing every distribution to a point (with
// events at their expected values) reproduces the deterministic run exactly;
// stochastic events are sampled, not averaged, in the default mode.
#include "distributionfixture.h"
#include "builtinscenarios.h"
#include "montecarlo.h"
#include "simulator.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <numeric>

using namespace asirace;
using asirace::test::dist;

namespace {

// The default scenario with uncertainty on global and per-lab inputs.
Scenario uncertainScenario()
{
    Scenario s = defaultScenario();
    s.distributions = {
        dist("assumptions.alg_halving_months", DistributionKind::Uniform, 5, 14),
        dist("assumptions.agi_log10_flop", DistributionKind::Normal, 33, 1.2),
        dist("assumptions.asi_gap_oom", DistributionKind::Uniform, 1, 4),
        dist("assumptions.hw_doubling_years", DistributionKind::Triangular, 1.5, 2.07, 3.1),
        dist("assumptions.gpu_mtbf_hours", DistributionKind::Lognormal, 50000, 0.35),
    };
    for (const char *lab : {"OpenAI", "Anthropic", "Google DeepMind", "Meta", "xAI"}) {
        s.distributions.push_back(dist(std::string(lab) + ".mfu", DistributionKind::Uniform, 0.3, 0.45));
        s.distributions.push_back(dist(std::string(lab) + ".willpower", DistributionKind::Uniform, 0.5, 1.0));
        s.distributions.push_back(dist(std::string(lab) + ".research_talent", DistributionKind::Uniform, 0.7, 1.4));
    }
    return s;
}

MonteCarloResult run(const Scenario &s, std::int64_t runs, std::uint64_t seed, int threads,
                     EventMode events = EventMode::Sampled)
{
    MonteCarloOptions options;
    options.runs = runs;
    options.seed = seed;
    options.events = events;
    ParallelControl control;
    control.threads = threads;
    return runMonteCarlo(s, options, control);
}

bool sameOptional(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}

// Exact equality of every number (bit-identical results).
bool identical(const MonteCarloResult &a, const MonteCarloResult &b)
{
    if (a.runs != b.runs || a.p_none != b.p_none || a.labs.size() != b.labs.size())
        return false;
    for (size_t i = 0; i < a.labs.size(); ++i) {
        const auto &x = a.labs[i], &y = b.labs[i];
        if (x.name != y.name || x.p_first != y.p_first || x.p_first_stderr != y.p_first_stderr ||
            x.p_reach != y.p_reach || x.p_rank != y.p_rank || !sameOptional(x.arrival.p10, y.arrival.p10) ||
            !sameOptional(x.arrival.p50, y.arrival.p50) || !sameOptional(x.arrival.p90, y.arrival.p90))
            return false;
    }
    return true;
}

} // namespace

class TestMonteCarlo : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedIdenticalWhateverTheThreadCount();
    void differentSeedsAgreeWithinThreeStandardErrors();
    void probabilitiesAreConsistent();
    void pointDistributionsReproduceTheDeterministicRun();
    void eventsAreSampledNotAveraged();
    void uncertaintySpreadsTheOutcome();
    void progressiveEndsWhereOneShotDoes();
    void cancelReturnsAnIncompleteResult();
    void badInputsAreRejected();
};

void TestMonteCarlo::sameSeedIdenticalWhateverTheThreadCount()
{
    const Scenario s = uncertainScenario();
    const auto one = run(s, 1500, 42, 1);
    QVERIFY(identical(one, run(s, 1500, 42, 2)));
    QVERIFY(identical(one, run(s, 1500, 42, 3)));
    QVERIFY(!identical(one, run(s, 1500, 43, 2)));
}

void TestMonteCarlo::differentSeedsAgreeWithinThreeStandardErrors()
{
    const Scenario s = uncertainScenario();
    const auto a = run(s, 20000, 1, 0);
    const auto b = run(s, 20000, 2, 0);
    auto agree = [](double p, double q, std::int64_t n) {
        const double se = std::sqrt(p * (1 - p) / double(n) + q * (1 - q) / double(n));
        return std::abs(p - q) <= 3 * se;
    };
    QVERIFY(agree(a.p_none, b.p_none, 20000));
    for (size_t i = 0; i < a.labs.size(); ++i) {
        QVERIFY2(agree(a.labs[i].p_first, b.labs[i].p_first, 20000), a.labs[i].name.c_str());
        QVERIFY2(agree(a.labs[i].p_reach, b.labs[i].p_reach, 20000), a.labs[i].name.c_str());
    }
}

void TestMonteCarlo::probabilitiesAreConsistent()
{
    const auto r = run(uncertainScenario(), 3000, 7, 0);
    QCOMPARE(r.runs, std::int64_t(3000));
    QVERIFY(r.complete());
    double sum = 0;
    std::vector<double> rankColumns(r.labs.size(), 0.0);
    for (const auto &lab : r.labs) {
        sum += lab.p_first;
        QVERIFY(lab.p_first <= lab.p_reach);
        QVERIFY(std::abs(std::accumulate(lab.p_rank.begin(), lab.p_rank.end(), 0.0) - 1) < 1e-12);
        for (size_t k = 0; k < lab.p_rank.size(); ++k)
            rankColumns[k] += lab.p_rank[k];
        for (const auto *q : {&lab.arrival, &lab.arrival_if_reached}) {
            if (q->p10 && q->p50)
                QVERIFY(*q->p10 <= *q->p50);
            if (q->p50 && q->p90)
                QVERIFY(*q->p50 <= *q->p90);
            QVERIFY(!q->p90 || q->p50); // a later quantile implies the earlier ones
        }
    }
    QVERIFY(std::abs(sum - (1 - r.p_none)) < 1e-12);
    for (double column : rankColumns) // every rank is held by exactly one lab in each run
        QVERIFY(std::abs(column - 1) < 1e-12);
}

void TestMonteCarlo::pointDistributionsReproduceTheDeterministicRun()
{
    Scenario s = defaultScenario();
    const SimulationResult expected = simulate(s);
    QVERIFY(expected.winner.has_value());
    // Each kind narrowed to the scenario's own value.
    const double alg = s.assumptions.alg_halving_months, agi = s.assumptions.agi_log10_flop;
    const double mfu = s.findOrganisation("OpenAI")->mfu, gap = s.assumptions.asi_gap_oom;
    s.distributions = {dist("assumptions.alg_halving_months", DistributionKind::Uniform, alg, alg),
                       dist("assumptions.agi_log10_flop", DistributionKind::Normal, agi, 0),
                       dist("OpenAI.mfu", DistributionKind::Triangular, mfu, mfu, mfu),
                       dist("assumptions.asi_gap_oom", DistributionKind::Lognormal, gap, 0),
                       dist("Meta.moe_gain", DistributionKind::Fixed, 0, 0)};
    const auto r = run(s, 300, 5, 2, EventMode::Expected);
    for (size_t i = 0; i < r.labs.size(); ++i) {
        const auto &lab = r.labs[i];
        const auto &det = expected.labs[i];
        QCOMPARE(lab.name, det.name);
        QCOMPARE(lab.p_first, det.name == *expected.winner ? 1.0 : 0.0);
        QCOMPARE(lab.p_rank[size_t(det.final_rank - 1)], 1.0);
        QCOMPARE(lab.p_reach, det.asi_year ? 1.0 : 0.0);
        QVERIFY(sameOptional(lab.arrival.p10, det.asi_year));
        QVERIFY(sameOptional(lab.arrival.p50, det.asi_year));
        QVERIFY(sameOptional(lab.arrival.p90, det.asi_year));
    }
}

void TestMonteCarlo::eventsAreSampledNotAveraged()
{
    // No distributions: only framework bugs can vary between runs.
    Scenario s = defaultScenario();
    s.distributions.clear();
    s.assumptions.end_year = 2060; // every lab arrives, so arrival quantiles exist
    for (auto &org : s.organisations) {
        org.bug_probability = 0.5;
        org.bug_progress_lost = 0.9;
    }
    auto spread = [](const MonteCarloResult &r) {
        int distinct = 0;
        for (const auto &lab : r.labs)
            distinct += lab.arrival.p10 != lab.arrival.p90 ? 1 : 0;
        return distinct;
    };
    const auto expected = run(s, 400, 3, 2, EventMode::Expected);
    const auto sampled = run(s, 400, 3, 2, EventMode::Sampled);
    QCOMPARE(spread(expected), 0);
    QVERIFY(spread(sampled) > 0);
    // Bugs hit some sampled runs and spare others, so arrivals differ from the expected-value run's.
    bool someDifferent = false;
    for (size_t i = 0; i < sampled.labs.size(); ++i)
        if (sampled.labs[i].arrival.p90 && expected.labs[i].arrival.p90)
            someDifferent |= *sampled.labs[i].arrival.p90 != *expected.labs[i].arrival.p90 ||
                             sampled.labs[i].arrival.p10 != expected.labs[i].arrival.p10;
    QVERIFY(someDifferent);
}

void TestMonteCarlo::uncertaintySpreadsTheOutcome()
{
    const auto r = run(uncertainScenario(), 2000, 9, 0);
    int contenders = 0;
    for (const auto &lab : r.labs)
        contenders += lab.p_first > 0.01 ? 1 : 0;
    QVERIFY2(contenders >= 2, "uncertain inputs should give more than one lab a real chance");
    for (const auto &lab : r.labs)
        if (lab.arrival.p10 && lab.arrival.p90)
            QVERIFY(*lab.arrival.p90 > *lab.arrival.p10);
}

void TestMonteCarlo::progressiveEndsWhereOneShotDoes()
{
    const Scenario s = uncertainScenario();
    MonteCarloOptions options;
    options.runs = 2500;
    options.seed = 17;
    std::vector<std::int64_t> batches;
    ParallelControl control;
    const auto progressive = runMonteCarloProgressive(s, options, 250, control, [&](const MonteCarloResult &r) {
        batches.push_back(r.runs);
        return true;
    });
    QCOMPARE(batches.front(), std::int64_t(250));
    QCOMPARE(batches.back(), std::int64_t(2500));
    QVERIFY(identical(progressive, run(s, 2500, 17, 1)));
}

void TestMonteCarlo::cancelReturnsAnIncompleteResult()
{
    std::atomic<bool> cancel{true};
    ParallelControl control;
    control.cancel = &cancel;
    MonteCarloOptions options;
    options.runs = 5000;
    const auto r = runMonteCarlo(uncertainScenario(), options, control);
    QVERIFY(!r.complete());
    QCOMPARE(r.runs, std::int64_t(0));
}

void TestMonteCarlo::badInputsAreRejected()
{
    Scenario s = defaultScenario();
    s.distributions = {dist("assumptions.no_such_field", DistributionKind::Uniform, 0, 1)};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(s, 10, 1, 1));
    s.distributions.clear();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(s, 0, 1, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, run(s, kMaxMonteCarloRuns + 1, 1, 1));
}

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
