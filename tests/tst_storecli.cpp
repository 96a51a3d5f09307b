// asirace-cli's scenario file commands, driven as a user or script would:
// new, list, validate, export-json, import-json and run FILE.db, with their
// exit codes (0 ok, 1 invalid content or arguments, 2 unreadable or not ours)
// and the messages on stderr.
#include "builtinscenarios.h"
#include "clirunner.h"
#include "storetestutil.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace asirace;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(ASIRACE_BIN_DIR "/asirace-cli"), args);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

using clitest::writeFile;

} // namespace

#define VERIFY_RUN(run, code) CLI_VERIFY_EXIT(run, code)

class TestStoreCli : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_dir = new QTemporaryDir; }
    void cleanup() { delete m_dir; }

    void newWritesTheBuiltinsAndRefusesToOverwrite();
    void listPrintsNamesOnePerLine();
    void validateReportsEveryProblemWithExitCodes();
    void validateWithoutFileChecksTheBuiltins();
    void exportJsonPrintsTheFileOrOneScenario();
    void importJsonChecksEverythingFirst();
    void jsonRoundTripThroughTheCli();
    void runReadsScenariosFromTheFile();

private:
    QString file(const char *name) const { return m_dir->filePath(name); }
    QTemporaryDir *m_dir = nullptr;
};

void TestStoreCli::newWritesTheBuiltinsAndRefusesToOverwrite()
{
    auto run = cli({"new", file("a.db")});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QStringLiteral("wrote %1 built-in scenarios to %2\n").arg(builtinScenarios().size()).arg(file("a.db")));
    const QByteArray hash = storetest::sha256(file("a.db"));

    run = cli({"new", file("a.db")});
    VERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains("already exists; add --force to replace it"), qPrintable(run.err));
    QCOMPARE(storetest::sha256(file("a.db")), hash);

    VERIFY_RUN(cli({"new", file("a.db"), "--force"}), 0);
    VERIFY_RUN(cli({"new"}), 1);
    VERIFY_RUN(cli({"new", file("no-such-folder/a.db")}), 2);
    QCOMPARE(storetest::folderEntries(m_dir->path()), QStringList{"a.db"});
}

void TestStoreCli::listPrintsNamesOnePerLine()
{
    VERIFY_RUN(cli({"new", file("a.db")}), 0);
    const auto run = cli({"list", file("a.db")});
    VERIFY_RUN(run, 0);
    QStringList expected;
    for (const auto &s : builtinScenarios())
        expected << QString::fromStdString(s.name);
    QCOMPARE(run.out, expected.join('\n') + '\n');

    QVERIFY(writeFile(file("text.db"), "just text\n"));
    const auto notOurs = cli({"list", file("text.db")});
    VERIFY_RUN(notOurs, 2);
    QVERIFY2(notOurs.err.contains("is not an SQLite database"), qPrintable(notOurs.err));
    QVERIFY(notOurs.out.isEmpty());
    VERIFY_RUN(cli({"list", file("missing.db")}), 2);
}

void TestStoreCli::validateReportsEveryProblemWithExitCodes()
{
    VERIFY_RUN(cli({"new", file("a.db")}), 0);
    auto run = cli({"validate", file("a.db")});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QStringLiteral("%1 scenarios, 0 problems\n").arg(builtinScenarios().size()));

    QCOMPARE(storetest::tamper(file("a.db"), "UPDATE organisations SET mfu = 1.7 WHERE name = 'OpenAI' AND "
                                             "scenario_id = 1; UPDATE organisations SET willpower = 'high' "
                                             "WHERE name = 'xAI' AND scenario_id = 2;"),
             QString());
    const QByteArray hash = storetest::sha256(file("a.db"));
    run = cli({"validate", file("a.db")});
    VERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains("scenario 'Evidence baseline': organisation 'OpenAI'.mfu: 1.7 is outside [0.05, 0.8]"),
             qPrintable(run.err));
    QVERIFY2(run.err.contains("scenario 'Meta MoE misstep': organisation 'xAI'.willpower: text \"high\" is not a number"),
             qPrintable(run.err));
    QCOMPARE(run.out, QStringLiteral("2 problems\n"));
    QCOMPARE(storetest::sha256(file("a.db")), hash);

    QCOMPARE(storetest::tamper(file("a.db"), "PRAGMA user_version = 99;"), QString()); // newer than any build
    run = cli({"validate", file("a.db")});
    VERIFY_RUN(run, 2);
    QVERIFY2(run.err.contains("Update ASI Race to open it."), qPrintable(run.err));

    QVERIFY(writeFile(file("empty.db"), ""));
    VERIFY_RUN(cli({"validate", file("empty.db")}), 2);
}

void TestStoreCli::validateWithoutFileChecksTheBuiltins()
{
    const auto run = cli({"validate"});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QStringLiteral("%1 scenarios, 0 problems\n").arg(builtinScenarios().size()));
}

void TestStoreCli::exportJsonPrintsTheFileOrOneScenario()
{
    VERIFY_RUN(cli({"new", file("a.db")}), 0);
    auto run = cli({"export-json", file("a.db")});
    VERIFY_RUN(run, 0);
    const auto whole = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(whole["format"].get<std::string>(), std::string("asirace-scenarios"));
    QCOMPARE(whole["scenarios"].size(), builtinScenarios().size());

    run = cli({"export-json", file("a.db"), "--scenario", "Apple cloud bet"});
    VERIFY_RUN(run, 0);
    const auto one = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(one["scenarios"].size(), size_t(1));
    QCOMPARE(one["scenarios"][0]["name"].get<std::string>(), std::string("Apple cloud bet"));

    run = cli({"export-json", file("a.db"), "--scenario", "Nope"});
    VERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains("no scenario named 'Nope'") && run.err.contains("available: 'Evidence baseline', "),
             qPrintable(run.err));
}

void TestStoreCli::importJsonChecksEverythingFirst()
{
    VERIFY_RUN(cli({"new", file("a.db")}), 0);
    const auto exported = cli({"export-json", file("a.db")});
    auto document = nlohmann::json::parse(exported.out.toStdString());
    document["scenarios"][0]["organisations"][3]["mfu"] = 1.7;
    document["scenarios"][1]["organisations"][0]["typo"] = 1;
    QVERIFY(writeFile(file("bad.json"), QByteArray::fromStdString(document.dump(2))));

    auto run = cli({"import-json", file("bad.json"), "--out", file("bad.db")});
    VERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains("/scenarios/0/organisations/3/mfu: 1.7 is outside [0.05, 0.8]"), qPrintable(run.err));
    QVERIFY2(run.err.contains("/scenarios/1/organisations/0/typo: unknown key"), qPrintable(run.err));
    QVERIFY(!QFile::exists(file("bad.db")));

    QVERIFY(writeFile(file("good.json"), exported.out.toUtf8()));
    VERIFY_RUN(cli({"import-json", file("good.json")}), 1); // --out is required
    run = cli({"import-json", file("good.json"), "--out", file("a.db")});
    VERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains("already exists; add --force"), qPrintable(run.err));
    run = cli({"import-json", file("good.json"), "--out", file("a.db"), "--force"});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QStringLiteral("imported %1 scenarios into %2\n").arg(builtinScenarios().size()).arg(file("a.db")));
    VERIFY_RUN(cli({"import-json", file("missing.json"), "--out", file("m.db")}), 2);
}

void TestStoreCli::jsonRoundTripThroughTheCli()
{
    VERIFY_RUN(cli({"new", file("a.db")}), 0);
    const auto first = cli({"export-json", file("a.db")});
    QVERIFY(writeFile(file("a.json"), first.out.toUtf8()));
    VERIFY_RUN(cli({"import-json", file("a.json"), "--out", file("b.db")}), 0);
    const auto second = cli({"export-json", file("b.db")});
    VERIFY_RUN(second, 0);
    QCOMPARE(second.out, first.out);
}

void TestStoreCli::runReadsScenariosFromTheFile()
{
    VERIFY_RUN(cli({"new", file("a.db")}), 0);
    auto run = cli({"run", file("a.db"), "--scenario", "Apple cloud bet"});
    VERIFY_RUN(run, 0);
    QVERIFY(!run.out.isEmpty());
    VERIFY_RUN(cli({"run", file("a.db")}), 0); // the first scenario

    run = cli({"run", file("a.db"), "--scenario", "Nope"});
    VERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains("no scenario named 'Nope'") && run.err.contains("available: 'Evidence baseline'"),
             qPrintable(run.err));

    QVERIFY(writeFile(file("text.db"), "not a database"));
    run = cli({"run", file("text.db")});
    VERIFY_RUN(run, 2);
    QVERIFY2(run.err.contains("is not an SQLite database"), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
