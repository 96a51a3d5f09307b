// Honest odds through the built asirace-cli: --set on an input that carries a
// distribution moves the odds in the edit's direction (the distribution is
// recentred); --pin fixes the input in every run (the odds equal those of the
// same scenario with that distribution made fixed); the new JSON keys
// p_any_by and p_order_top3. No test names a winner.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clitest::parse;
using clitest::runCli;

namespace {

const QStringList kOdds = {"--monte-carlo", "2000", "--seed", "4", "--json"};

QJsonObject monteCarlo(const QStringList &extra)
{
    const auto r = runCli(QStringList{"run"} + extra + kOdds);
    if (r.exitCode != 0)
        qWarning("asirace-cli run failed: %s", qPrintable(r.err));
    return parse(r.out).value("monte_carlo").toObject();
}

double pFirst(const QJsonObject &mc, const QString &lab) { return mc.value("p_first").toObject().value(lab).toDouble(); }

} // namespace

class TestCliOdds : public QObject
{
    Q_OBJECT
private slots:
    void newKeysAreThere();
    void setOnADistributedInputMovesTheOdds_data();
    void setOnADistributedInputMovesTheOdds();
    void pinFixesTheInputAcrossRuns();
    void badPinExitsOne();
};

void TestCliOdds::newKeysAreThere()
{
    const auto mc = monteCarlo({});
    const auto anyBy = mc.value("p_any_by").toObject();
    QVERIFY(anyBy.contains("2030") && anyBy.contains("2040"));
    QVERIFY(std::abs(anyBy.value("2040").toDouble() - (1 - mc.value("p_none").toDouble())) < 1e-12);
    const auto orders = mc.value("p_order_top3").toObject();
    QVERIFY(orders.size() >= 1 && orders.size() <= 10);
    for (auto it = orders.begin(); it != orders.end(); ++it)
        QCOMPARE(it.key().count('>'), 2);
}

void TestCliOdds::setOnADistributedInputMovesTheOdds_data()
{
    QTest::addColumn<QString>("lab");
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("direction"); // +1: P(first) of lab must rise
    QTest::newRow("Anthropic talent up") << "Anthropic" << "Anthropic.research_talent" << 1.6 << 1;
    QTest::newRow("Anthropic talent down") << "Anthropic" << "Anthropic.research_talent" << 0.6 << -1;
    QTest::newRow("OpenAI restart 10x") << "OpenAI" << "OpenAI.restart_minutes" << 50.0 << -1;
}

void TestCliOdds::setOnADistributedInputMovesTheOdds()
{
    QFETCH(QString, lab);
    QFETCH(QString, path);
    QFETCH(double, value);
    QFETCH(int, direction);
    const double before = pFirst(monteCarlo({}), lab);
    const double after = pFirst(monteCarlo({"--set", path + "=" + QString::number(value)}), lab);
    QVERIFY2(direction > 0 ? after > before : after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

void TestCliOdds::pinFixesTheInputAcrossRuns()
{
    // The baseline with OpenAI's research talent made `fixed` in the file (same
    // draw indices for every other input) must give the very odds of --pin.
    QTemporaryDir dir;
    const auto exported = runCli({"new", dir.filePath("base.db")});
    QCOMPARE(exported.exitCode, 0);
    auto json = parse(runCli({"export-json", dir.filePath("base.db"), "--scenario", "Evidence baseline"}).out);
    auto scenarios = json.value("scenarios").toArray();
    auto scenario = scenarios.at(0).toObject();
    auto dists = scenario.value("distributions").toArray();
    bool found = false;
    for (qsizetype i = 0; i < dists.size(); ++i) {
        auto d = dists.at(i).toObject();
        if (d.value("path").toString() == "OpenAI.research_talent") {
            d["kind"] = "fixed";
            dists[i] = d;
            found = true;
        }
    }
    QVERIFY(found);
    scenario["distributions"] = dists;
    scenarios[0] = scenario;
    json["scenarios"] = scenarios;
    QVERIFY(clitest::writeFile(dir.filePath("fixed.json"), QJsonDocument(json).toJson()));
    const auto imported = runCli({"import-json", dir.filePath("fixed.json"), "--out", dir.filePath("fixed.db")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    const auto pinned = monteCarlo({"--pin", "OpenAI.research_talent=1.3"});
    const auto fixed = monteCarlo({dir.filePath("fixed.db"), "--set", "OpenAI.research_talent=1.3"});
    QCOMPARE(QJsonDocument(pinned).toJson(), QJsonDocument(fixed).toJson());
    // And it differs from a --set, which keeps the input uncertain around 1.3.
    const auto set = monteCarlo({"--set", "OpenAI.research_talent=1.3"});
    QVERIFY(QJsonDocument(set).toJson() != QJsonDocument(pinned).toJson());
}

void TestCliOdds::badPinExitsOne()
{
    for (const QString &bad : {QStringLiteral("OpenAI.research_talent"), QStringLiteral("OpenAI.research_talent=99"),
                               QStringLiteral("Nobody.mfu=0.3")}) {
        const auto r = runCli({"run", "--pin", bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--pin"), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestCliOdds)
#include "tst_cli_odds.moc"
