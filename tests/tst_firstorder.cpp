// Variance-based sensitivity (first-order Sobol indices, issue 11): the
// pick-freeze estimator recovers the indices of a function whose indices are
// known, an input the race ignores explains none of the variance, results do
// not depend on the thread count, and the CLI offers it as --method sobol.
#include "builtinscenarios.h"
#include "distributionfixture.h"
#include "clirunner.h"
#include "sensitivity.h"
#include "sobolindices.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace asirace;
using asirace::test::dist;

namespace {

// AGI threshold and algorithmic progress matter; a provider's research talent does nothing.
Scenario scenarioWithInputs()
{
    Scenario s = defaultScenario();
    s.distributions = {dist("Oracle.research_talent", DistributionKind::Uniform, 0.5, 2.5),
                       dist("assumptions.agi_log10_flop", DistributionKind::Normal, 36, 1.0),
                       dist("assumptions.alg_halving_months", DistributionKind::Triangular, 5, 8, 14)};
    return s;
}

SensitivityResult firstOrder(const Scenario &s, const std::string &output, int threads, std::int64_t samples = 48)
{
    SensitivityOptions options;
    options.method = SensitivityMethod::FirstOrder;
    options.samples = samples;
    options.seed = 5;
    ParallelControl control;
    control.threads = threads;
    return *runSensitivity(s, *SensitivityOutput::parse(output), options, control);
}

const SensitivityRow &row(const SensitivityResult &r, const std::string &path)
{
    for (const auto &x : r.rows)
        if (x.path == path)
            return x;
    qFatal("no row for %s", path.c_str());
}

} // namespace

class TestFirstOrder : public QObject
{
    Q_OBJECT
private slots:
    // Y = U1 + 2 U2 with U uniform: Var = 1/12 + 4/12, so S1 = 0.2, S2 = 0.8, S3 = 0.
    void recoversKnownIndices()
    {
        const auto r = firstOrderIndices(3, 4000, 11, [] {
            return UniformModel([](const std::vector<double> &u) { return u[0] + 2 * u[1]; });
        });
        QVERIFY(r);
        QCOMPARE(r->inputs.size(), size_t(3));
        QVERIFY2(std::fabs(r->inputs[0].index - 0.2) < 0.05, qPrintable(QString::number(r->inputs[0].index)));
        QVERIFY2(std::fabs(r->inputs[1].index - 0.8) < 0.05, qPrintable(QString::number(r->inputs[1].index)));
        QCOMPARE(r->inputs[2].index, 0.0); // its column never changes the output
        QVERIFY(r->inputs[0].standard_error > 0 && r->inputs[0].standard_error < 0.05);
        QVERIFY(std::fabs(r->variance - 5.0 / 12) < 0.03);
    }

    void constantOutputExplainsNothing()
    {
        const auto r = firstOrderIndices(2, 50, 1, [] { return UniformModel([](const std::vector<double> &) { return 3.0; }); });
        QVERIFY(r);
        QCOMPARE(r->variance, 0.0);
        QCOMPARE(r->inputs[0].index, 0.0);
    }

    void inertInputExplainsNoneOfTheRace()
    {
        const auto r = firstOrder(scenarioWithInputs(), "winner_arrival", 0);
        QCOMPARE(r.method, SensitivityMethod::FirstOrder);
        QCOMPARE(r.rows.size(), size_t(3));
        QCOMPARE(r.samples, std::int64_t(48));
        QVERIFY(r.output_variance > 0);
        QCOMPARE(row(r, "Oracle.research_talent").first_order, 0.0);
        QVERIFY(row(r, "assumptions.agi_log10_flop").first_order > 0.1);
        QCOMPARE(r.rows.back().path, std::string("Oracle.research_talent")); // largest share first
    }

    void sameResultWhateverTheThreadCount()
    {
        const auto one = firstOrder(scenarioWithInputs(), "winner_arrival", 1, 16);
        const auto two = firstOrder(scenarioWithInputs(), "winner_arrival", 2, 16);
        QCOMPARE(one.rows.size(), two.rows.size());
        for (size_t i = 0; i < one.rows.size(); ++i) {
            QCOMPARE(one.rows[i].path, two.rows[i].path);
            QCOMPARE(one.rows[i].first_order, two.rows[i].first_order);
        }
    }

    void cliMethodSobol()
    {
        const auto run = clitest::runCli({"sensitivity", "--output", "winner_arrival", "--method", "sobol", "--samples",
                                          "4", "--json"});
        CLI_VERIFY_EXIT(run, 0);
        const QJsonObject doc = clitest::parse(run.out);
        QCOMPARE(doc["method"].toString(), QStringLiteral("sobol"));
        QCOMPARE(doc["samples"].toInt(), 4);
        const QJsonArray inputs = doc["inputs"].toArray();
        QVERIFY(!inputs.isEmpty());
        QCOMPARE(doc["runs"].toInt(), 4 * (int(inputs.size()) + 2));
        QVERIFY(inputs[0].toObject().contains("first_order"));
        CLI_VERIFY_EXIT(clitest::runCli({"sensitivity", "--output", "winner_arrival", "--method", "morris"}), 1);
        CLI_VERIFY_EXIT(clitest::runCli({"sensitivity", "--output", "winner_arrival", "--samples", "1"}), 1);
    }
};

QTEST_GUILESS_MAIN(TestFirstOrder)
#include "tst_firstorder.moc"
