// Inputs a hostile user crafts, driven through asirace-cli as a script would:
// each must end in exit 1 or 2 with a message on stderr, never a crash, a
// hang or a raw library exception (issue 13).
#include "builtinscenarios.h"
#include "clirunner.h"
#include "scenariostore.h"
#include "storetestutil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using clitest::runCli;
using clitest::writeFile;

namespace {

QByteArray nested(const QByteArray &open, const QByteArray &close, int depth, const QByteArray &inner = {})
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

// Keys nlohmann_json would silently let the last one win, and a version get<int>() wraps.
void addDuplicateKeyAndVersionRows()
{
    QTest::newRow("scenario name") << QByteArray(R"({"name": "A", "description": "", "name": "B"})")
                                   << R"(/name: the key "name" appears twice in this object)";
    QTest::newRow("nested") << QByteArray(R"({"format": "asirace-scenarios", "version": 1, "scenarios": [{"name": "A"},)"
                                          R"( {"name": "B", "organisations": [{}, {"mfu": 0.3, "mfu": 0.5}]}]})")
                            << R"(/scenarios/1/organisations/1/mfu: the key "mfu" appears twice in this object)";
    QTest::newRow("version 2^64 - 2^32 + 1")
        << QByteArray(R"({"format": "asirace-scenarios", "version": 18446744069414584321, "scenarios": []})")
        << "/version: 18446744069414584321 is not a format version";
    QTest::newRow("too deep") << QByteArray("{\"name\": " + nested("[", "]", 65) + "}")
                              << "/name" + QString("/0").repeated(63) + ": is nested deeper than 64 levels";
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_dir = new QTemporaryDir; }
    void cleanup() { delete m_dir; }

    void hostileJsonIsRefusedWithAPointer_data();
    void hostileJsonIsRefusedWithAPointer();
    void manyInvalidScenariosAreReportedCompleteAndInFileOrder();
    void invalidUtf8InADbIsRefusedNamingTheField();
    void controlCharactersInNamesAreRefused();
    void virtualTableBehindACommentIsRefused();
    void staleTempFilesOfADeadSaveAreRemoved();
    void aFileNameOf255BytesSaves();
    void aReadOnlyFileIsRefusedInPlainWords();
    void concurrentNewRunsExactlyOneWins_data();
    void concurrentNewRunsExactlyOneWins();

private:
    QString file(const char *name) const { return m_dir->filePath(name); }
    QTemporaryDir *m_dir = nullptr;
};

void TestHostileInput::hostileJsonIsRefusedWithAPointer_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("problem");
    addDuplicateKeyAndVersionRows();
    // 65k levels is the fuzzer's find; 400k overflows the stack of an optimised
    // build too, had the message been made by the recursive dump().
    for (int depth : {65536, 400000}) {
        const QByteArray deep = nested("[", "]", depth);
        QTest::addRow("name, %d deep", depth)
            << "{\"scenarios\": [{\"name\": " + deep + "}]}" << QStringLiteral("/scenarios/0/name");
        QTest::addRow("format, %d deep", depth) << "{\"format\": " + deep + ", \"scenarios\": []}" << "/format";
        QTest::addRow("mfu, %d deep", depth)
            << "{\"name\": \"x\", \"organisations\": [{\"mfu\": " + nested("{\"a\":", "}", depth / 4, "{}") + "}]}"
            << QStringLiteral("/organisations/0/mfu");
    }
}

// Exit 1, the problem at its pointer, a message of bounded size, nothing written.
void TestHostileInput::hostileJsonIsRefusedWithAPointer()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, problem);
    QVERIFY(writeFile(file("in.json"), document));
    const auto run = runCli({"import-json", file("in.json"), "--out", file("out.db")});
    CLI_VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(problem), qPrintable(run.err.left(2000)));
    QVERIFY2(run.err.size() < 4000, qPrintable(QString::number(run.err.size())));
    QVERIFY(!QFile::exists(file("out.db")));
}

// The speed of this is measured by bench_store (BM_OpenManyInvalidScenarios);
// here: every problem is there, the file's own first, then scenario by scenario.
void TestHostileInput::manyInvalidScenariosAreReportedCompleteAndInFileOrder()
{
    const int broken = 3000;
    const QString path = file("invalid.db");
    QVERIFY(asirace::saveScenarioFile(path.toStdString(), asirace::builtinScenarios()).ok);
    QCOMPARE(storetest::tamper(path, QStringLiteral(
                 "INSERT INTO scenarios (name, description, created, modified) "
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                 "SELECT 'Broken ' || i, '', '', '' FROM n;"
                 "UPDATE organisations SET mfu = 1.7 WHERE scenario_id = 1;"
                 "INSERT INTO distributions VALUES (999999, 424242, 'x', 'fixed', 0, 0, 0, 0, 0, '', 0);")
                                         .arg(broken)),
             QString());
    const auto result = asirace::loadScenarioFile(path.toStdString());
    QCOMPARE(result.kind, asirace::StoreErrorKind::InvalidContent);
    QVERIFY(result.scenarios.empty());

    QStringList problems;
    for (const auto &p : result.problems)
        problems << QString::fromStdString(p);
    QVERIFY2(problems.front().startsWith("table 'distributions', row 999999"), qPrintable(problems.front()));
    QVERIFY2(problems.at(1).startsWith("scenario 'Evidence baseline': organisation"), qPrintable(problems.at(1)));
    int missing = 0, last = 0;
    for (const auto &p : problems) {
        if (!p.startsWith("scenario 'Broken "))
            continue;
        const int n = p.section(QLatin1Char('\''), 1, 1).mid(7).toInt();
        QVERIFY2(n >= last, qPrintable(p));
        last = n;
        missing += p.endsWith(": assumptions: the row is missing") ? 1 : 0;
    }
    QCOMPARE(missing, broken);
    QCOMPARE(last, broken);
}

// SQLite keeps any bytes as TEXT; JSON export and run --json need UTF-8.
void TestHostileInput::invalidUtf8InADbIsRefusedNamingTheField()
{
    QVERIFY(runCli({"new", file("a.db")}).exitCode == 0);
    QCOMPARE(storetest::tamper(file("a.db"), "UPDATE scenarios SET description = CAST(X'41C328FF' AS TEXT) WHERE id = 1;"
                                             "UPDATE organisations SET name = CAST(X'4D65C0AF' AS TEXT) "
                                             "WHERE scenario_id = 2 AND name = 'Meta';"),
             QString());
    for (const char *command : {"validate", "export-json", "list", "run"}) {
        const auto run = runCli({command, file("a.db")});
        CLI_VERIFY_EXIT(run, 1);
        QVERIFY2(run.err.contains("scenario 'Evidence baseline'.description: \"A?(?\" is not valid UTF-8 text (byte 2)"),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains("organisation 'Me?" "?'.name: \"Me?" "?\" is not valid UTF-8 text (byte 3)"),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains("json.exception"), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QChar(0xFFFD)), qPrintable(run.err)); // the message itself is UTF-8
    }
}

// Names reach terminals (list, run, every message): no escape sequences.
void TestHostileInput::controlCharactersInNamesAreRefused()
{
    QVERIFY(runCli({"new", file("a.db")}).exitCode == 0);
    QCOMPARE(storetest::tamper(file("a.db"), "UPDATE scenarios SET name = 'Evil' || char(27) || ']0;owned' || char(7) "
                                             "WHERE id = 1;"),
             QString());
    for (const char *command : {"list", "validate", "run"}) {
        const auto run = runCli({command, file("a.db")});
        CLI_VERIFY_EXIT(run, 1);
        QVERIFY2(run.err.contains("scenario 'Evil?]0;owned?'.name: \"Evil?]0;owned?\" contains a control character "
                                  "(byte 5)"),
                 qPrintable(run.err));
        QVERIFY(!run.out.contains('\x1b') && !run.err.contains(QChar(0x1b)) && !run.err.contains(QChar(7)));
    }

    // The same in JSON, where \u001b is legal syntax; prose may still break lines.
    QVERIFY(writeFile(file("evil.json"), R"({"name": "Evil\u001b[2J", "description": "two\nlines"})"));
    auto run = runCli({"import-json", file("evil.json"), "--out", file("evil.db")});
    CLI_VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains("/name: \"Evil?[2J\" contains a control character (byte 5)"), qPrintable(run.err));
    QVERIFY2(!run.err.contains("/description"), qPrintable(run.err));
    QVERIFY(!QFile::exists(file("evil.db")));
}

void TestHostileInput::virtualTableBehindACommentIsRefused()
{
    QVERIFY(runCli({"new", file("a.db")}).exitCode == 0);
    QCOMPARE(storetest::tamper(file("a.db"), "CREATE /*x*/ VIRTUAL TABLE notes USING fts5(text);"), QString());
    const auto run = runCli({"validate", file("a.db")});
    CLI_VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains("contains virtual table 'notes'"), qPrintable(run.err));
}

// A killed save leaves ".NAME.tmp-XXXXXXXX"; the next save to NAME removes
// it, and nothing else: not a live save's (locked), not a fresh one, not
// another program's file, not another target's.
void TestHostileInput::staleTempFilesOfADeadSaveAreRemoved()
{
    const std::string target = file("a.db").toStdString();
    auto make = [&](const char *name, bool old) {
        const QString path = file(name);
        QVERIFY(writeFile(path, "partial"));
        if (old) {
            const struct timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
            QCOMPARE(::utimensat(AT_FDCWD, path.toLocal8Bit().constData(), times, 0), 0);
        }
    };
    make(".a.db.tmp-0123abcd", true);  // dead writer
    make(".a.db.tmp-89abcdef", true);  // live writer: locked below
    make(".a.db.tmp-fedcba98", false); // just created, not locked yet
    make(".a.db.tmp-notours1", true);  // not our name
    make(".b.db.tmp-0123abcd", true);  // another target's
    const int live = ::open(file(".a.db.tmp-89abcdef").toLocal8Bit().constData(), O_RDONLY);
    QVERIFY(live >= 0 && ::flock(live, LOCK_EX) == 0);
    QVERIFY(asirace::saveScenarioFile(target, asirace::builtinScenarios()).ok);
    ::close(live);
    const QStringList left = storetest::folderEntries(m_dir->path());
    QVERIFY2(!left.contains(".a.db.tmp-0123abcd"), qPrintable(left.join(' ')));
    for (const char *kept : {".a.db.tmp-89abcdef", ".a.db.tmp-fedcba98", ".a.db.tmp-notours1", ".b.db.tmp-0123abcd"})
        QVERIFY2(left.contains(kept), kept);
}

void TestHostileInput::aFileNameOf255BytesSaves()
{
    for (const QString &name : {QString(252, 'n') + ".db", QString(125, QChar(0xE9)) + "xy.db"}) { // ASCII; 2-byte é
        QCOMPARE(name.toUtf8().size(), 255);
        const std::string path = m_dir->filePath(name).toStdString();
        const auto saved = asirace::saveScenarioFile(path, asirace::builtinScenarios());
        QVERIFY2(saved.ok, saved.message.c_str());
        QVERIFY(asirace::saveScenarioFile(path, asirace::builtinScenarios()).ok); // over itself too
        QVERIFY(asirace::loadScenarioFile(path).ok());
    }
    QCOMPARE(storetest::folderEntries(m_dir->path()).filter(".tmp-").size(), 0);
}

void TestHostileInput::aReadOnlyFileIsRefusedInPlainWords()
{
    QVERIFY(runCli({"new", file("a.db")}).exitCode == 0);
    QVERIFY(QFile::setPermissions(file("a.db"), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = storetest::sha256(file("a.db"));
    const auto run = runCli({"new", file("a.db"), "--force"});
    CLI_VERIFY_EXIT(run, 2);
    QVERIFY2(run.err.contains("'" + file("a.db") + "': the file is read-only; save under another name, or make it "
                                                   "writable first"),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains("readonly database"), qPrintable(run.err));
    QCOMPARE(storetest::sha256(file("a.db")), before);
}

void TestHostileInput::concurrentNewRunsExactlyOneWins_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("new") << QStringList{"new"};
    QTest::newRow("import-json") << QStringList{"import-json", QStringLiteral(ASIRACE_TEST_DATA "/scenarios-v1.json"),
                                                "--out"};
}

// Both runs pass the early "already exists?" look together; the publish
// itself must refuse to replace what the other run put there.
void TestHostileInput::concurrentNewRunsExactlyOneWins()
{
    QFETCH(QStringList, command);
    for (int trial = 0; trial < 12; ++trial) {
        const QString target = m_dir->filePath(QStringLiteral("race-%1.db").arg(trial));
        QProcess runs[2];
        for (auto &run : runs)
            run.start(QStringLiteral(ASIRACE_BIN_DIR "/asirace-cli"), command + QStringList{target});
        int won = 0, refused = 0;
        for (auto &run : runs) {
            QVERIFY(run.waitForFinished(60000));
            const QString err = QString::fromUtf8(run.readAllStandardError());
            if (run.exitCode() == 0)
                ++won;
            else if (run.exitCode() == 1 && err.contains("already exists; add --force to replace it"))
                ++refused;
            else
                QFAIL(qPrintable(QString("exit %1: %2").arg(run.exitCode()).arg(err)));
        }
        QCOMPARE(won, 1);
        QCOMPARE(refused, 1);
        QVERIFY(asirace::loadScenarioFile(target.toStdString()).ok());
        QCOMPARE(storetest::folderEntries(m_dir->path()).filter(".tmp-").size(), 0);
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
