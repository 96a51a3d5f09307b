// Sweep designs and their evaluation in models/: a grid visits every
// combination with both ends; a Latin hypercube puts exactly one point in
// each stratum of each input; a point's values, seed and row depend on its
// index only, never on which other points ran with it, in what order or on
// how many threads (what makes shards merge to the unsharded bytes).
#include "builtinscenarios.h"
#include "sweep.h"
#include "sweepcsv.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

using namespace asirace;

class TestSweep : public QObject
{
    Q_OBJECT
private slots:
    void gridVisitsEveryCombination();
    void latinHypercubeFillsEveryStratumOnce();
    void designDependsOnTheSeedOnly();
    void pointSeedsAreDistinct();
    void rowsDoNotDependOnBatchOrderOrThreads();
    void sweptInputIsNotDrawnOver();
    void preambleRoundTrips();
};

void TestSweep::gridVisitsEveryCombination()
{
    std::string error;
    const auto design = SweepDesign::grid(defaultScenario(),
                                          {"assumptions.alg_halving_months=4:16:4", "OpenAI.run_months=1:24:3",
                                           "assumptions.industry_supply_h100e=1e6:1e8:3"},
                                          error);
    QVERIFY2(design, error.c_str());
    QCOMPARE(design->pointCount(), 4 * 3 * 3);
    std::set<std::vector<double>> seen;
    std::vector<double> v;
    for (std::int64_t i = 0; i < design->pointCount(); ++i) {
        design->values(i, v);
        seen.insert(v);
        QCOMPARE(v[1], std::round(v[1])); // whole months
    }
    QCOMPARE(seen.size(), std::size_t(36));
    design->values(0, v);
    QCOMPARE(v, (std::vector<double>{4, 1, 1e6}));
    design->values(1, v); // the last axis varies fastest; log-scale spaced in log10
    QCOMPARE(v[2], 1e7);
    design->values(35, v);
    QCOMPARE(v, (std::vector<double>{16, 24, 1e8}));
}

void TestSweep::latinHypercubeFillsEveryStratumOnce()
{
    std::string error;
    constexpr int n = 500;
    const auto design = SweepDesign::latinHypercube(
        defaultScenario(), n, {"OpenAI.mfu", "assumptions.industry_supply_h100e=1e6:1e9", "OpenAI.run_months=1:10"},
        3, error);
    QVERIFY2(design, error.c_str());
    const auto &axes = design->axes();
    QCOMPARE(axes[0].lo, 0.05); // the field spec's range when none is given
    QCOMPARE(axes[0].hi, 0.8);
    QVERIFY(axes[1].logSpacing);
    std::vector<std::set<int>> strata(2);
    std::vector<int> wholeCounts(10, 0);
    std::vector<double> v;
    for (int i = 0; i < n; ++i) {
        design->values(i, v);
        QVERIFY(v[0] >= 0.05 && v[0] <= 0.8);
        QVERIFY(v[1] >= 1e6 && v[1] <= 1e9);
        strata[0].insert(int((v[0] - 0.05) / 0.75 * n));
        strata[1].insert(int((std::log10(v[1]) - 6) / 3 * n));
        QCOMPARE(v[2], std::round(v[2]));
        ++wholeCounts[std::size_t(v[2] - 1)];
    }
    QCOMPARE(strata[0].size(), std::size_t(n));
    QCOMPARE(strata[1].size(), std::size_t(n));
    // Ten whole values share the 500 strata equally.
    QVERIFY(std::all_of(wholeCounts.begin(), wholeCounts.end(), [](int c) { return c == n / 10; }));
}

void TestSweep::designDependsOnTheSeedOnly()
{
    std::string error;
    auto a = SweepDesign::latinHypercube(defaultScenario(), 50, {"OpenAI.mfu"}, 9, error);
    auto b = SweepDesign::latinHypercube(defaultScenario(), 50, {"OpenAI.mfu"}, 9, error);
    auto c = SweepDesign::latinHypercube(defaultScenario(), 50, {"OpenAI.mfu"}, 10, error);
    QVERIFY(a && b && c);
    QCOMPARE(a->describe(), b->describe());
    QVERIFY(a->describe() != c->describe());
    std::vector<double> va, vb, vc;
    int differ = 0;
    for (int i = 0; i < 50; ++i) {
        a->values(i, va);
        b->values(i, vb);
        c->values(i, vc);
        QCOMPARE(va, vb);
        differ += va != vc;
    }
    QVERIFY(differ > 40);
}

void TestSweep::pointSeedsAreDistinct()
{
    std::set<std::uint64_t> seeds;
    for (std::int64_t i = 0; i < 10000; ++i)
        seeds.insert(sweepPointSeed(1, i));
    for (std::int64_t i = 0; i < 10000; ++i)
        seeds.insert(sweepPointSeed(2, i));
    QCOMPARE(seeds.size(), std::size_t(20000));
}

void TestSweep::rowsDoNotDependOnBatchOrderOrThreads()
{
    std::string error;
    auto design = SweepDesign::latinHypercube(defaultScenario(), 24,
                                              {"assumptions.alg_halving_months", "OpenAI.mfu"}, 4, error);
    QVERIFY(design);
    Sweep sweep(defaultScenario(), std::move(*design), SweepOptions{30, 4});
    std::vector<std::int64_t> all(24);
    std::iota(all.begin(), all.end(), 0);
    ParallelControl one;
    one.threads = 1;
    std::vector<SweepRow> rows;
    QCOMPARE(sweep.evaluate(all, one, rows), all.size());
    std::vector<std::string> expected;
    for (const auto &row : rows)
        expected.push_back(sweepRowLine(sweep, row));

    // Backwards, in odd batches, on two threads, with the same workers reused.
    std::vector<std::int64_t> reversed(all.rbegin(), all.rend());
    ParallelControl two;
    two.threads = 2;
    std::vector<std::string> got(24);
    for (std::size_t start = 0; start < reversed.size(); start += 5) {
        const std::vector<std::int64_t> batch(reversed.begin() + long(start),
                                              reversed.begin() + long(std::min(start + 5, reversed.size())));
        QCOMPARE(sweep.evaluate(batch, two, rows), batch.size());
        for (std::size_t k = 0; k < batch.size(); ++k)
            got[std::size_t(batch[k])] = sweepRowLine(sweep, rows[k]);
    }
    for (std::size_t i = 0; i < got.size(); ++i)
        QCOMPARE(got[i], expected[i]);
    // P(first) per lab and P(none) add up to one at every point.
    for (const auto &row : rows) {
        double p = row.pNone;
        for (double f : row.pFirst)
            p += f;
        QVERIFY(std::abs(p - 1) < 1e-12);
    }
}

void TestSweep::sweptInputIsNotDrawnOver()
{
    // The baseline has a distribution over OpenAI.mfu; fixed by the sweep, a
    // point's Monte Carlo odds must equal those of the same point with that
    // distribution removed by hand.
    Scenario base = defaultScenario();
    QVERIFY(std::any_of(base.distributions.begin(), base.distributions.end(),
                        [](const Distribution &d) { return d.path == "OpenAI.mfu"; }));
    std::string error;
    auto withDistribution = SweepDesign::grid(base, {"OpenAI.mfu=0.2:0.6:3"}, error);
    Scenario stripped = base;
    std::erase_if(stripped.distributions, [](const Distribution &d) { return d.path == "OpenAI.mfu"; });
    auto without = SweepDesign::grid(stripped, {"OpenAI.mfu=0.2:0.6:3"}, error);
    QVERIFY(withDistribution && without);
    Sweep a(base, std::move(*withDistribution), SweepOptions{40, 2});
    Sweep b(stripped, std::move(*without), SweepOptions{40, 2});
    std::vector<SweepRow> ra, rb;
    QCOMPARE(a.evaluate({0, 1, 2}, {}, ra), std::size_t(3));
    QCOMPARE(b.evaluate({0, 1, 2}, {}, rb), std::size_t(3));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sweepRowLine(a, ra[std::size_t(i)]), sweepRowLine(b, rb[std::size_t(i)]));
}

void TestSweep::preambleRoundTrips()
{
    SweepPreamble p;
    p.points = 1234;
    p.shard = SweepShard{3, 8};
    p.designKey = sweepDesignKey("x");
    const auto back = SweepPreamble::parse(p.line());
    QVERIFY(back);
    QCOMPARE(back->line(), p.line());
    p.shard.reset();
    QCOMPARE(SweepPreamble::parse(p.line())->line(), p.line());
    QVERIFY(!SweepPreamble::parse("# asirace-cli sweep: 12 points, shard 5/4, design 0123456789abcdef\n"));
    QVERIFY(!SweepPreamble::parse("point,a,b\n"));
    QVERIFY(!SweepShard::parse("0/3") && !SweepShard::parse("4/3") && !SweepShard::parse("1/") &&
            SweepShard::parse("3/3"));
}

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
