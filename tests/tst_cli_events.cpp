// --event YYYY-MM:PATH=VALUE on the commands that take --set, as scripts use
// it: listed by --help, a valid event runs, a bad month, path or value exits 1
// with a message naming it, and events survive import-json and export-json.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using clitest::parse;
using clitest::runCli;

class TestCliEvents : public QObject
{
    Q_OBJECT
private slots:
    void helpListsEvent();
    void validEventRuns();
    void badEventExitsOneNamingIt_data();
    void badEventExitsOneNamingIt();
    void everySimulatingCommandChecksEvents_data();
    void everySimulatingCommandChecksEvents();
    void eventsSurviveImportAndExport();
};

void TestCliEvents::helpListsEvent()
{
    const auto r = runCli({"--help"});
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out);
    for (const char *command : {"run [FILE.db]", "charts [FILE.db]", "sensitivity [FILE.db]"}) {
        const auto line = help.indexOf(QLatin1String(command));
        QVERIFY2(line >= 0, command);
        QVERIFY2(help.indexOf(QLatin1String("[--event YYYY-MM:PATH=VALUE]..."), line) - line < 120, command);
    }
}

void TestCliEvents::validEventRuns()
{
    const auto r = runCli({"run", "--event", "2027-01:OpenAI.mfu=0.3", "--event=2028-06:Microsoft/OpenAI.rofr=0",
                           "--set", "OpenAI.mfu=0.4", "--json"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(parse(r.out).contains("ranking"));
}

void TestCliEvents::badEventExitsOneNamingIt_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("message");
    QTest::newRow("month") << "2026-13:OpenAI.mfu=0.3"
                           << "asirace-cli run: --event 2026-13:OpenAI.mfu=0.3: month 13 is not 1-12";
    QTest::newRow("year") << "2019-05:OpenAI.mfu=0.3"
                          << "asirace-cli run: --event 2019-05:OpenAI.mfu=0.3: year 2019 is not 2020-2060";
    QTest::newRow("not a month") << "26-4:OpenAI.mfu=0.3" << "--event 26-4:OpenAI.mfu=0.3: '26-4' is not a month";
    QTest::newRow("path") << "2026-04:Nobody.mfu=0.3"
                          << "--event 2026-04:Nobody.mfu=0.3: Nobody.mfu: no organisation 'Nobody'";
    QTest::newRow("field") << "2026-04:OpenAI.warp=1" << "OpenAI.warp: unknown numeric field 'warp'";
    QTest::newRow("range") << "2026-04:OpenAI.mfu=1.7"
                           << "--event 2026-04:OpenAI.mfu=1.7: value 1.7 is outside the range of OpenAI.mfu "
                              "(allowed: [0.05, 0.8] fraction of peak)";
    QTest::newRow("flag") << "2026-04:Microsoft/OpenAI.rofr=0.5" << "0.5 must be 0 or 1 for Microsoft/OpenAI.rofr";
    QTest::newRow("number") << "2026-04:OpenAI.mfu=lots" << "OpenAI.mfu: 'lots' is not a number";
    QTest::newRow("shape") << "OpenAI.mfu=0.3" << "--event OpenAI.mfu=0.3: expected YYYY-MM:PATH=VALUE";
}

void TestCliEvents::badEventExitsOneNamingIt()
{
    QFETCH(QString, event);
    QFETCH(QString, message);
    const auto r = runCli({"run", "--event", event, "--json"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliEvents::everySimulatingCommandChecksEvents_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("run") << QStringList{"run"};
    QTest::newRow("charts") << QStringList{"charts", "--out", QDir::tempPath(), "--format", "csv"};
    QTest::newRow("sensitivity") << QStringList{"sensitivity", "--output", "p_first:OpenAI"};
}

void TestCliEvents::everySimulatingCommandChecksEvents()
{
    QFETCH(QStringList, args);
    const auto r = runCli(args + QStringList{"--event", "2026-00:OpenAI.mfu=0.3"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("asirace-cli %1: --event 2026-00:OpenAI.mfu=0.3: month 0 is not 1-12")
                                .arg(args.front())),
             qPrintable(r.err));
}

void TestCliEvents::eventsSurviveImportAndExport()
{
    QTemporaryDir dir;
    const QString db = dir.filePath("race.db");
    QCOMPARE(runCli({"new", db}).exitCode, 0);
    auto exported = runCli({"export-json", db, "--scenario", "Evidence baseline"});
    QCOMPARE(exported.exitCode, 0);
    QJsonObject document = parse(exported.out);
    QJsonArray scenarios = document["scenarios"].toArray();
    QJsonObject scenario = scenarios[0].toObject();
    QVERIFY(!scenario["events"].toArray().isEmpty()); // the evidence baseline's dated deals and rounds
    const QJsonArray events{
        QJsonObject{{"from", "2026-04"}, {"path", "OpenAI.mfu"}, {"value", 0.3}, {"note", "assumption: a bad run"}},
        QJsonObject{{"from", "2029-11"}, {"path", "assumptions.alg_halving_months"}, {"value", 6}, {"note", ""}}};
    scenario["events"] = events;
    scenarios[0] = scenario;
    document["scenarios"] = scenarios;
    const QString json = dir.filePath("in.json");
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(document).toJson());
    file.close();

    const QString copy = dir.filePath("copy.db");
    const auto imported = runCli({"import-json", json, "--out", copy});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    exported = runCli({"export-json", copy});
    QCOMPARE(exported.exitCode, 0);
    const QJsonArray back = parse(exported.out)["scenarios"].toArray()[0].toObject()["events"].toArray();
    QCOMPARE(back, events);
    const auto run = runCli({"run", copy, "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliEvents)
#include "tst_cli_events.moc"
