// Scenario files of every older schema version (committed fixtures) open,
// migrate in memory, validate and run; a file lacking the columns of fields
// added to the model since it was written still opens with their defaults;
// events are stored with the scenario and checked when a file is opened.
#include "assumptions.h"
#include "builtinscenarios.h"
#include "clirunner.h"
#include "organisation.h"
#include "partnership.h"
#include "scenariostore.h"
#include "storeschema.h"
#include "storetestutil.h"
#include "validation.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace asirace;

namespace {

// The last numeric field of a table that no table-level rule names (start_year
// and end_year are compared by CHECKs, so their columns cannot be dropped).
template <class Owner>
const NumericField<Owner> &droppableField(std::span<const NumericField<Owner>> fields)
{
    for (auto it = fields.rbegin(); it != fields.rend(); ++it)
        if (it->name != "start_year" && it->name != "end_year")
            return *it;
    qFatal("no droppable field");
}

} // namespace

class TestStoreVersions : public QObject
{
    Q_OBJECT
private slots:
    void olderVersionsOpenMigrateAndRun_data();
    void olderVersionsOpenMigrateAndRun();
    void missingFieldColumnsTakeTheirDefaults();
    void eventsAreSavedAndOpened();
    void badEventRowsAreReportedWhenOpened();
    void factorsAndPinsAreSavedAndOpened();
};

void TestStoreVersions::olderVersionsOpenMigrateAndRun_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::newRow("v1") << "scenarios-v1.db" << 1;
    QTest::newRow("v2") << "scenarios-v2.db" << 2;
    QTest::newRow("v3") << "scenarios-v3.db" << 3;
    QTest::newRow("v4") << "scenarios-v4.db" << 4;
}

void TestStoreVersions::olderVersionsOpenMigrateAndRun()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString copy = dir.filePath(fixture);
    QVERIFY(QFile::copy(QStringLiteral(ASIRACE_TEST_DATA "/") + fixture, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(storetest::queryText(copy, "PRAGMA user_version"), QString::number(version));

    const auto loaded = loadScenarioFile(copy.toStdString());
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    QCOMPARE(loaded.schemaVersion, version);
    QVERIFY(!loaded.scenarios.empty());
    for (const auto &s : loaded.scenarios) {
        QVERIFY2(validate(s).empty(), s.name.c_str());
        if (version < 4)
            QVERIFY(s.events.empty()); // no file before version 4 has events
        QVERIFY(s.factors.empty()); // shared factors came with version 5
        for (const auto &d : s.distributions)
            QVERIFY(!d.isPinned()); // and so did pinned inputs
        // Provenance came with the version after 4: older files have none.
        QVERIFY(s.author.empty() && s.modelVersion.empty() && s.notes.empty());
        if (version < 3)
            for (const auto &d : s.distributions)
                QVERIFY(d.source.empty()); // the column came with version 3
    }

    for (const QStringList &args : {QStringList{"validate", copy}, QStringList{"run", copy, "--json"}}) {
        const auto run = clitest::runCli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(args.join(' ') + ": " + run.err));
    }
    const auto result = clitest::parse(clitest::runCli({"run", copy, "--json"}).out);
    QVERIFY(result.contains("ranking"));

    // Saving writes the current version; what was read survives.
    QVERIFY(saveScenarioFile(copy.toStdString(), loaded.scenarios).ok);
    QCOMPARE(storetest::queryText(copy, "PRAGMA user_version"), QString::number(store::kSchemaVersion));
    const auto upgraded = loadScenarioFile(copy.toStdString());
    QVERIFY2(upgraded.ok(), upgraded.message.c_str());
    QCOMPARE(storetest::jsonText(upgraded.scenarios), storetest::jsonText(loaded.scenarios));
}

void TestStoreVersions::missingFieldColumnsTakeTheirDefaults()
{
    // A version-3 file written before the last fields of each table existed:
    // the columns are dropped by name from the field tables, whatever they are.
    QTemporaryDir dir;
    const QString file = dir.filePath("old.db");
    QVERIFY(saveScenarioFile(file.toStdString(), builtinScenarios()).ok);
    const auto &a = droppableField(assumptionNumericFields());
    const auto &o = droppableField(organisationNumericFields());
    const auto &p = droppableField(partnershipNumericFields());
    const QString sql = QStringLiteral("DROP TABLE factor_loadings; DROP TABLE factors; ALTER TABLE distributions DROP COLUMN pinned; "
                                       "DROP TABLE events; ALTER TABLE assumptions DROP COLUMN \"%1\"; "
                                       "ALTER TABLE organisations DROP COLUMN \"%2\"; "
                                       "ALTER TABLE partnerships DROP COLUMN \"%3\"; PRAGMA user_version = 3; VACUUM;")
                            .arg(QString::fromUtf8(a.name.data(), qsizetype(a.name.size())),
                                 QString::fromUtf8(o.name.data(), qsizetype(o.name.size())),
                                 QString::fromUtf8(p.name.data(), qsizetype(p.name.size())));
    QCOMPARE(storetest::tamper(file, sql), QString());

    const auto loaded = loadScenarioFile(file.toStdString());
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    QCOMPARE(loaded.schemaVersion, 3);
    QCOMPARE(loaded.warnings.size(), size_t(3));
    for (const auto &warning : loaded.warnings)
        QVERIFY2(QString::fromStdString(warning).contains("(written before that field existed)"), warning.c_str());
    for (const auto &s : loaded.scenarios) {
        QCOMPARE(s.assumptions.*a.member, Assumptions{}.*a.member);
        for (const auto &org : s.organisations)
            QCOMPARE(org.*o.member, Organisation{}.*o.member);
        for (const auto &part : s.partnerships)
            QCOMPARE(part.*p.member, Partnership{}.*p.member);
    }
    const auto run = clitest::runCli({"run", file, "--json"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestStoreVersions::eventsAreSavedAndOpened()
{
    Scenario s = defaultScenario();
    s.events.clear();
    s.events.push_back({2027, 4, "OpenAI.mfu", 0.3, "assumption: a bad run"});
    s.events.push_back({2026, 11, "Microsoft/OpenAI.compute_supplied_h100e", 1000, "split \"phase 2\"\nline two"});
    s.events.push_back({2030, 1, "assumptions.alg_halving_months", 6, ""});
    s.created = s.modified = "2026-01-02T03:04:05Z"; // kept as given, so the JSON compares whole
    QTemporaryDir dir;
    const QString file = dir.filePath("events.db");
    const auto saved = saveScenarioFile(file.toStdString(), {s});
    QVERIFY2(saved.ok, saved.message.c_str());
    QCOMPARE(storetest::queryText(file, "SELECT count(*) FROM events"), QStringLiteral("3"));
    const auto loaded = loadScenarioFile(file.toStdString());
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    QCOMPARE(loaded.scenarios.size(), size_t(1));
    const auto &events = loaded.scenarios[0].events;
    QCOMPARE(events.size(), size_t(3)); // in the scenario's order
    QCOMPARE(events[1].year, 2026);
    QCOMPARE(events[1].month, 11);
    QCOMPARE(events[1].path, std::string("Microsoft/OpenAI.compute_supplied_h100e"));
    QCOMPARE(events[1].value, 1000);
    QCOMPARE(events[1].note, std::string("split \"phase 2\"\nline two"));
    QCOMPARE(storetest::jsonText(loaded.scenarios), storetest::jsonText({s}));
}

void TestStoreVersions::badEventRowsAreReportedWhenOpened()
{
    Scenario s = defaultScenario();
    s.events.clear();
    s.events.push_back({2027, 4, "OpenAI.mfu", 0.3, ""});
    QTemporaryDir dir;
    const QString file = dir.filePath("bad.db");
    QVERIFY(saveScenarioFile(file.toStdString(), {s}).ok);
    // The CHECKs refuse a bad month from anyone who leaves them on ...
    QVERIFY(storetest::tamper(file, "PRAGMA ignore_check_constraints = OFF; UPDATE events SET month = 13")
                .contains("CHECK constraint failed"));
    // ... and opening catches it, and a value outside the input's range, from those who do not.
    QCOMPARE(storetest::tamper(file, "UPDATE events SET month = 13, value = 1.7"), QString());
    const auto loaded = loadScenarioFile(file.toStdString());
    QVERIFY(!loaded.ok());
    const QString problems = QString::fromStdString([&] {
        std::string all;
        for (const auto &p : loaded.problems)
            all += p + "\n";
        return all;
    }());
    QVERIFY2(problems.contains("events[0] (2027-13 OpenAI.mfu).month: 13 is outside [1, 12]"), qPrintable(problems));
    QVERIFY2(problems.contains("events[0] (2027-13 OpenAI.mfu).value: 1.7 is outside the range of OpenAI.mfu "
                               "(allowed: [0.05, 0.8]"),
             qPrintable(problems));
}

void TestStoreVersions::factorsAndPinsAreSavedAndOpened()
{
    Scenario s = defaultScenario();
    QVERIFY(!s.factors.empty());
    s.distributions.front().pinned = 1;
    s.factors.push_back({"test_factor", "a \"quoted\"\ndescription", {{"OpenAI.mfu", -0.25, "why"}, {"xAI.mfu", 0.5, ""}}});
    s.created = s.modified = "2026-01-02T03:04:05Z";
    QTemporaryDir dir;
    const QString file = dir.filePath("factors.db");
    const auto saved = saveScenarioFile(file.toStdString(), {s});
    QVERIFY2(saved.ok, saved.message.c_str());
    QCOMPARE(storetest::queryText(file, "PRAGMA user_version"), QString::number(store::kSchemaVersion));
    QCOMPARE(storetest::queryText(file, "SELECT count(*) FROM factors"), QString::number(s.factors.size()));
    QCOMPARE(storetest::queryText(file, "SELECT sum(pinned) FROM distributions"), QStringLiteral("1"));
    const auto loaded = loadScenarioFile(file.toStdString());
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    const auto &back = loaded.scenarios.at(0);
    QCOMPARE(back.factors.size(), s.factors.size());
    QCOMPARE(back.factors.back().loadings.size(), size_t(2));
    QCOMPARE(back.factors.back().loadings[0].loading, -0.25);
    QVERIFY(back.distributions.front().isPinned());
    QCOMPARE(storetest::jsonText(loaded.scenarios), storetest::jsonText({s}));

    // A loading outside [-1, 1] is refused by the file's CHECK and by validation.
    s.factors.back().loadings[0].loading = 1.5;
    QVERIFY(!validate(s).empty());
}

QTEST_GUILESS_MAIN(TestStoreVersions)
#include "tst_storeversions.moc"
