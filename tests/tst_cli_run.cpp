// The `run` and `scaling` commands of the built asirace-cli, as scripts use
// them: JSON keys and shapes, exit codes, and --set errors naming the range.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using clitest::parse;
using clitest::runCli;

class TestCliRun : public QObject
{
    Q_OBJECT
private slots:
    void guiHelpAndVersionNeedNoDisplay();
    void runJsonHasTheContractKeys();
    void runJsonRankingIsConsistent();
    void setChangesTheOutcome();
    void setOutOfRangeExitsOneWithTheRange();
    void setUnknownPathExitsOne();
    void presetByName();
    void unknownScenarioExitsOne();
    void tableWithoutJson();
    void scalingForCompute();
    void scalingForParamsAndTokens();
    void scalingRejectsBadInput();
};

// `asirace --help` must work from a terminal or script without an X display.
void TestCliRun::guiHelpAndVersionNeedNoDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ASIRACE_BIN_DIR "/asirace"), {option});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(option == QStringLiteral("--help") ? QStringLiteral("FILE.db") : QStringLiteral("0.1")),
                 qPrintable(out));
    }
}

void TestCliRun::runJsonHasTheContractKeys()
{
    const auto r = runCli({"run", "--json"});
    QCOMPARE(r.exitCode, 0);
    const auto o = parse(r.out);
    for (const char *key : {"scenario", "months", "labs", "ranking", "winner"})
        QVERIFY2(o.contains(key), key);
    QCOMPARE(o["scenario"].toString(), QStringLiteral("Evidence baseline"));
    const auto months = o["months"].toArray();
    QCOMPARE(months.size(), 15 * 12); // 2026-01 .. 2040-12
    QCOMPARE(months.first().toDouble(), 2026.0);
    const auto labs = o["labs"].toArray();
    QCOMPARE(labs.size(), 8);
    for (const auto &value : labs) {
        const auto lab = value.toObject();
        for (const char *key : {"name", "asi_year", "agi_year", "final_rank", "series"})
            QVERIFY2(lab.contains(key), key);
        QVERIFY(lab["asi_year"].isDouble() || lab["asi_year"].isNull());
        QVERIFY(lab["agi_year"].isDouble() || lab["agi_year"].isNull());
        const auto series = lab["series"].toObject();
        for (const char *key : {"compute_h100e", "training_run_flop", "effective_flop_log10", "goodput",
                                "allocation_efficiency", "revenue_usd", "spend_usd", "algorithmic_efficiency_log10",
                                "rank"}) {
            QVERIFY2(series.contains(key), key);
            QCOMPARE(series[key].toArray().size(), months.size());
        }
    }
}

void TestCliRun::runJsonRankingIsConsistent()
{
    const auto o = parse(runCli({"run", "--json"}).out);
    const auto ranking = o["ranking"].toArray();
    QCOMPARE(ranking.size(), o["labs"].toArray().size());
    QCOMPARE(o["winner"].toString(), ranking.first().toString());
    for (const auto &value : o["labs"].toArray()) {
        const auto lab = value.toObject();
        const int rank = lab["final_rank"].toInt();
        QCOMPARE(ranking.at(rank - 1).toString(), lab["name"].toString());
    }
}

void TestCliRun::setChangesTheOutcome()
{
    // Claim 5 through the CLI: the winner's willpower halved changes who wins.
    const auto base = parse(runCli({"run", "--json"}).out);
    const QString winner = base["winner"].toString();
    QVERIFY(!winner.isEmpty());
    const auto bold = runCli({"run", "--set", winner + ".willpower=0.3", "--json"});
    QCOMPARE(bold.exitCode, 0);
    QVERIFY(parse(bold.out)["winner"].toString() != winner);
}

void TestCliRun::setOutOfRangeExitsOneWithTheRange()
{
    const auto r = runCli({"run", "--set", "OpenAI.mfu=1.7", "--json"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("mfu") && r.err.contains("1.7") && r.err.contains("[0.05, 0.8]"), qPrintable(r.err));

    const auto partner = runCli({"run", "--set", "Microsoft/OpenAI.revenue_share=2", "--json"});
    QCOMPARE(partner.exitCode, 1);
    QVERIFY2(partner.err.contains("revenue_share") && partner.err.contains("[0, 1]"), qPrintable(partner.err));
}

void TestCliRun::setUnknownPathExitsOne()
{
    for (const char *bad : {"Nobody.mfu=0.3", "OpenAI.warp_drive=1", "assumptions.agi_log10_flop=abc", "noequals"}) {
        const auto r = runCli({"run", "--set", bad, "--json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.isEmpty(), bad);
    }
}

void TestCliRun::presetByName()
{
    const auto r = runCli({"run", "--scenario", "GPT-4.5 over-parameterized", "--json"});
    QCOMPARE(r.exitCode, 0);
    const auto o = parse(r.out);
    QCOMPARE(o["scenario"].toString(), QStringLiteral("GPT-4.5 over-parameterized"));
    QVERIFY(o["winner"].toString() != QStringLiteral("OpenAI"));
}

void TestCliRun::unknownScenarioExitsOne()
{
    const auto r = runCli({"run", "--scenario", "No such scenario", "--json"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("No such scenario"));
}

void TestCliRun::tableWithoutJson()
{
    const auto r = runCli({"run"});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains("OpenAI"));
    const QString winner = parse(runCli({"run", "--json"}).out)["winner"].toString();
    QVERIFY(text.contains("winner: " + winner));
}

void TestCliRun::scalingForCompute()
{
    const auto r = runCli({"scaling", "--compute", "5.76e23", "--json"});
    QCOMPARE(r.exitCode, 0);
    const auto o = parse(r.out);
    QCOMPARE(o.keys(), (QStringList{"loss_opt", "params_opt", "tokens_opt"}));
    const double ratio = o["tokens_opt"].toDouble() / o["params_opt"].toDouble();
    QVERIFY(ratio > 15 && ratio < 25); // Epoch refit: ~18 at Chinchilla's budget
    QVERIFY(std::abs(6 * o["tokens_opt"].toDouble() * o["params_opt"].toDouble() / 5.76e23 - 1) < 1e-9);

    const auto h = parse(runCli({"scaling", "--compute", "5.76e23", "--law", "hoffmann2022", "--json"}).out);
    QVERIFY(h["tokens_opt"].toDouble() / h["params_opt"].toDouble() > 60); // the rounding bias
}

void TestCliRun::scalingForParamsAndTokens()
{
    const auto r = runCli({"scaling", "--params", "70e9", "--tokens", "1.4e12", "--json"});
    QCOMPARE(r.exitCode, 0);
    const auto o = parse(r.out);
    QCOMPARE(o.keys(), (QStringList{"allocation_efficiency", "compute", "loss"}));
    QVERIFY(std::abs(o["compute"].toDouble() - 5.88e23) < 1e21);
    QVERIFY(std::abs(o["loss"].toDouble() - 1.974) < 2e-3);
    QVERIFY(o["allocation_efficiency"].toDouble() > 0.95);

    // Four times too many parameters at the same compute: q well below 1.
    const auto over = parse(runCli({"scaling", "--params", "280e9", "--tokens", "0.35e12", "--json"}).out);
    QVERIFY(over["allocation_efficiency"].toDouble() < 0.6);
}

void TestCliRun::scalingRejectsBadInput()
{
    QCOMPARE(runCli({"scaling", "--compute", "-5", "--json"}).exitCode, 1);
    QCOMPARE(runCli({"scaling", "--params", "1e9", "--json"}).exitCode, 1);
    QCOMPARE(runCli({"scaling", "--compute", "1e24", "--law", "kaplan2020"}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
