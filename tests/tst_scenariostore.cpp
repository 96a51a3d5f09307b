// Scenario files on disk: what is saved is what opens, for the built-in
// scenarios and for random valid ones; JSON round trips are byte-identical;
// invalid scenarios are refused without touching the file; saves leave no
// sidecar or temporary files; older schema versions open and are upgraded.
#include "builtinscenarios.h"
#include "randomscenario.h"
#include "scenariojsonfile.h"
#include "scenariostore.h"
#include "storeschema.h"
#include "storetestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace asirace;
using storetest::joined;

namespace {

std::string path(const QTemporaryDir &dir, const char *name) { return dir.filePath(name).toStdString(); }

// The JSON of `scenarios` with the times a save fills in: built-ins have none.
std::vector<Scenario> withTimes(std::vector<Scenario> scenarios, const std::vector<Scenario> &saved)
{
    for (size_t i = 0; i < scenarios.size() && i < saved.size(); ++i) {
        scenarios[i].created = saved[i].created;
        scenarios[i].modified = saved[i].modified;
    }
    return scenarios;
}

} // namespace

class TestScenarioStore : public QObject
{
    Q_OBJECT
private slots:
    void builtinScenariosRoundTrip();
    void randomScenariosRoundTrip_data();
    void randomScenariosRoundTrip();
    void boundaryValuesRoundTrip();
    void jsonRoundTripIsByteIdentical();
    void saveFillsMissingTimesAndKeepsGivenOnes();
    void invalidScenariosAreRefusedAndFileUntouched();
    void duplicateNamesAreRefused();
    void saveLeavesOnlyTheFile();
    void saveReplacesAndKeepsPermissions();
    void fileHasOurIdentity();
    void version1FixtureOpensAndIsUpgradedOnSave();
    void version1FileBuiltInTestUpgrades();
};

void TestScenarioStore::builtinScenariosRoundTrip()
{
    QTemporaryDir dir;
    const auto file = path(dir, "builtin.db");
    const auto saved = saveScenarioFile(file, builtinScenarios());
    QVERIFY2(saved.ok, saved.message.c_str());
    const auto loaded = loadScenarioFile(file);
    QVERIFY2(loaded.ok(), (loaded.message + "\n" + joined(loaded.problems).toStdString()).c_str());
    QCOMPARE(loaded.scenarios.size(), builtinScenarios().size());
    QVERIFY(loaded.warnings.empty());
    QCOMPARE(loaded.schemaVersion, store::kSchemaVersion);
    for (const auto &s : loaded.scenarios) {
        QVERIFY(!s.created.empty());
        QCOMPARE(s.modified, s.created);
    }
    QCOMPARE(storetest::jsonText(loaded.scenarios), storetest::jsonText(withTimes(builtinScenarios(), loaded.scenarios)));
}

void TestScenarioStore::randomScenariosRoundTrip_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %llu", static_cast<unsigned long long>(seed)) << seed;
}

void TestScenarioStore::randomScenariosRoundTrip()
{
    QFETCH(quint64, seed);
    const auto scenarios = testing::randomScenarios(seed, 1 + static_cast<int>(seed % 4));
    QTemporaryDir dir;
    const auto file = path(dir, "random.db");
    const auto saved = saveScenarioFile(file, scenarios);
    QVERIFY2(saved.ok, (saved.message + "\n" + joined(saved.problems).toStdString()).c_str());
    const auto loaded = loadScenarioFile(file);
    QVERIFY2(loaded.ok(), (loaded.message + "\n" + joined(loaded.problems).toStdString()).c_str());
    QCOMPARE(storetest::jsonText(loaded.scenarios), storetest::jsonText(scenarios));
}

void TestScenarioStore::boundaryValuesRoundTrip()
{
    // Every field at its minimum or maximum: CHECK constraints must admit the
    // declared limits exactly, whatever SQLite's decimal parser makes of them.
    testing::RandomScenarioOptions options;
    options.boundaryChance = 1.0;
    const auto scenarios = testing::randomScenarios(7, 6, options);
    QTemporaryDir dir;
    const auto file = path(dir, "bounds.db");
    const auto saved = saveScenarioFile(file, scenarios);
    QVERIFY2(saved.ok, (saved.message + "\n" + joined(saved.problems).toStdString()).c_str());
    const auto loaded = loadScenarioFile(file);
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    QCOMPARE(storetest::jsonText(loaded.scenarios), storetest::jsonText(scenarios));
}

void TestScenarioStore::jsonRoundTripIsByteIdentical()
{
    // DB -> JSON -> DB -> JSON, for the built-ins and random scenarios.
    QTemporaryDir dir;
    for (const auto &scenarios : {builtinScenarios(), testing::randomScenarios(99, 5)}) {
        QVERIFY(saveScenarioFile(path(dir, "a.db"), scenarios).ok);
        const auto first = loadScenarioFile(path(dir, "a.db"));
        QVERIFY(first.ok());
        QVERIFY(exportScenariosJson(path(dir, "a.json"), first.scenarios).ok);
        const auto imported = importScenariosJson(path(dir, "a.json"));
        QVERIFY2(imported.ok(), (imported.message + "\n" + joined(imported.problems).toStdString()).c_str());
        QVERIFY(saveScenarioFile(path(dir, "b.db"), imported.scenarios).ok);
        const auto second = loadScenarioFile(path(dir, "b.db"));
        QVERIFY(second.ok());
        QVERIFY(exportScenariosJson(path(dir, "b.json"), second.scenarios).ok);
        QFile a(dir.filePath("a.json")), b(dir.filePath("b.json"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytesA = a.readAll();
        QVERIFY(bytesA.size() > 1000);
        QCOMPARE(bytesA, b.readAll());
    }
}

void TestScenarioStore::saveFillsMissingTimesAndKeepsGivenOnes()
{
    auto scenarios = testing::randomScenarios(3, 2);
    scenarios[0].created.clear();
    scenarios[0].modified.clear();
    scenarios[1].created = "2024-02-29T23:59:59Z";
    scenarios[1].modified = "2025-01-01T00:00:00Z";
    QTemporaryDir dir;
    QVERIFY(saveScenarioFile(path(dir, "t.db"), scenarios).ok);
    const auto loaded = loadScenarioFile(path(dir, "t.db"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.scenarios[0].created.size(), size_t(20));
    QVERIFY(loaded.scenarios[0].created >= "2025-");
    QCOMPARE(loaded.scenarios[1].created, std::string("2024-02-29T23:59:59Z"));
    QCOMPARE(loaded.scenarios[1].modified, std::string("2025-01-01T00:00:00Z"));
}

void TestScenarioStore::invalidScenariosAreRefusedAndFileUntouched()
{
    QTemporaryDir dir;
    const auto file = path(dir, "keep.db");
    QVERIFY(saveScenarioFile(file, builtinScenarios()).ok);
    const QByteArray before = storetest::sha256(dir.filePath("keep.db"));

    auto scenarios = builtinScenarios();
    scenarios[0].findOrganisation("OpenAI")->mfu = 1.7;
    scenarios[1].created = "yesterday";
    const auto result = saveScenarioFile(file, scenarios);
    QVERIFY(!result.ok);
    const QString problems = joined(result.problems);
    QVERIFY2(problems.contains("scenario 'Evidence baseline': organisation 'OpenAI'.mfu: 1.7 is outside [0.05, 0.8]"),
             qPrintable(problems));
    QVERIFY2(problems.contains("\"yesterday\" is not a UTC time"), qPrintable(problems));
    QCOMPARE(storetest::sha256(dir.filePath("keep.db")), before);
    QCOMPARE(storetest::folderEntries(dir.path()), QStringList{"keep.db"});

    QVERIFY(!saveScenarioFile(path(dir, "none.db"), {}).ok);
    QVERIFY(!QFile::exists(dir.filePath("none.db")));
}

void TestScenarioStore::duplicateNamesAreRefused()
{
    auto scenarios = testing::randomScenarios(5, 2);
    scenarios[1].name = scenarios[0].name;
    QTemporaryDir dir;
    const auto result = saveScenarioFile(path(dir, "dup.db"), scenarios);
    QVERIFY(!result.ok);
    QVERIFY2(joined(result.problems).contains("is used by more than one scenario"), qPrintable(joined(result.problems)));
}

void TestScenarioStore::saveLeavesOnlyTheFile()
{
    QTemporaryDir dir;
    QVERIFY(saveScenarioFile(path(dir, "only.db"), testing::randomScenarios(11, 3)).ok);
    QVERIFY(saveScenarioFile(path(dir, "only.db"), testing::randomScenarios(12, 2)).ok);
    QCOMPARE(storetest::folderEntries(dir.path()), QStringList{"only.db"});
    // Self-contained: rollback-journal mode (not WAL) in the header, so no sidecar is ever needed.
    QCOMPARE(storetest::queryText(dir.filePath("only.db"), "PRAGMA journal_mode"), QStringLiteral("delete"));
    QVERIFY(loadScenarioFile(path(dir, "only.db")).ok());
    QCOMPARE(storetest::folderEntries(dir.path()), QStringList{"only.db"});
}

void TestScenarioStore::saveReplacesAndKeepsPermissions()
{
    QTemporaryDir dir;
    const auto file = path(dir, "perm.db");
    QVERIFY(saveScenarioFile(file, testing::randomScenarios(1, 1)).ok);
    namespace fs = std::filesystem;
    const auto mode = fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read;
    fs::permissions(file, mode);
    const auto second = testing::randomScenarios(2, 2);
    QVERIFY(saveScenarioFile(file, second).ok);
    QCOMPARE(static_cast<int>(fs::status(file).permissions()), static_cast<int>(mode));
    QCOMPARE(storetest::jsonText(loadScenarioFile(file).scenarios), storetest::jsonText(second));
}

void TestScenarioStore::fileHasOurIdentity()
{
    QTemporaryDir dir;
    QVERIFY(saveScenarioFile(path(dir, "id.db"), builtinScenarios()).ok);
    const QString file = dir.filePath("id.db");
    QCOMPARE(storetest::queryText(file, "PRAGMA application_id"), QString::number(0x41534952));
    QCOMPARE(storetest::queryText(file, "PRAGMA user_version"), QString::number(store::kSchemaVersion));
    QCOMPARE(storetest::queryText(file, "SELECT value FROM metadata WHERE key = 'application'"),
             QStringLiteral("ASI Race"));
    QVERIFY(!storetest::queryText(file, "SELECT value FROM metadata WHERE key = 'application_version'").isEmpty());
    // Column names are the canonical field names, and CHECK constraints guard the ranges.
    QVERIFY(storetest::queryText(file, "SELECT sql FROM sqlite_master WHERE name = 'organisations'")
                .contains("\"mfu\" REAL NOT NULL CHECK (\"mfu\" BETWEEN 0.05 AND 0.8)"));
    QVERIFY(storetest::tamper(file, "UPDATE organisations SET mfu = 1.7; PRAGMA ignore_check_constraints = OFF; "
                                    "UPDATE organisations SET mfu = 0.9")
                .contains("CHECK constraint failed"));
}

void TestScenarioStore::version1FixtureOpensAndIsUpgradedOnSave()
{
    // tests/data/scenarios-v1.db was written by make-v1-fixture.sh (schema
    // version 1 had no distributions table) and is committed unchanged.
    QTemporaryDir dir;
    const QString copy = dir.filePath("old.db");
    QVERIFY(QFile::copy(QStringLiteral(ASIRACE_TEST_DATA "/scenarios-v1.db"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = storetest::sha256(copy);

    const auto loaded = loadScenarioFile(copy.toStdString());
    QVERIFY2(loaded.ok(), (loaded.message + "\n" + joined(loaded.problems).toStdString()).c_str());
    QCOMPARE(loaded.schemaVersion, 1);
    QCOMPARE(loaded.scenarios.size(), size_t(2));
    QCOMPARE(loaded.scenarios[0].name, std::string("Small race"));
    QCOMPARE(loaded.scenarios[0].organisations.size(), size_t(3));
    QCOMPARE(loaded.scenarios[0].findOrganisation("Lab A")->mfu, 0.41);
    QCOMPARE(loaded.scenarios[0].partnerships.size(), size_t(1));
    QCOMPARE(loaded.scenarios[0].organisations[0].sources.at("mfu"), std::string("fixture: made up"));
    QVERIFY(loaded.scenarios[0].distributions.empty());
    // Fields added to the model after the fixture was written keep their defaults, and columns of
    // fields the model no longer has are ignored, each with a warning.
    for (const auto &warning : loaded.warnings)
        QVERIFY2(QString::fromStdString(warning).contains("(written before that field existed)") ||
                     QString::fromStdString(warning).contains("ignored column"),
                 warning.c_str());
    QCOMPARE(storetest::sha256(copy), before); // opening did not upgrade the file in place
    QCOMPARE(storetest::queryText(copy, "PRAGMA user_version"), QStringLiteral("1"));

    QVERIFY(saveScenarioFile(copy.toStdString(), loaded.scenarios).ok);
    QCOMPARE(storetest::queryText(copy, "PRAGMA user_version"), QString::number(store::kSchemaVersion));
    const auto upgraded = loadScenarioFile(copy.toStdString());
    QVERIFY(upgraded.ok());
    QCOMPARE(upgraded.schemaVersion, store::kSchemaVersion);
    QCOMPARE(storetest::jsonText(upgraded.scenarios), storetest::jsonText(loaded.scenarios));
}

void TestScenarioStore::version1FileBuiltInTestUpgrades()
{
    // The same downgrade made here from random scenarios: every other value survives the upgrade.
    auto scenarios = testing::randomScenarios(21, 3);
    QTemporaryDir dir;
    const QString file = dir.filePath("v1.db");
    QVERIFY(saveScenarioFile(file.toStdString(), scenarios).ok);
    QCOMPARE(storetest::tamper(file, "DROP TABLE factor_loadings; DROP TABLE factors; DROP TABLE distributions; "
                                     "DROP TABLE events; PRAGMA user_version = 1; VACUUM;"),
             QString());
    const auto loaded = loadScenarioFile(file.toStdString());
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    QCOMPARE(loaded.schemaVersion, 1);
    for (auto &s : scenarios) {
        s.distributions.clear();
        s.events.clear();
    }
    QCOMPARE(storetest::jsonText(loaded.scenarios), storetest::jsonText(scenarios));
}

QTEST_GUILESS_MAIN(TestScenarioStore)
#include "tst_scenariostore.moc"
