// The monthly loop's exp and log (models/fastmath.h) against libm: relative
// error within 1e-14 over the range the model uses, exact at the points the
// model relies on (e^0 = 1, ln 1 = 0), and no cancellation next to 1, where
// ln(1 + beta h) carries a month's algorithmic progress.
#include "fastmath.h"
#include "fastmathlanes.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace asirace;

class TestFastMath : public QObject
{
    Q_OBJECT
private slots:
    void expMatchesLibm();
    void logMatchesLibm();
    void logIsAccurateNextToOne();
    void exactPoints();
    void lanesMatchScalarBitForBit();
};

namespace {
double relativeError(double got, double want) { return std::abs(got - want) / std::max(std::abs(want), 1e-300); }
} // namespace

void TestFastMath::expMatchesLibm()
{
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> x(-700, 700);
    double worst = 0;
    for (int k = 0; k < 200000; ++k) {
        const double v = k < 100000 ? x(rng) : x(rng) / 1000; // also the small arguments of shares and speedups
        worst = std::max(worst, relativeError(fastmath::exp(v), std::exp(v)));
    }
    QVERIFY2(worst < 1e-14, qPrintable(QString::number(worst)));
    QCOMPARE(fastmath::exp(800), fastmath::exp(700)); // clamped, never infinite
    QVERIFY(fastmath::exp(-800) > 0);
}

void TestFastMath::logMatchesLibm()
{
    std::mt19937_64 rng(2);
    std::uniform_real_distribution<double> exponent(-300, 300);
    double worst = 0;
    for (int k = 0; k < 200000; ++k) {
        const double v = std::pow(10.0, exponent(rng));
        const double want = std::log(v);
        // Relative to the result, except where it is near 0 (checked below).
        worst = std::max(worst, std::abs(fastmath::log(v) - want) / std::max(std::abs(want), 1.0));
    }
    QVERIFY2(worst < 1e-14, qPrintable(QString::number(worst)));
}

void TestFastMath::logIsAccurateNextToOne()
{
    double worst = 0;
    for (double d = 1e-12; d < 0.5; d *= 1.01) {
        for (double v : {1 + d, 1 - d})
            worst = std::max(worst, relativeError(fastmath::log(v), std::log(v)));
    }
    QVERIFY2(worst < 1e-13, qPrintable(QString::number(worst)));
}

void TestFastMath::exactPoints()
{
    QCOMPARE(fastmath::exp(0.0), 1.0);
    QCOMPARE(fastmath::log(1.0), 0.0);
    QVERIFY(std::abs(fastmath::log(2.0) - std::log(2.0)) < 1e-16);
    QVERIFY(std::abs(fastmath::exp(1.0) - std::exp(1.0)) < 1e-15);
}

// Lane vectors are passed by value only to inlined helpers: no ABI is involved.
#pragma GCC diagnostic ignored "-Wpsabi"

// The eight-lane versions (fastmathlanes.h) must give each lane the scalar
// function's bits: the vector kernels rely on it to reproduce plain runs.
void TestFastMath::lanesMatchScalarBitForBit()
{
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> x(-800, 800), exponent(-300, 300);
    int mismatches = 0;
    for (int k = 0; k < 20000; ++k) {
        lanes::V e{}, l{};
        for (int lane = 0; lane < lanes::kWidth; ++lane) {
            e[lane] = x(rng);
            l[lane] = lane == 0 ? 1.0 + k * 1e-12 : std::pow(10.0, exponent(rng));
        }
        const lanes::V expLanes = lanes::exp(e), logLanes = lanes::log(l), rootLanes = lanes::sqrt(l);
        for (int lane = 0; lane < lanes::kWidth; ++lane) {
            const double wantExp = fastmath::exp(e[lane]), wantLog = fastmath::log(l[lane]), wantRoot = std::sqrt(l[lane]);
            mismatches += std::memcmp(&wantExp, &expLanes[lane], sizeof wantExp) != 0;
            mismatches += std::memcmp(&wantLog, &logLanes[lane], sizeof wantLog) != 0;
            mismatches += std::memcmp(&wantRoot, &rootLanes[lane], sizeof wantRoot) != 0;
        }
    }
    QCOMPARE(mismatches, 0);
}

QTEST_APPLESS_MAIN(TestFastMath)
#include "tst_fastmath.moc"
