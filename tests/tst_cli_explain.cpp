// asirace-cli explain: the JSON contract ({"leader", "runner_up",
// "lead_months", "drivers": [{"name", "months"}]}), the text output, --set
// and --event, a scenario from a file, and the exit codes (0 ok, 1 invalid,
// 2 unreadable). The leader is whoever `run` ranks first.
#include "clirunner.h"
#include "drivergroups.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using clitest::parse;
using clitest::runCli;

namespace {
QString q(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }
} // namespace

class TestCliExplain : public QObject
{
    Q_OBJECT
private slots:
    void helpListsExplain();
    void jsonHasTheContractKeys();
    void textNamesEveryDriver();
    void noArrivalHasNoDrivers();
    void setEventAndFile();
    void exitCodes();
};

void TestCliExplain::helpListsExplain()
{
    const auto r = runCli({"--help"});
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out);
    const auto line = help.indexOf(QLatin1String("explain [FILE.db] [--scenario NAME]"));
    QVERIFY(line >= 0);
    QVERIFY(help.indexOf(QLatin1String("[--event YYYY-MM:PATH=VALUE]..."), line) - line < 120);
}

void TestCliExplain::jsonHasTheContractKeys()
{
    const auto r = runCli({"explain", "--json"});
    CLI_VERIFY_EXIT(r, 0);
    const QJsonObject doc = parse(r.out);
    for (const char *key : {"leader", "runner_up", "lead_months", "drivers"})
        QVERIFY2(doc.contains(QLatin1String(key)), key);
    const auto run = parse(runCli({"run", "--json"}).out);
    const QJsonArray ranking = run.value("ranking").toArray();
    QCOMPARE(doc.value("leader").toString(), ranking.at(0).toString());
    QCOMPARE(doc.value("runner_up").toString(), ranking.at(1).toString());
    QVERIFY(doc.value("lead_months").isDouble() && doc.value("lead_months").toInt() >= 0);
    const QJsonArray drivers = doc.value("drivers").toArray();
    QCOMPARE(drivers.size(), qsizetype(asirace::driverGroups().size()));
    for (qsizetype i = 0; i < drivers.size(); ++i) {
        const QJsonObject d = drivers.at(i).toObject();
        QCOMPARE(d.value("name").toString(), q(asirace::driverGroups()[size_t(i)].name));
        QVERIFY(d.value("months").isDouble());
        QCOMPARE(d.value("months").toDouble(), double(d.value("months").toInt())); // whole months
        QVERIFY(d.value("at_least").isBool());
        QCOMPARE(d.value("label").toString(), q(asirace::driverGroups()[size_t(i)].label));
    }
    QVERIFY(doc.contains("residual_months"));
    QVERIFY(doc.value("all_drivers").toObject().contains("months"));
}

void TestCliExplain::textNamesEveryDriver()
{
    const auto r = runCli({"explain"});
    CLI_VERIFY_EXIT(r, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String(" leads ")), qPrintable(text));
    for (const auto &g : asirace::driverGroups())
        QVERIFY2(text.contains(q(g.label)), g.name.data());
    QVERIFY(text.contains(QLatin1String("not attributed")));
}

void TestCliExplain::noArrivalHasNoDrivers()
{
    const auto r = runCli({"explain", "--set", "assumptions.agi_log10_flop=45", "--json"});
    CLI_VERIFY_EXIT(r, 0);
    const QJsonObject doc = parse(r.out);
    QVERIFY(doc.value("lead_months").isNull());
    QVERIFY(doc.value("drivers").toArray().isEmpty());
    QCOMPARE(doc.value("status").toString(), QStringLiteral("no_arrival"));
    QVERIFY(doc.value("leader").isString()); // the lab ahead on capability, still named
}

void TestCliExplain::setEventAndFile()
{
    // A longer horizon: the runner-up's arrival is then within it.
    const auto longer = parse(runCli({"explain", "--set", "assumptions.end_year=2060", "--json"}).out);
    QCOMPARE(longer.value("lead_at_least").toBool(), longer.value("runner_up_asi_year").isNull());
    const auto event = runCli({"explain", "--event", "2027-01:assumptions.alg_halving_months=7", "--json"});
    CLI_VERIFY_EXIT(event, 0);
    QVERIFY(parse(event.out).value("drivers").isArray());

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("race.db"));
    CLI_VERIFY_EXIT(runCli({"new", db}), 0);
    const auto fromFile = runCli({"explain", db, "--scenario", "Patel's view", "--json"});
    CLI_VERIFY_EXIT(fromFile, 0);
    const auto doc = parse(fromFile.out);
    QCOMPARE(doc.value("scenario").toString(), QStringLiteral("Patel's view"));
    const auto run = parse(runCli({"run", db, "--scenario", "Patel's view", "--json"}).out);
    QCOMPARE(doc.value("leader").toString(), run.value("ranking").toArray().at(0).toString());
}

void TestCliExplain::exitCodes()
{
    CLI_VERIFY_EXIT(runCli({"explain", "--set", "OpenAI.mfu=7"}), 1);
    CLI_VERIFY_EXIT(runCli({"explain", "--event", "2026-13:OpenAI.mfu=0.3"}), 1);
    CLI_VERIFY_EXIT(runCli({"explain", "--bogus"}), 1);
    CLI_VERIFY_EXIT(runCli({"explain", "a.db", "b.db"}), 1);
    CLI_VERIFY_EXIT(runCli({"explain", "--scenario", "No such scenario"}), 1);
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("text.db"));
    QVERIFY(clitest::writeFile(text, "just text\n"));
    CLI_VERIFY_EXIT(runCli({"explain", text}), 2);
    CLI_VERIFY_EXIT(runCli({"explain", dir.filePath(QStringLiteral("missing.db"))}), 2);
}

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
