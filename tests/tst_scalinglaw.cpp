// The Chinchilla scaling law and the allocation efficiency q that carries
// claim 2 (GPT-4.5's size/data mismatch): optimal ratios, the exact inverse of
// the frontier loss, and q's penalty for over-sized models.
#include "scalinglaw.h"

#include <QTest>

#include <cmath>

using namespace asirace;

class TestScalingLaw : public QObject
{
    Q_OBJECT
private slots:
    void epochFitMatchesPublishedDerivedConstants();
    void optimalTokensPerParamIsChinchillaLike();
    void hoffmannRoundedFitWantsFarMoreTokens();
    void frontierLossEqualsLossAtTheOptimum();
    void computeForLossInvertsTheFrontier();
    void efficiencyIsOneAtTheOptimum();
    void overParameterisedModelsWasteCompute();
    void underParameterisedModelsWasteComputeToo();
    void lossFallsAsComputeRises();
    void byNamePicksTheFit();
};

void TestScalingLaw::epochFitMatchesPublishedDerivedConstants()
{
    // Model brief section 1: G = 0.1196, K ~ 2708, gamma ~ 0.178 for the Epoch refit.
    ScalingLaw law;
    QVERIFY(std::abs(law.G() - 0.1196) < 5e-4);
    QVERIFY(std::abs(law.K() / 2708.0 - 1.0) < 0.01);
    QVERIFY(std::abs(law.gamma() - 0.178) < 1e-3);
    // Chinchilla's own 70B / 1.4T run: predicted loss 1.974 with the Epoch fit.
    QVERIFY(std::abs(law.loss(70e9, 1.4e12) - 1.974) < 2e-3);
}

void TestScalingLaw::optimalTokensPerParamIsChinchillaLike()
{
    ScalingLaw law;
    for (double c = 1e21; c <= 1e26 * 1.0001; c *= 10) {
        const double ratio = law.optimalTokensPerParam(c);
        QVERIFY2(ratio > 15 && ratio < 25, qPrintable(QString("C=%1: D/N=%2").arg(c).arg(ratio)));
        const auto opt = law.optimal(c);
        QVERIFY(std::abs(6 * opt.params * opt.tokens / c - 1) < 1e-12); // C = 6ND holds
    }
    // It drifts down with scale (about 18 at Chinchilla's budget, about 16 at 1e26).
    QVERIFY(std::abs(law.optimalTokensPerParam(5.76e23) - 18) < 1.0);
    QVERIFY(law.optimalTokensPerParam(1e26) < law.optimalTokensPerParam(1e21));
}

void TestScalingLaw::hoffmannRoundedFitWantsFarMoreTokens()
{
    // The rounding bias Epoch points out: ~93 tokens/param at Chinchilla's budget.
    ScalingLaw law(kHoffmann2022);
    QVERIFY(std::abs(law.optimalTokensPerParam(5.76e23) - 93) < 5);
}

void TestScalingLaw::frontierLossEqualsLossAtTheOptimum()
{
    for (const auto &c : {kEpoch2024, kHoffmann2022}) {
        ScalingLaw law(c);
        for (double compute : {1e20, 1e24, 1e28, 1e32}) {
            const auto opt = law.optimal(compute);
            QVERIFY(std::abs(law.optimalLoss(compute) - opt.loss) < 1e-12 * opt.loss);
        }
    }
}

void TestScalingLaw::computeForLossInvertsTheFrontier()
{
    ScalingLaw law;
    for (double compute : {1e18, 1e23, 1e27, 1e33}) {
        const double reducible = law.optimalLoss(compute) - law.coefficients().E;
        QVERIFY(std::abs(law.computeForReducibleLoss(reducible) / compute - 1) < 1e-9);
    }
    QVERIFY(std::isinf(law.computeForReducibleLoss(0.0)));
}

void TestScalingLaw::efficiencyIsOneAtTheOptimum()
{
    for (const auto &c : {kEpoch2024, kHoffmann2022}) {
        ScalingLaw law(c);
        for (double compute : {1e21, 1e25, 1e29}) {
            const auto opt = law.optimal(compute);
            QVERIFY(std::abs(law.allocationEfficiency(opt.params, opt.tokens) - 1) < 1e-9);
        }
    }
}

void TestScalingLaw::overParameterisedModelsWasteCompute()
{
    // Same compute, k times the optimal parameters and 1/k the tokens.
    ScalingLaw law;
    for (double compute : {1e23, 1e26}) {
        const auto opt = law.optimal(compute);
        const double q2 = law.allocationEfficiency(2 * opt.params, opt.tokens / 2);
        const double q4 = law.allocationEfficiency(4 * opt.params, opt.tokens / 4);
        QVERIFY2(q2 < 0.9, qPrintable(QString("q(2x)=%1").arg(q2)));
        QVERIFY2(q4 < 0.6, qPrintable(QString("q(4x)=%1").arg(q4)));
        QVERIFY(q4 < q2 && q2 > 0);
    }
}

void TestScalingLaw::underParameterisedModelsWasteComputeToo()
{
    ScalingLaw law;
    const auto opt = law.optimal(1e25);
    QVERIFY(law.allocationEfficiency(opt.params / 2, opt.tokens * 2) < 0.9);
    QVERIFY(law.allocationEfficiency(opt.params / 4, opt.tokens * 4) < 0.6);
}

void TestScalingLaw::lossFallsAsComputeRises()
{
    for (const auto &c : {kEpoch2024, kHoffmann2022}) {
        ScalingLaw law(c);
        double previous = law.optimalLoss(1e18);
        for (double compute = 1e19; compute <= 1e36; compute *= 10) {
            const double l = law.optimal(compute).loss;
            QVERIFY(l < previous);
            QVERIFY(l > c.E);
            previous = l;
        }
    }
}

void TestScalingLaw::byNamePicksTheFit()
{
    QCOMPARE(ScalingLaw::byName("hoffmann2022").coefficients().E, kHoffmann2022.E);
    QCOMPARE(ScalingLaw::byName("epoch2024").coefficients().E, kEpoch2024.E);
}

QTEST_GUILESS_MAIN(TestScalingLaw)
#include "tst_scalinglaw.moc"
