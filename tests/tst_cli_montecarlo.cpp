// The Monte Carlo, sensitivity and bench commands of the built asirace-cli,
// as scripts use them: JSON keys and shapes, the same JSON for the same seed
// whatever the thread count, exit codes for bad arguments.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

using clitest::parse;
using clitest::runCli;

class TestCliMonteCarlo : public QObject
{
    Q_OBJECT
private slots:
    void monteCarloJsonHasTheContractKeys();
    void sameSeedSameJsonWhateverTheThreads();
    void anotherSeedChangesTheOdds();
    void badMonteCarloArgumentsExitOne_data();
    void badMonteCarloArgumentsExitOne();
    void tableShowsTheOdds();
    void sensitivityJsonRanksInputs();
    void sensitivityRejectsBadOutputs_data();
    void sensitivityRejectsBadOutputs();
    void benchPrintsTheFigures();
};

void TestCliMonteCarlo::monteCarloJsonHasTheContractKeys()
{
    const auto r = runCli({"run", "--monte-carlo", "1500", "--seed", "3", "--json"});
    QCOMPARE(r.exitCode, 0);
    const auto doc = parse(r.out);
    QVERIFY(doc.contains("labs") && doc.contains("winner")); // the deterministic run is still there
    const auto mc = doc.value("monte_carlo").toObject();
    for (const char *key : {"runs", "seed", "p_first", "p_none", "arrival_quantiles", "p_rank"})
        QVERIFY2(mc.contains(key), key);
    QCOMPARE(mc.value("runs").toInt(), 1500);
    QCOMPARE(mc.value("seed").toInt(), 3);
    const auto labs = doc.value("labs").toArray();
    const auto pFirst = mc.value("p_first").toObject();
    const auto quantiles = mc.value("arrival_quantiles").toObject();
    const auto ranks = mc.value("p_rank").toObject();
    QCOMPARE(pFirst.size(), labs.size());
    double sum = 0;
    for (const auto &labValue : labs) {
        const QString lab = labValue.toObject().value("name").toString();
        QVERIFY2(pFirst.contains(lab), qPrintable(lab));
        sum += pFirst.value(lab).toDouble();
        const auto q = quantiles.value(lab).toObject();
        for (const char *key : {"p10", "p50", "p90"})
            QVERIFY(q.contains(key) && (q.value(key).isDouble() || q.value(key).isNull()));
        if (q.value("p10").isDouble() && q.value("p50").isDouble())
            QVERIFY(q.value("p10").toDouble() <= q.value("p50").toDouble());
        if (q.value("p50").isDouble() && q.value("p90").isDouble())
            QVERIFY(q.value("p50").toDouble() <= q.value("p90").toDouble());
        QCOMPARE(ranks.value(lab).toArray().size(), labs.size());
    }
    QVERIFY(std::abs(sum - (1 - mc.value("p_none").toDouble())) < 1e-12);
}

void TestCliMonteCarlo::sameSeedSameJsonWhateverTheThreads()
{
    const auto one = runCli({"run", "--monte-carlo", "3000", "--seed", "11", "--threads", "1", "--json"});
    const auto two = runCli({"run", "--monte-carlo", "3000", "--seed", "11", "--threads", "2", "--json"});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(two.exitCode, 0);
    QCOMPARE(one.out, two.out); // byte for byte
}

void TestCliMonteCarlo::anotherSeedChangesTheOdds()
{
    const auto a = parse(runCli({"run", "--monte-carlo", "1000", "--seed", "1", "--json"}).out);
    const auto b = parse(runCli({"run", "--monte-carlo", "1000", "--seed", "2", "--json"}).out);
    QVERIFY(a.value("monte_carlo").toObject().value("p_first") != b.value("monte_carlo").toObject().value("p_first"));
}

void TestCliMonteCarlo::badMonteCarloArgumentsExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero runs") << QStringList{"run", "--monte-carlo", "0"} << "--monte-carlo";
    QTest::newRow("too many runs") << QStringList{"run", "--monte-carlo", "1000001"} << "[1, 1000000]";
    QTest::newRow("not a number") << QStringList{"run", "--monte-carlo", "many"} << "--monte-carlo";
    QTest::newRow("seed alone") << QStringList{"run", "--seed", "4"} << "--monte-carlo";
    QTest::newRow("negative threads") << QStringList{"run", "--monte-carlo", "10", "--threads", "-1"} << "--threads";
}

void TestCliMonteCarlo::badMonteCarloArgumentsExitOne()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliMonteCarlo::tableShowsTheOdds()
{
    const auto r = runCli({"run", "--monte-carlo", "500"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Monte Carlo: 500 runs, seed 1"));
    QVERIFY(r.out.contains("P(first)"));
    QVERIFY(r.out.contains("no lab by the horizon"));
}

void TestCliMonteCarlo::sensitivityJsonRanksInputs()
{
    const auto r = runCli({"sensitivity", "--output", "median_arrival:OpenAI", "--json"});
    QCOMPARE(r.exitCode, 0);
    const auto doc = parse(r.out);
    QCOMPARE(doc.value("output").toString(), QStringLiteral("median_arrival:OpenAI"));
    QCOMPARE(doc.value("unit").toString(), QStringLiteral("year"));
    QCOMPARE(doc.value("others").toString(), QStringLiteral("medians"));
    const auto inputs = doc.value("inputs").toArray();
    QVERIFY(inputs.size() >= 40); // the baseline's uncertain inputs
    double previous = 1e300;
    for (const auto &value : inputs) {
        const auto row = value.toObject();
        for (const char *key : {"path", "input_low", "input_high", "output_low", "output_high", "effect"})
            QVERIFY2(row.contains(key), key);
        QVERIFY(row.value("input_low").toDouble() <= row.value("input_high").toDouble());
        QVERIFY(row.value("effect").toDouble() <= previous);
        previous = row.value("effect").toDouble();
    }
    QVERIFY(inputs.first().toObject().value("effect").toDouble() > 0);
}

void TestCliMonteCarlo::sensitivityRejectsBadOutputs_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no output") << QStringList{"sensitivity"};
    QTest::newRow("unknown output") << QStringList{"sensitivity", "--output", "loss"};
    QTest::newRow("not a lab") << QStringList{"sensitivity", "--output", "p_first:Oracle"};
    QTest::newRow("no such lab") << QStringList{"sensitivity", "--output", "p_first:Nobody"};
    QTest::newRow("bad others") << QStringList{"sensitivity", "--output", "winner_arrival", "--others", "some"};
}

void TestCliMonteCarlo::sensitivityRejectsBadOutputs()
{
    QFETCH(QStringList, args);
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
}

void TestCliMonteCarlo::benchPrintsTheFigures()
{
    // Speed targets belong to bench/; here only that the figures are printed.
    const auto r = runCli({"bench", "--runs", "200"});
    QCOMPARE(r.exitCode, 0);
    for (const char *text : {"load average", "simulate()",
                             "1 thread", "runs/s"})
        QVERIFY2(r.out.contains(text), text);
}

QTEST_GUILESS_MAIN(TestCliMonteCarlo)
#include "tst_cli_montecarlo.moc"
