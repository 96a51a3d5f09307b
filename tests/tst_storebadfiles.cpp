// Opening files that are not what they claim: one test per kind of bad file.
// Each asserts the message a user sees (naming scenario, object and field for
// bad rows), that nothing was loaded, and that opening left the file
// byte-for-byte unchanged with no -wal, -shm or -journal file created.
#include "builtinscenarios.h"
#include "scenariostore.h"
#include "storeschema.h"
#include "storetestutil.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace asirace;
using storetest::joined;

class TestStoreBadFiles : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void notSqliteAtAll();
    void jsonGivenAsScenarioFile();
    void emptyFile();
    void truncatedFile();
    void truncatedInsideHeader();
    void corruptFile();
    void anotherApplicationsDatabase();
    void emptySqliteDatabase();
    void newerSchemaVersion();
    void rowsOutOfRange();
    void textInNumericColumns();
    void missingAssumptionsRow();
    void orphanRows();
    void missingTable();
    void missingFieldColumnTakesItsDefault();
    void extraTablesAreIgnoredWithAWarning();
    void triggersAreRefusedWithoutRunningThem();
    void viewsAreRefused();
    void virtualTablesAreRefused();
    void walModeFileOpensWithoutSidecars();
    void missingFileAndFolder();
    void sidecarFilesAreIgnoredWithAWarning();
    void randomDamageNeverCrashesOrLoadsHalf();

private:
    // A valid file of the built-in scenarios, changed by `sql` as another program would.
    QString goodFile(const QString &sql = {});
    // Loads `file`, checks it is unchanged and nothing appeared beside it.
    LoadResult open(const QString &file);
    // A file of the test folder holding exactly `contents`; empty on failure.
    QString writeFile(const char *name, const QByteArray &contents);

    QTemporaryDir *m_dir = nullptr;
};

void TestStoreBadFiles::init() { m_dir = new QTemporaryDir; }
void TestStoreBadFiles::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

QString TestStoreBadFiles::goodFile(const QString &sql)
{
    const QString file = m_dir->filePath("scenarios.db");
    const auto saved = saveScenarioFile(file.toStdString(), builtinScenarios());
    if (!saved.ok)
        qFatal("cannot write the test file: %s", saved.message.c_str());
    if (!sql.isEmpty()) {
        const QString error = storetest::tamper(file, sql);
        if (!error.isEmpty())
            qFatal("cannot change the test file: %s", qPrintable(error));
    }
    return file;
}

QString TestStoreBadFiles::writeFile(const char *name, const QByteArray &contents)
{
    const QString file = m_dir->filePath(QLatin1String(name));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(contents) != contents.size())
        return {};
    return file;
}

LoadResult TestStoreBadFiles::open(const QString &file)
{
    const QByteArray before = storetest::sha256(file);
    const QStringList entries = storetest::folderEntries(m_dir->path());
    auto result = loadScenarioFile(file.toStdString());
    if (storetest::sha256(file) != before)
        qFatal("opening changed %s", qPrintable(file));
    if (storetest::folderEntries(m_dir->path()) != entries)
        qFatal("opening created files beside %s: %s", qPrintable(file),
               qPrintable(storetest::folderEntries(m_dir->path()).join(", ")));
    if (!result.ok() && !result.scenarios.empty())
        qFatal("a failed load returned scenarios");
    return result;
}

#define VERIFY_MESSAGE(result, text)                                                                                \
    QVERIFY2(QString::fromStdString((result).message).contains(text), (result).message.c_str())
#define VERIFY_PROBLEM(result, text)                                                                                \
    QVERIFY2(joined((result).problems).contains(text), qPrintable(joined((result).problems)))

void TestStoreBadFiles::notSqliteAtAll()
{
    const QString file = writeFile("notes.db", "These are my notes about the race, not a database.\n");
    QVERIFY(!file.isEmpty());
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::NotOurs);
    VERIFY_MESSAGE(result, "is not an SQLite database, so it is not an ASI Race scenario file");
}

void TestStoreBadFiles::jsonGivenAsScenarioFile()
{
    const QString file = writeFile("scenarios.json", "  {\"format\": \"asirace-scenarios\", \"version\": 1, \"scenarios\": []}\n");
    QVERIFY(!file.isEmpty());
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::NotOurs);
    VERIFY_MESSAGE(result, "it looks like JSON: use import-json");
}

void TestStoreBadFiles::emptyFile()
{
    const QString file = writeFile("empty.db", QByteArray());
    QVERIFY(!file.isEmpty());
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::Unreadable);
    VERIFY_MESSAGE(result, "is empty (0 bytes)");
}

void TestStoreBadFiles::truncatedFile()
{
    const QString file = goodFile();
    const qint64 size = QFile(file).size();
    QVERIFY(storetest::truncateFile(file, size / 2));
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::Unreadable);
    VERIFY_MESSAGE(result, QString("is truncated: it has %1 bytes but its header announces %2").arg(size / 2).arg(size));
}

void TestStoreBadFiles::truncatedInsideHeader()
{
    const QString file = goodFile();
    QVERIFY(storetest::truncateFile(file, 60));
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::Unreadable);
    VERIFY_MESSAGE(result, "is truncated: it has only 60 bytes, less than the 100-byte SQLite header");
}

void TestStoreBadFiles::corruptFile()
{
    const QString file = goodFile();
    const qint64 pageSize = storetest::queryText(file, "PRAGMA page_size").toLongLong();
    // Garbage over two whole b-tree pages in the middle of the file.
    QVERIFY(storetest::overwriteBytes(file, 3 * pageSize, 2 * pageSize, '\xA5'));
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::Unreadable);
    VERIFY_MESSAGE(result, "is corrupt");
}

void TestStoreBadFiles::anotherApplicationsDatabase()
{
    const QString file = m_dir->filePath("shop.db");
    QCOMPARE(storetest::tamper(file, "PRAGMA application_id = 305419896; CREATE TABLE customers(id, name); "
                                     "CREATE TABLE orders(id, customer_id);"),
             QString());
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::NotOurs);
    VERIFY_MESSAGE(result, "is another application's SQLite database (application id 0x12345678, tables: "
                           "'customers', 'orders'), not an ASI Race scenario file");
}

void TestStoreBadFiles::emptySqliteDatabase()
{
    const QString file = m_dir->filePath("blank.db");
    QCOMPARE(storetest::tamper(file, "CREATE TABLE t(x); DROP TABLE t; VACUUM;"), QString());
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::NotOurs);
    VERIFY_MESSAGE(result, "is an empty SQLite database (no tables), not an ASI Race scenario file");
}

void TestStoreBadFiles::newerSchemaVersion()
{
    const QString file = goodFile("PRAGMA user_version = 7; UPDATE metadata SET value = '9.2.0' "
                                  "WHERE key = 'application_version';");
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::NewerVersion);
    VERIFY_MESSAGE(result, "was written by ASI Race 9.2.0 in schema version 7; this ASI Race");
    VERIFY_MESSAGE(result, QStringLiteral("reads schema versions up to %1. Update ASI Race to open it.")
                               .arg(store::kSchemaVersion));
}

void TestStoreBadFiles::rowsOutOfRange()
{
    const QString file = goodFile("UPDATE organisations SET mfu = 1.7 WHERE name = 'OpenAI' AND scenario_id = 1; "
                                  "UPDATE assumptions SET start_year = 2019.5 WHERE scenario_id = 2; "
                                  "UPDATE partnerships SET rofr = 3 WHERE org_a = 'Microsoft' AND org_b = 'OpenAI' "
                                  "AND scenario_id = 1;");
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    VERIFY_MESSAGE(result, "has 3 invalid values or rows; nothing was loaded");
    // Every problem, scenario by scenario in file order.
    QCOMPARE(joined(result.problems),
             QStringLiteral("scenario 'Evidence baseline': organisation 'OpenAI'.mfu: 1.7 is outside [0.05, 0.8]\n"
                            "scenario 'Evidence baseline': partnership 'Microsoft/OpenAI'.rofr: 3 is outside [0, 1]\n"
                            "scenario 'Meta MoE misstep': assumptions.start_year: 2019.5 is outside [2020, 2059]"));
}

void TestStoreBadFiles::textInNumericColumns()
{
    const QString file = goodFile("UPDATE organisations SET compute_h100e = 'lots' WHERE name = 'Meta' AND "
                                  "scenario_id = 1; UPDATE organisations SET colour = 42 WHERE name = 'xAI' AND "
                                  "scenario_id = 1; UPDATE assumptions SET end_year = x'00ff' WHERE scenario_id = 3;");
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    VERIFY_PROBLEM(result, "scenario 'Evidence baseline': organisation 'Meta'.compute_h100e: text \"lots\" is not a "
                           "number (allowed: [0, 1e+09])");
    VERIFY_PROBLEM(result, "scenario 'GPT-4.5 over-parameterized': assumptions.end_year: binary data is not a number");
    // A number in a TEXT column is stored as text by SQLite ('42'), then fails the colour rule.
    VERIFY_PROBLEM(result, "scenario 'Evidence baseline': organisation 'xAI'.colour: \"42\" is not a colour");
}

void TestStoreBadFiles::missingAssumptionsRow()
{
    const QString file = goodFile("DELETE FROM assumption_sources WHERE scenario_id = 4; "
                                  "DELETE FROM assumptions WHERE scenario_id = 4;");
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    QCOMPARE(joined(result.problems), QStringLiteral("scenario 'OpenAI-Microsoft split': assumptions: the row is missing"));
}

void TestStoreBadFiles::orphanRows()
{
    const QString file = goodFile("UPDATE organisations SET scenario_id = 99 WHERE name = 'Apple' AND scenario_id = 5;");
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    VERIFY_PROBLEM(result, "table 'organisations', row");
    VERIFY_PROBLEM(result, "scenario_id names no scenario in this file");
    // Apple's partnerships in scenario 5 now name a missing organisation.
    VERIFY_PROBLEM(result, "scenario 'Apple cloud bet': partnership 'Apple/Google DeepMind'.org_a: \"Apple\" names no organisation");
}

void TestStoreBadFiles::missingTable()
{
    const QString file = goodFile("DROP TABLE partnerships; ALTER TABLE organisation_sources DROP COLUMN source;");
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    VERIFY_MESSAGE(result, "does not have the tables of an ASI Race scenario file: table 'organisation_sources' has "
                           "no column 'source'; table 'partnerships' is missing");
}

void TestStoreBadFiles::missingFieldColumnTakesItsDefault()
{
    // A file written before a field existed: the field keeps its default, as
    // a missing key does in JSON, and the user is told.
    const QString file = goodFile("ALTER TABLE organisations DROP COLUMN caution;");
    const auto result = open(file);
    QVERIFY2(result.ok(), result.message.c_str());
    QCOMPARE(joined(result.warnings), QStringLiteral("table 'organisations' has no column 'caution' (written before "
                                                     "that field existed): its default value is used"));
    for (const auto &org : result.scenarios[0].organisations)
        QCOMPARE(org.caution, Organisation{}.caution);
}

void TestStoreBadFiles::extraTablesAreIgnoredWithAWarning()
{
    const QString file = goodFile("CREATE TABLE my_notes(text); INSERT INTO my_notes VALUES ('hello'); "
                                  "CREATE INDEX by_mfu ON organisations(mfu); "
                                  "ALTER TABLE organisations ADD COLUMN rating INTEGER;");
    const auto result = open(file);
    QVERIFY2(result.ok(), result.message.c_str());
    QCOMPARE(result.scenarios.size(), builtinScenarios().size());
    QCOMPARE(joined(result.warnings),
             QStringLiteral("ignored index 'by_mfu', which is not part of ASI Race files\n"
                            "ignored table 'my_notes', which is not part of ASI Race files\n"
                            "ignored column 'rating' of table 'organisations'"));
}

void TestStoreBadFiles::triggersAreRefusedWithoutRunningThem()
{
    // If anything wrote to the file (an upgrade, a trigger), the hash would change.
    const QString file = goodFile("CREATE TABLE log(x); "
                                  "CREATE TRIGGER spy AFTER UPDATE ON scenarios BEGIN INSERT INTO log VALUES (1); END; "
                                  "CREATE TRIGGER wipe AFTER INSERT ON organisations BEGIN DELETE FROM scenarios; END;");
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    VERIFY_MESSAGE(result, "contains trigger 'spy', trigger 'wipe'. ASI Race files never contain triggers, views or "
                           "virtual tables");
    VERIFY_MESSAGE(result, "it was not opened and nothing in it was run");
    QCOMPARE(storetest::queryText(file, "SELECT count(*) FROM log"), QStringLiteral("0"));
}

void TestStoreBadFiles::viewsAreRefused()
{
    const QString file = goodFile("CREATE VIEW labs AS SELECT name FROM organisations WHERE kind = 'lab';");
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    VERIFY_MESSAGE(result, "contains view 'labs'");
}

void TestStoreBadFiles::virtualTablesAreRefused()
{
    // A virtual table runs its module's code when read; ASI Race never reads one.
    const QString file = goodFile("CREATE VIRTUAL TABLE notes USING fts5(text);");
    const auto result = open(file);
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    VERIFY_MESSAGE(result, "contains virtual table 'notes'");
}

void TestStoreBadFiles::walModeFileOpensWithoutSidecars()
{
    // Read-only opening of a WAL-mode file would normally create -wal and -shm files.
    const QString file = goodFile("PRAGMA journal_mode = WAL;");
    QCOMPARE(storetest::queryText(file, "PRAGMA journal_mode"), QStringLiteral("wal"));
    QFile::remove(file + "-wal"); // the query above may leave them; start clean
    QFile::remove(file + "-shm");
    const auto result = open(file);
    QVERIFY2(result.ok(), result.message.c_str());
    QCOMPARE(result.scenarios.size(), builtinScenarios().size());
}

void TestStoreBadFiles::missingFileAndFolder()
{
    auto result = open(m_dir->filePath("nowhere.db"));
    QCOMPARE(result.kind, StoreErrorKind::Unreadable);
    VERIFY_MESSAGE(result, "cannot open");
    result = loadScenarioFile(m_dir->path().toStdString());
    QCOMPARE(result.kind, StoreErrorKind::Unreadable);
    VERIFY_MESSAGE(result, "is a folder, not a scenario file");
}

void TestStoreBadFiles::sidecarFilesAreIgnoredWithAWarning()
{
    const QString file = goodFile();
    QFile wal(file + "-wal");
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write(QByteArray(4096, '\x01'));
    wal.close();
    const auto result = open(file);
    QVERIFY2(result.ok(), result.message.c_str());
    QVERIFY2(joined(result.warnings).contains("scenarios.db-wal' beside the file: changes kept only there are not "
                                              "shown"),
             qPrintable(joined(result.warnings)));
}

void TestStoreBadFiles::randomDamageNeverCrashesOrLoadsHalf()
{
    // Bytes overwritten at random places: opening either fails with a message
    // or (when the damage hit unused space) returns every scenario intact.
    const QString pristine = m_dir->filePath("pristine.db");
    QVERIFY(QFile::copy(goodFile(), pristine));
    const qint64 size = QFile(pristine).size();
    auto *random = QRandomGenerator::global();
    int refused = 0;
    for (int round = 0; round < 150; ++round) {
        const QString file = m_dir->filePath("damaged.db");
        QFile::remove(file);
        QVERIFY(QFile::copy(pristine, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        for (int hit = 0; hit < 1 + round % 4; ++hit) {
            const qint64 at = round % 3 == 0 ? random->bounded(100) : random->bounded(size);
            QVERIFY(storetest::overwriteBytes(file, at, 1 + random->bounded(16), char(random->bounded(256))));
        }
        const auto result = open(file);
        if (!result.ok()) {
            ++refused;
            QVERIFY(!result.message.empty());
        } else {
            QCOMPARE(result.scenarios.size(), builtinScenarios().size());
        }
    }
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestStoreBadFiles)
#include "tst_storebadfiles.moc"
