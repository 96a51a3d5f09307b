// Monte Carlo inputs: the counter-based generator gives the same draw for the
// same (seed, run, index) and nothing else; each distribution kind samples
// its declared shape and respects its bounds and the field's declared range.
#include "distributionfixture.h"
#include "builtinscenarios.h"
#include "counterrng.h"
#include "distributionsampler.h"
#include "fieldpath.h"

#include <QTest>

#include <cmath>

using namespace asirace;
using asirace::test::dist;

namespace {

// Draws `n` values of the scenario's only distribution, one per run.
std::vector<double> drawMany(const Scenario &s, int n, std::uint64_t seed = 7)
{
    auto inputs = prepareDistributions(s);
    Scenario working = s;
    auto targets = bindTargets(working, inputs);
    std::vector<double> out;
    for (int run = 0; run < n; ++run) {
        applyDraws(inputs, targets, RunRandom(seed, static_cast<std::uint64_t>(run)));
        out.push_back(*targets[0]);
    }
    return out;
}

double mean(const std::vector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return sum / static_cast<double>(v.size());
}

} // namespace

class TestSampling : public QObject
{
    Q_OBJECT
private slots:
    void normalQuantileMatchesKnownValues();
    void normalQuantileInvertsTheCdf();
    void drawsDependOnlyOnSeedRunAndIndex();
    void uniformDrawsAreUniform();
    void eachKindHasItsShape();
    void drawsStayInBoundsAndFieldRange();
    void integerAndFlagFieldsStayWhole();
    void fixedKeepsTheScenarioValue();
    void badPathsAreReported();
};

void TestSampling::normalQuantileMatchesKnownValues()
{
    QCOMPARE(normalQuantile(0.5), 0.0);
    QVERIFY(std::abs(normalQuantile(0.975) - 1.959963984540054) < 1e-14);
    QVERIFY(std::abs(normalQuantile(0.9) - 1.2815515655446004) < 1e-14);
    QVERIFY(std::abs(normalQuantile(0.001) + 3.090232306167814) < 1e-13);
    QVERIFY(std::abs(normalQuantile(1e-12) + 7.034483825301131) < 1e-10);
    QVERIFY(std::isinf(normalQuantile(0.0)) && normalQuantile(0.0) < 0);
}

void TestSampling::normalQuantileInvertsTheCdf()
{
    for (double p = 1e-6; p < 1; p += 0.0137) {
        const double x = normalQuantile(p);
        const double back = 0.5 * std::erfc(-x / std::sqrt(2.0));
        QVERIFY2(std::abs(back - p) <= 4e-16 + 1e-14 * p, qPrintable(QString::number(p)));
    }
}

void TestSampling::drawsDependOnlyOnSeedRunAndIndex()
{
    const RunRandom a(42, 1000), b(42, 1000), otherRun(42, 1001), otherSeed(43, 1000);
    QCOMPARE(a.bits(RandomStream::Inputs, 3), b.bits(RandomStream::Inputs, 3));
    QVERIFY(a.bits(RandomStream::Inputs, 3) != otherRun.bits(RandomStream::Inputs, 3));
    QVERIFY(a.bits(RandomStream::Inputs, 3) != otherSeed.bits(RandomStream::Inputs, 3));
    QVERIFY(a.bits(RandomStream::Inputs, 3) != a.bits(RandomStream::Inputs, 4));
    QVERIFY(a.bits(RandomStream::Inputs, 3) != a.bits(RandomStream::FrameworkBug, 3));
}

void TestSampling::uniformDrawsAreUniform()
{
    // Mean, variance and lag-1 correlation across consecutive runs (the
    // neighbour most likely to leak through a weak mix) over 200,000 draws.
    const int n = 200000;
    double sum = 0, sumSq = 0, sumLag = 0, previous = 0.5;
    int bins[10] = {};
    for (int run = 0; run < n; ++run) {
        const double u = RunRandom(1, static_cast<std::uint64_t>(run)).uniform(RandomStream::Inputs, 0);
        QVERIFY(u > 0 && u < 1);
        sum += u;
        sumSq += u * u;
        sumLag += (u - 0.5) * (previous - 0.5);
        previous = u;
        ++bins[static_cast<int>(u * 10)];
    }
    const double m = sum / n, var = sumSq / n - m * m;
    QVERIFY(std::abs(m - 0.5) < 5 * std::sqrt(1.0 / 12 / n));
    QVERIFY(std::abs(var - 1.0 / 12) < 0.002);
    QVERIFY(std::abs(sumLag / n / (1.0 / 12)) < 5 / std::sqrt(double(n)));
    for (int count : bins) // each decile 20,000 +- 5 sigma (sigma ~134)
        QVERIFY2(std::abs(count - n / 10) < 700, qPrintable(QString::number(count)));
}

void TestSampling::eachKindHasItsShape()
{
    Scenario s = defaultScenario();
    const int n = 40000;

    s.distributions = {dist("assumptions.alg_halving_months", DistributionKind::Uniform, 5, 14)};
    QVERIFY(std::abs(mean(drawMany(s, n)) - 9.5) < 5 * 9 / std::sqrt(12.0 * n));

    s.distributions = {dist("assumptions.alg_halving_months", DistributionKind::Triangular, 5, 8, 14)};
    QVERIFY(std::abs(mean(drawMany(s, n)) - 9.0) < 0.05);

    s.distributions = {dist("assumptions.agi_log10_flop", DistributionKind::Normal, 33, 1.5)};
    auto normal = drawMany(s, n);
    QVERIFY(std::abs(mean(normal) - 33) < 5 * 1.5 / std::sqrt(double(n)));
    const auto prepared = prepareDistributions(s).distributions.at(0);
    QVERIFY(std::abs(prepared.quantile(0.9) - (33 + 1.5 * 1.2815515655446004)) < 1e-12);

    // Lognormal: `a` is the median.
    s.distributions = {dist("assumptions.gpu_mtbf_hours", DistributionKind::Lognormal, 50000, 0.35)};
    auto logn = drawMany(s, n);
    std::sort(logn.begin(), logn.end());
    QVERIFY(std::abs(logn[n / 2] / 50000 - 1) < 0.02);
}

void TestSampling::drawsStayInBoundsAndFieldRange()
{
    Scenario s = defaultScenario();
    // Own bounds narrower than the spread.
    s.distributions = {dist("assumptions.agi_log10_flop", DistributionKind::Normal, 33, 5, 0, 30, 36)};
    for (double v : drawMany(s, 5000))
        QVERIFY(v >= 30 && v <= 36);
    // No own bounds: the field's declared range [0.05, 0.8] still holds.
    s.distributions = {dist("OpenAI.mfu", DistributionKind::Normal, 0.4, 1.0)};
    auto draws = drawMany(s, 5000);
    for (double v : draws)
        QVERIFY(v >= 0.05 && v <= 0.8);
    QVERIFY(*std::min_element(draws.begin(), draws.end()) == 0.05); // the clamp is reached, not avoided
}

void TestSampling::integerAndFlagFieldsStayWhole()
{
    Scenario s = defaultScenario();
    s.distributions = {dist("OpenAI.run_months", DistributionKind::Uniform, 2.2, 9.7)};
    for (double v : drawMany(s, 3000))
        QVERIFY(v == std::floor(v) && v >= 2 && v <= 10);
    s.distributions = {dist("OpenAI.moe", DistributionKind::Uniform, 0, 1)};
    int ones = 0;
    for (double v : drawMany(s, 3000)) {
        QVERIFY(v == 0 || v == 1);
        ones += v == 1;
    }
    QVERIFY(ones > 1300 && ones < 1700);
}

void TestSampling::fixedKeepsTheScenarioValue()
{
    Scenario s = defaultScenario();
    s.distributions = {dist("assumptions.alg_halving_months", DistributionKind::Fixed, 99, 99)};
    for (double v : drawMany(s, 10))
        QCOMPARE(v, s.assumptions.alg_halving_months);
    QVERIFY(!prepareDistributions(s).distributions[0].isUncertain());
    s.distributions = {dist("assumptions.alg_halving_months", DistributionKind::Normal, 8, 0)};
    QVERIFY(!prepareDistributions(s).distributions[0].isUncertain());
}

void TestSampling::badPathsAreReported()
{
    Scenario s = defaultScenario();
    s.distributions = {dist("assumptions.no_such_field", DistributionKind::Uniform, 0, 1),
                       dist("OpenAI.mfu", DistributionKind::Uniform, 0.3, 0.45, 0, 2, 3)};
    const auto inputs = prepareDistributions(s);
    QCOMPARE(inputs.errors.size(), size_t(2));
    QVERIFY(inputs.errors[0].find("no_such_field") != std::string::npos);
    QVERIFY(inputs.errors[1].find("OpenAI.mfu") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestSampling)
#include "tst_sampling.moc"
