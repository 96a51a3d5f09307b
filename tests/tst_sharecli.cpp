// asirace-cli merge and diff (issue 14): diff of a file against itself prints
// nothing; after one --set-style change saved into a copy it lists exactly that
// input, with its label and unit; scenarios only in one file are listed; merge
// brings scenarios in under free names, never replacing one, and leaves the
// other file byte for byte as it was. Exit codes: 0 ok, 1 invalid, 2 unreadable.
#include "builtinscenarios.h"
#include "clirunner.h"
#include "fieldpath.h"
#include "scenariostore.h"
#include "storetestutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace asirace;

namespace {

// A copy of `from` with one input changed, as `--set PATH=VALUE` would change
// it, saved through the store.
void saveWithOneSet(const QString &from, const QString &to, const std::string &scenario, const std::string &assignment)
{
    auto loaded = loadScenarioFile(from.toStdString());
    QVERIFY2(loaded.ok(), loaded.message.c_str());
    bool found = false;
    for (auto &s : loaded.scenarios) {
        if (s.name != scenario)
            continue;
        found = true;
        const auto error = applyAssignment(s, assignment);
        QVERIFY2(!error, error ? error->message.c_str() : "");
    }
    QVERIFY(found);
    const auto saved = saveScenarioFile(to.toStdString(), loaded.scenarios);
    QVERIFY2(saved.ok, saved.message.c_str());
}

const Scenario *builtin(const std::string &name)
{
    for (const auto &s : builtinScenarios())
        if (s.name == name)
            return &s;
    qFatal("no built-in scenario %s", name.c_str());
}

Scenario authored(Scenario s, const std::string &author)
{
    s.author = author;
    return s;
}

} // namespace

class TestShareCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void diffOfAFileWithItselfPrintsNothing();
    void diffAfterOneSetListsExactlyThatInput();
    void diffListsScenariosOnlyInOneFile();
    void diffExitCodes();
    void mergeRenamesAClashAndLeavesTheOtherFileAlone();
    void mergeExitCodes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_base;
};

void TestShareCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_base = m_dir->filePath("base.db");
    const auto run = clitest::runCli({"new", m_base});
    CLI_VERIFY_EXIT(run, 0);
}

void TestShareCli::diffOfAFileWithItselfPrintsNothing()
{
    for (const QStringList &extra : {QStringList{}, QStringList{"--json"}}) {
        const auto run = clitest::runCli(QStringList{"diff", m_base, m_base} + extra);
        CLI_VERIFY_EXIT(run, 0);
        if (extra.isEmpty()) {
            QCOMPARE(run.out, QByteArray());
        } else {
            const auto doc = clitest::parse(run.out);
            QVERIFY(doc["scenarios"].toArray().isEmpty());
            QVERIFY(doc["only_in_a"].toArray().isEmpty());
            QVERIFY(doc["only_in_b"].toArray().isEmpty());
        }
    }
    // A copy saved again (new times) is still no difference: times and provenance are not inputs.
    const QString copy = m_dir->filePath("copy.db");
    auto loaded = loadScenarioFile(m_base.toStdString());
    for (auto &s : loaded.scenarios) {
        s.modified.clear();
        s.author = "Someone else";
    }
    QVERIFY(saveScenarioFile(copy.toStdString(), loaded.scenarios).ok);
    const auto run = clitest::runCli({"diff", m_base, copy});
    CLI_VERIFY_EXIT(run, 0);
    QCOMPARE(run.out, QByteArray());
}

void TestShareCli::diffAfterOneSetListsExactlyThatInput()
{
    const QString changed = m_dir->filePath("changed.db");
    const auto *mfu = resolveNumericPath(defaultScenario(), "OpenAI.mfu")->value;
    const double newMfu = *mfu + 0.05;
    saveWithOneSet(m_base, changed, defaultScenario().name, "OpenAI.mfu=" + formatValue(newMfu));

    const auto run = clitest::runCli({"diff", m_base, changed});
    CLI_VERIFY_EXIT(run, 0);
    const QStringList lines = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("scenario 'Evidence baseline':"));
    QVERIFY2(lines[1].contains("OpenAI: MFU [OpenAI.mfu]"), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(QString::fromStdString(formatValue(*mfu) + " -> " + formatValue(newMfu))),
             qPrintable(lines[1]));
    const auto unit = resolveNumericPath(defaultScenario(), "OpenAI.mfu")->unit;
    QVERIFY2(lines[1].endsWith(QStringLiteral("(%1)").arg(QString::fromUtf8(unit.data(), qsizetype(unit.size())))),
             qPrintable(lines[1]));

    const auto json = clitest::runCli({"diff", m_base, changed, "--json"});
    CLI_VERIFY_EXIT(json, 0);
    const auto doc = clitest::parse(json.out);
    const QJsonArray scenarios = doc["scenarios"].toArray();
    QCOMPARE(scenarios.size(), 1);
    const QJsonArray changes = scenarios[0].toObject()["changes"].toArray();
    QCOMPARE(changes.size(), 1);
    const auto change = changes[0].toObject();
    QCOMPARE(change["path"].toString(), QStringLiteral("OpenAI.mfu"));
    QCOMPARE(change["kind"].toString(), QStringLiteral("input"));
    QCOMPARE(change["label"].toString(), QStringLiteral("OpenAI: MFU"));
    QCOMPARE(change["a"].toDouble(), *mfu);
    QCOMPARE(change["b"].toDouble(), newMfu);

    // --scenario limits the comparison: another scenario shows nothing.
    const auto other = clitest::runCli({"diff", m_base, changed, "--scenario", "Patel's view"});
    CLI_VERIFY_EXIT(other, 0);
    QCOMPARE(other.out, QByteArray());
}

void TestShareCli::diffListsScenariosOnlyInOneFile()
{
    const QString small = m_dir->filePath("small.db");
    Scenario extra = defaultScenario();
    extra.name = "Ana's bet";
    extra.events.push_back({2028, 3, "Meta.mfu", 0.2, "assumption: a bad run"});
    QVERIFY(saveScenarioFile(small.toStdString(), {defaultScenario(), extra}).ok);
    const auto run = clitest::runCli({"diff", m_base, small, "--json"});
    CLI_VERIFY_EXIT(run, 0);
    const auto doc = clitest::parse(run.out);
    QVERIFY(doc["scenarios"].toArray().isEmpty());
    QCOMPARE(doc["only_in_b"].toArray().size(), 1);
    QCOMPARE(doc["only_in_b"].toArray()[0].toString(), QStringLiteral("Ana's bet"));
    QCOMPARE(doc["only_in_a"].toArray().size(), int(builtinScenarios().size()) - 1);
    const auto text = clitest::runCli({"diff", m_base, small});
    QVERIFY(text.out.contains("only in '" + small.toUtf8() + "': scenario 'Ana's bet'"));

    // An event and a distribution that differ are listed with labels.
    Scenario withEvent = defaultScenario();
    withEvent.events.push_back({2028, 3, "Meta.mfu", 0.2, "assumption: a bad run"});
    withEvent.distributions.pop_back();
    const QString eventFile = m_dir->filePath("event.db");
    QVERIFY(saveScenarioFile(eventFile.toStdString(), {withEvent}).ok);
    const auto events = clitest::runCli({"diff", m_base, eventFile, "--scenario", "Evidence baseline", "--json"});
    CLI_VERIFY_EXIT(events, 0);
    const QJsonArray changes = clitest::parse(events.out)["scenarios"].toArray()[0].toObject()["changes"].toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].toObject()["kind"].toString(), QStringLiteral("distribution"));
    QCOMPARE(changes[1].toObject()["kind"].toString(), QStringLiteral("event"));
    QCOMPARE(changes[1].toObject()["label"].toString(), QStringLiteral("event 2028-03 Meta: MFU"));
    QCOMPARE(changes[1].toObject()["b"].toString(), QStringLiteral("= 0.2"));
}

void TestShareCli::diffExitCodes()
{
    CLI_VERIFY_EXIT(clitest::runCli({"diff", m_base, m_dir->filePath("missing.db")}), 2);
    CLI_VERIFY_EXIT(clitest::runCli({"diff", m_base}), 1);
    CLI_VERIFY_EXIT(clitest::runCli({"diff", m_base, m_base, "--scenario", "No such"}), 1);
    const QString bad = m_dir->filePath("bad.db");
    QVERIFY(saveScenarioFile(bad.toStdString(), builtinScenarios()).ok);
    QCOMPARE(storetest::tamper(bad, "UPDATE organisations SET mfu = 1.7 WHERE name = 'OpenAI'"), QString());
    const auto run = clitest::runCli({"diff", m_base, bad});
    CLI_VERIFY_EXIT(run, 1);
    QVERIFY(run.out.isEmpty());
}

void TestShareCli::mergeRenamesAClashAndLeavesTheOtherFileAlone()
{
    // Ana's file: her Patel's view (a changed input) and a scenario of her own.
    const QString ana = m_dir->filePath("ana.db");
    Scenario patel = *builtin("Patel's view");
    patel = authored(patel, "Ana");
    applyAssignment(patel, "assumptions.alg_halving_months=9");
    Scenario bet = authored(defaultScenario(), "Ana");
    bet.name = "Ana's bet";
    bet.events.push_back({2028, 3, "Meta.mfu", 0.2, "assumption: a bad run"});
    Scenario anonymous = defaultScenario(); // no author: a clash is named after the file
    QVERIFY(saveScenarioFile(ana.toStdString(), {patel, bet, anonymous}).ok);
    QFile::setPermissions(ana, QFile::ReadOwner); // merge never needs to write it
    const QByteArray before = storetest::sha256(ana);

    const auto run = clitest::runCli({"merge", m_base, ana, "--scenario", "Patel's view", "--scenario", "Ana's bet",
                                      "--scenario", "Evidence baseline", "--json"});
    CLI_VERIFY_EXIT(run, 0);
    const QJsonArray imported = clitest::parse(run.out)["imported"].toArray();
    QCOMPARE(imported.size(), 3);
    QCOMPARE(imported[0].toObject()["name"].toString(), QStringLiteral("Patel's view (from Ana)"));
    QCOMPARE(imported[0].toObject()["from_name"].toString(), QStringLiteral("Patel's view"));
    QVERIFY(imported[0].toObject()["renamed"].toBool());
    QCOMPARE(imported[0].toObject()["author"].toString(), QStringLiteral("Ana"));
    QCOMPARE(imported[1].toObject()["name"].toString(), QStringLiteral("Ana's bet"));
    QVERIFY(!imported[1].toObject()["renamed"].toBool());
    QCOMPARE(imported[2].toObject()["name"].toString(), QStringLiteral("Evidence baseline (from ana.db)"));
    QCOMPARE(storetest::sha256(ana), before);

    const auto merged = loadScenarioFile(m_base.toStdString());
    QVERIFY2(merged.ok(), merged.message.c_str());
    QCOMPARE(merged.scenarios.size(), builtinScenarios().size() + 3);
    const auto find = [&](const std::string &name) -> const Scenario * {
        for (const auto &s : merged.scenarios)
            if (s.name == name)
                return &s;
        return nullptr;
    };
    // The file's own Patel's view is untouched; Ana's came in whole.
    QCOMPARE(find("Patel's view")->assumptions.alg_halving_months,
             builtin("Patel's view")->assumptions.alg_halving_months);
    QCOMPARE(find("Patel's view (from Ana)")->assumptions.alg_halving_months, 9.0);
    QCOMPARE(find("Patel's view (from Ana)")->distributions.size(), patel.distributions.size());
    QCOMPARE(find("Patel's view (from Ana)")->events.size(), patel.events.size());
    QCOMPARE(find("Ana's bet")->events.size(), bet.events.size());

    // The text form says what came in under which name; a second merge numbers the rename.
    const auto again = clitest::runCli({"merge", m_base, ana, "--scenario", "Patel's view"});
    CLI_VERIFY_EXIT(again, 0);
    QCOMPARE(again.out, QByteArray("'Patel's view' as 'Patel's view (from Ana) 2' (the name was taken)\n"));
    QCOMPARE(storetest::sha256(ana), before);
}

void TestShareCli::mergeExitCodes()
{
    const QString ana = m_dir->filePath("ana.db");
    QVERIFY(saveScenarioFile(ana.toStdString(), {defaultScenario()}).ok);
    const QByteArray into = storetest::sha256(m_base);
    CLI_VERIFY_EXIT(clitest::runCli({"merge", m_base, ana, "--scenario", "No such"}), 1);
    CLI_VERIFY_EXIT(clitest::runCli({"merge", m_base, m_dir->filePath("missing.db")}), 2);
    CLI_VERIFY_EXIT(clitest::runCli({"merge", m_dir->filePath("missing.db"), ana}), 2);
    CLI_VERIFY_EXIT(clitest::runCli({"merge", m_base}), 1);
    const QString notOurs = m_dir->filePath("notes.db");
    QVERIFY(clitest::writeFile(notOurs, "just some text, not a database"));
    CLI_VERIFY_EXIT(clitest::runCli({"merge", m_base, notOurs}), 2);
    QCOMPARE(storetest::tamper(ana, "UPDATE organisations SET mfu = 1.7 WHERE name = 'OpenAI'"), QString());
    CLI_VERIFY_EXIT(clitest::runCli({"merge", m_base, ana}), 1);
    CLI_VERIFY_EXIT(clitest::runCli({"merge", m_base, m_base}), 1); // a file into itself
    QCOMPARE(storetest::sha256(m_base), into); // nothing failed half-way into the file
}

QTEST_GUILESS_MAIN(TestShareCli)
#include "tst_sharecli.moc"
