// Provenance of a scenario (issue 14): author, created and modified times, the
// model version it was last run with, the as-of date of its data and notes
// round-trip through the scenario file and JSON; a file of the previous schema
// version opens and upgrades; a file of a newer one is refused naming both
// versions; `asirace-cli list --json` shows it all.
#include "asirace_version.h"
#include "builtinscenarios.h"
#include "clirunner.h"
#include "modelversion.h"
#include "scenariojson.h"
#include "scenariojsonfile.h"
#include "scenariostore.h"
#include "storeschema.h"
#include "storetestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace asirace;

namespace {

Scenario withProvenance()
{
    Scenario s = defaultScenario();
    s.name = "Ana's bet";
    s.author = "Ana Lopez";
    s.modelVersion = currentModelVersion();
    s.notes = "Assumes the split holds.\nSecond line: \"quoted\" and \u00e9";
    s.created = "2026-11-30T09:00:00Z";
    s.modified = "2026-12-01T10:30:00Z";
    s.assumptions.data_as_of = "2025-12";
    return s;
}

void compareProvenance(const Scenario &got, const Scenario &want)
{
    QCOMPARE(got.author, want.author);
    QCOMPARE(got.modelVersion, want.modelVersion);
    QCOMPARE(got.notes, want.notes);
    QCOMPARE(got.created, want.created);
    QCOMPARE(got.modified, want.modified);
    QCOMPARE(got.assumptions.data_as_of, want.assumptions.data_as_of);
}

} // namespace

class TestProvenance : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsThroughTheFile();
    void roundTripsThroughJson();
    void previousVersionFileOpensAndUpgrades();
    void controlCharactersInAnAuthorAreRefused();
    void newerFileIsRefusedNamingBothVersions();
    void listJsonShowsProvenance();
    void modelVersionNamesTheModel();
};

void TestProvenance::roundTripsThroughTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("mine.db");
    const Scenario s = withProvenance();
    const auto saved = saveScenarioFile(file.toStdString(), {s});
    QVERIFY2(saved.ok, saved.message.c_str());
    QCOMPARE(storetest::queryText(file, "SELECT author FROM scenarios"), QStringLiteral("Ana Lopez"));
    const auto loaded = loadScenarioFile(file.toStdString());
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    QCOMPARE(loaded.scenarios.size(), size_t(1));
    compareProvenance(loaded.scenarios.front(), s);
}

void TestProvenance::roundTripsThroughJson()
{
    const Scenario s = withProvenance();
    const auto json = scenarioToJson(s);
    QCOMPARE(json["author"].get<std::string>(), s.author);
    QCOMPARE(json["model_version"].get<std::string>(), s.modelVersion);
    QCOMPARE(json["notes"].get<std::string>(), s.notes);
    Scenario back;
    std::vector<JsonIssue> issues;
    QVERIFY(scenarioFromJson(json, "", back, issues));
    compareProvenance(back, s);

    // Through a JSON file and import-json into a scenario file too.
    QTemporaryDir dir;
    const QString jsonFile = dir.filePath("mine.json");
    const QString dbFile = dir.filePath("mine.db");
    QVERIFY(exportScenariosJson(jsonFile.toStdString(), {s}).ok);
    const auto run = clitest::runCli({"import-json", jsonFile, "--out", dbFile});
    CLI_VERIFY_EXIT(run, 0);
    const auto loaded = loadScenarioFile(dbFile.toStdString());
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    compareProvenance(loaded.scenarios.front(), s);

    // A wrong type is reported at its pointer.
    auto bad = json;
    bad["author"] = 42;
    Scenario refused;
    issues.clear();
    QVERIFY(!scenarioFromJson(bad, "/scenarios/0", refused, issues));
    QCOMPARE(issues.front().pointer, std::string("/scenarios/0/author"));
}

void TestProvenance::previousVersionFileOpensAndUpgrades()
{
    // The committed file of schema version 4 (tests/data/make-v4-fixture.sh)
    // has no provenance columns: it opens with none, and saving it writes the
    // current version, where provenance is kept.
    QTemporaryDir dir;
    const QString copy = dir.filePath("v4.db");
    QVERIFY(QFile::copy(QStringLiteral(ASIRACE_TEST_DATA "/scenarios-v4.db"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(storetest::queryText(copy, "PRAGMA user_version"), QStringLiteral("4"));
    QCOMPARE(storetest::queryText(copy, "SELECT count(*) FROM pragma_table_info('scenarios') WHERE name = 'author'"),
             QStringLiteral("0"));
    auto loaded = loadScenarioFile(copy.toStdString());
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    QCOMPARE(loaded.schemaVersion, 4);
    QVERIFY(loaded.schemaVersion < store::kSchemaVersion);
    for (const auto &s : loaded.scenarios)
        QVERIFY(s.author.empty() && s.modelVersion.empty() && s.notes.empty());

    loaded.scenarios.front().author = "Ana Lopez";
    loaded.scenarios.front().notes = "upgraded";
    QVERIFY(saveScenarioFile(copy.toStdString(), loaded.scenarios).ok);
    QCOMPARE(storetest::queryText(copy, "PRAGMA user_version"), QString::number(store::kSchemaVersion));
    const auto upgraded = loadScenarioFile(copy.toStdString());
    QVERIFY2(upgraded.ok(), upgraded.message.c_str());
    QCOMPARE(upgraded.scenarios.front().author, std::string("Ana Lopez"));
    QCOMPARE(upgraded.scenarios.front().notes, std::string("upgraded"));

    // A file taken back to the previous version by hand but keeping one
    // provenance column still upgrades (the step adds only the missing ones).
    QCOMPARE(storetest::tamper(copy, QStringLiteral("ALTER TABLE scenarios DROP COLUMN notes; ALTER TABLE scenarios "
                                                    "DROP COLUMN model_version; PRAGMA user_version = %1; VACUUM;")
                                         .arg(store::kSchemaVersion - 1)),
             QString());
    const auto partial = loadScenarioFile(copy.toStdString());
    QVERIFY2(partial.ok(), partial.message.c_str());
    QCOMPARE(partial.scenarios.front().author, std::string("Ana Lopez"));
    QVERIFY(partial.scenarios.front().notes.empty());
}

void TestProvenance::controlCharactersInAnAuthorAreRefused()
{
    QTemporaryDir dir;
    Scenario s = withProvenance();
    s.author = "Ana\x1b[31m";
    const auto saved = saveScenarioFile(dir.filePath("bad.db").toStdString(), {s});
    QVERIFY(!saved.ok);
    QVERIFY(!saved.problems.empty());
    QVERIFY2(QString::fromStdString(saved.problems.front()).contains(".author"), saved.problems.front().c_str());

    const QString file = dir.filePath("tampered.db");
    QVERIFY(saveScenarioFile(file.toStdString(), {withProvenance()}).ok);
    QCOMPARE(storetest::tamper(file, "UPDATE scenarios SET author = 'Ana' || char(7)"), QString());
    const auto loaded = loadScenarioFile(file.toStdString());
    QCOMPARE(loaded.kind, StoreErrorKind::InvalidContent);
    QVERIFY(QString::fromStdString(loaded.problems.front()).contains(".author"));
}

void TestProvenance::newerFileIsRefusedNamingBothVersions()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("newer.db");
    QVERIFY(saveScenarioFile(file.toStdString(), {withProvenance()}).ok);
    const int newer = store::kSchemaVersion + 1;
    QCOMPARE(storetest::tamper(file, QStringLiteral("PRAGMA user_version = %1; UPDATE metadata SET value = '9.0.0' "
                                                    "WHERE key = 'application_version';")
                                         .arg(newer)),
             QString());
    const auto loaded = loadScenarioFile(file.toStdString());
    QCOMPARE(loaded.kind, StoreErrorKind::NewerVersion);
    const QString message = QString::fromStdString(loaded.message);
    QVERIFY2(message.contains("ASI Race 9.0.0"), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("this ASI Race (%1)").arg(kVersion)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("schema version %1").arg(newer)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("up to %1").arg(store::kSchemaVersion)), qPrintable(message));
    const auto run = clitest::runCli({"list", file});
    CLI_VERIFY_EXIT(run, 2);
    QVERIFY(run.err.contains("ASI Race 9.0.0"));
}

void TestProvenance::listJsonShowsProvenance()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("mine.db");
    const Scenario s = withProvenance();
    QVERIFY(saveScenarioFile(file.toStdString(), {defaultScenario(), s}).ok);
    const auto run = clitest::runCli({"list", file, "--json"});
    CLI_VERIFY_EXIT(run, 0);
    const auto doc = clitest::parse(run.out);
    const QJsonArray list = doc["scenarios"].toArray();
    QCOMPARE(list.size(), 2);
    const auto mine = list[1].toObject();
    QCOMPARE(mine["name"].toString(), QStringLiteral("Ana's bet"));
    QCOMPARE(mine["author"].toString(), QStringLiteral("Ana Lopez"));
    QCOMPARE(mine["created"].toString(), QStringLiteral("2026-11-30T09:00:00Z"));
    QCOMPARE(mine["modified"].toString(), QStringLiteral("2026-12-01T10:30:00Z"));
    QCOMPARE(mine["model_version"].toString(), QString::fromStdString(currentModelVersion()));
    QCOMPARE(mine["data_as_of"].toString(), QStringLiteral("2025-12"));
    QCOMPARE(mine["notes"].toString(), QString::fromStdString(s.notes));
    QCOMPARE(mine["description"].toString(), QString::fromStdString(s.description));
    // Without --json: the names, one per line, as before.
    const auto plain = clitest::runCli({"list", file});
    CLI_VERIFY_EXIT(plain, 0);
    QCOMPARE(plain.out, QByteArray("Evidence baseline\nAna's bet\n"));
}

void TestProvenance::modelVersionNamesTheModel()
{
    const QString version = QString::fromStdString(currentModelVersion());
    QVERIFY(version.contains(QStringLiteral("race model v%1").arg(kRaceModelVersion)));
    QVERIFY(version.contains(QString::fromLatin1(kVersion)));
}

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
