// `asirace-cli sweep` and `sweep-merge` as batch jobs use them: a sweep split
// into shards under GNU parallel and merged equals the whole run byte for
// byte; a sweep stopped by Ctrl+C (the real signal, and the --stop-after test
// hook) leaves complete rows that --resume continues to the same bytes; bad
// arguments exit 1 with a message naming the problem.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QSet>

#include <cmath>
#include <csignal>

using clitest::runCli;

namespace {

// Small but not trivial: a Latin hypercube over three inputs (one log-scale,
// one whole-valued: 18 run lengths for 18 strata) with Monte Carlo at each point, so the per-point seeds,
// the strata and the P(first) columns all have to agree between runs.
const QStringList kDesign = {"sweep",         "--lhs",         "18",  "--vary", "assumptions.alg_halving_months",
                             "--vary",        "assumptions.industry_supply_h100e=1e6:1e9",
                             "--vary",        "OpenAI.run_months=1:18",
                             "--monte-carlo", "40",  "--seed", "11"};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int rowCount(const QByteArray &csv)
{
    return int(csv.count('\n')) - 2; // preamble and header
}

} // namespace

class TestCliSweep : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeRunIsWellFormed();
    void gridVisitsEveryCombination();
    void pointBreakingACrossFieldRuleIsNotedNotFatal();
    void threadCountChangesNothing();
    void fourShardsUnderGnuParallelMergeToTheWholeRun();
    void resumeAfterStopContinuesToTheSameBytes();
    void resumeAfterCtrlCContinuesToTheSameBytes();
    void resumeRefusesAnotherSweep();
    void mergeRefusesIncompleteOrForeignShards();
    void badArgumentsExitOneWithAMessage();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QByteArray m_whole;
};

void TestCliSweep::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto r = runCli(kDesign + QStringList{"--out", path("whole.csv")});
    CLI_VERIFY_EXIT(r, 0);
    m_whole = readAll(path("whole.csv"));
    QVERIFY(!m_whole.isEmpty());
}

void TestCliSweep::wholeRunIsWellFormed()
{
    const QList<QByteArray> lines = m_whole.split('\n');
    QCOMPARE(lines.size(), 18 + 3); // preamble, header, 18 rows, "" after the last "\n"
    QVERIFY(lines.front().startsWith("# asirace-cli sweep: 18 points, design "));
    const QList<QByteArray> header = lines[1].split(',');
    QCOMPARE(header[0], QByteArray("point"));
    QCOMPARE(header[1], QByteArray("assumptions.alg_halving_months"));
    QCOMPARE(header[4], QByteArray("winner"));
    QVERIFY(lines[1].contains(",arrival:OpenAI,"));
    QVERIFY(lines[1].contains(",p_first:OpenAI,"));
    QVERIFY(lines[1].endsWith(",p_none,note"));
    // Latin hypercube: each of the 18 strata of each axis holds one point,
    // and whole-valued run_months gets whole values, one per stratum.
    QList<QSet<int>> strata(3);
    const double lo[3] = {2, 6, 1}, hi[3] = {36, 9, 19};
    for (int row = 0; row < 18; ++row) {
        const QList<QByteArray> cells = lines[2 + row].split(',');
        QCOMPARE(cells.size(), header.size());
        QCOMPARE(cells[0].toInt(), row);
        QVERIFY(!cells[4].isEmpty()); // a lab, or "none"
        double p = 0;
        for (int c = 0; c < header.size(); ++c)
            if (header[c].startsWith("p_first:") || header[c] == "p_none")
                p += cells[c].toDouble();
        QVERIFY2(qAbs(p - 1.0) < 1e-5, lines[2 + row].constData()); // P(first) per lab + P(none)
        for (int a = 0; a < 3; ++a) {
            double v = cells[1 + a].toDouble();
            if (a == 1)
                v = std::log10(v); // log-scale field: strata are even in log10
            strata[a].insert(int((v - lo[a]) / (hi[a] - lo[a]) * 18));
        }
        QCOMPARE(cells[3].toDouble(), std::round(cells[3].toDouble()));
    }
    QCOMPARE(strata[0].size(), 18);
    QCOMPARE(strata[1].size(), 18);
    QCOMPARE(strata[2].size(), 18);
}

void TestCliSweep::gridVisitsEveryCombination()
{
    const auto r = runCli({"sweep", "--grid", "assumptions.alg_halving_months=4:16:4", "--grid", "OpenAI.mfu=0.2:0.6:3",
                           "--seed", "1", "--out", path("grid.csv")});
    CLI_VERIFY_EXIT(r, 0);
    const QList<QByteArray> lines = readAll(path("grid.csv")).split('\n');
    QCOMPARE(lines.size(), 12 + 3);
    // The first axis varies slowest; both ends of each range are visited.
    QVERIFY(lines[2].startsWith("0,4,0.2,"));
    QVERIFY(lines[3].startsWith("1,4,0.4,"));
    QVERIFY(lines[4].startsWith("2,4,0.6,"));
    QVERIFY(lines[5].startsWith("3,8,0.2,"));
    QVERIFY(lines[13].startsWith("11,16,0.6,"));
    QVERIFY(!lines[1].contains("p_first")); // no Monte Carlo columns without --monte-carlo
    QVERIFY(r.err.contains("points/s"));    // progress and throughput on stderr
}

void TestCliSweep::pointBreakingACrossFieldRuleIsNotedNotFatal()
{
    // end_year must come after start_year (2026 in the default scenario).
    const auto r = runCli({"sweep", "--grid", "assumptions.end_year=2025:2035:3", "--seed", "1", "--out",
                           path("rule.csv")});
    CLI_VERIFY_EXIT(r, 0);
    const QList<QByteArray> lines = readAll(path("rule.csv")).split('\n');
    QCOMPARE(lines.size(), 3 + 3);
    QCOMPARE(lines[1].count(','), lines[2].count(','));
    QVERIFY2(lines[2].startsWith("0,2025,,") && lines[2].contains(",invalid: ") && lines[2].contains("end_year"),
             lines[2].constData());
    QVERIFY(lines[4].startsWith("2,2035,") && lines[4].endsWith(","));
}

void TestCliSweep::threadCountChangesNothing()
{
    const auto r = runCli(kDesign + QStringList{"--threads", "1", "--out", path("one-thread.csv")});
    CLI_VERIFY_EXIT(r, 0);
    QCOMPARE(readAll(path("one-thread.csv")), m_whole);
}

void TestCliSweep::fourShardsUnderGnuParallelMergeToTheWholeRun()
{
    const QString parallel = QStandardPaths::findExecutable(QStringLiteral("parallel"));
    QVERIFY2(!parallel.isEmpty(), "GNU parallel is missing: scripts/setup installs it (Debian package parallel)");
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    // As the README shows: one job per shard, {} is the shard number.
    QStringList args = {"--halt", "now,fail=1", "-j", "4", QStringLiteral(ASIRACE_BIN_DIR "/asirace-cli")};
    args += kDesign;
    args += {"--threads", "1", "--shard", "{}/4", "--out", "shard-{}.csv", ":::", "1", "2", "3", "4"};
    process.start(parallel, args);
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    for (int i = 1; i <= 4; ++i) {
        const QByteArray shard = readAll(path(QStringLiteral("shard-%1.csv").arg(i)));
        QVERIFY(shard.startsWith(QStringLiteral("# asirace-cli sweep: 18 points, shard %1/4, ").arg(i).toUtf8()));
        QVERIFY(rowCount(shard) == (i <= 2 ? 5 : 4)); // 18 points interleaved over 4 shards
    }
    const auto merged = runCli({"sweep-merge", path("merged.csv"), path("shard-3.csv"), path("shard-1.csv"),
                                path("shard-4.csv"), path("shard-2.csv")});
    CLI_VERIFY_EXIT(merged, 0);
    QCOMPARE(QCryptographicHash::hash(readAll(path("merged.csv")), QCryptographicHash::Sha256),
             QCryptographicHash::hash(m_whole, QCryptographicHash::Sha256));
    QCOMPARE(readAll(path("merged.csv")), m_whole);
}

void TestCliSweep::resumeAfterStopContinuesToTheSameBytes()
{
    const QStringList args = kDesign + QStringList{"--out", path("stopped.csv")};
    const auto stopped = runCli(args + QStringList{"--stop-after", "7"});
    CLI_VERIFY_EXIT(stopped, 130);
    QVERIFY(stopped.err.contains("--resume"));
    QByteArray partial = readAll(path("stopped.csv"));
    QCOMPARE(rowCount(partial), 7);
    QVERIFY(m_whole.startsWith(partial)); // complete rows only, and the right ones
    // A kill in the middle of a write leaves half a row: --resume drops it.
    partial += m_whole.mid(partial.size(), 20);
    QVERIFY(clitest::writeFile(path("stopped.csv"), partial));
    // Without --resume an existing file is never overwritten.
    const auto refused = runCli(args);
    CLI_VERIFY_EXIT(refused, 1);
    QVERIFY(refused.err.contains("--resume"));
    QCOMPARE(readAll(path("stopped.csv")), partial);
    const auto resumed = runCli(args + QStringList{"--resume"});
    CLI_VERIFY_EXIT(resumed, 0);
    QVERIFY(resumed.err.contains("resuming"));
    QCOMPARE(readAll(path("stopped.csv")), m_whole);
    // Resuming a finished sweep changes nothing.
    CLI_VERIFY_EXIT(runCli(args + QStringList{"--resume"}), 0);
    QCOMPARE(readAll(path("stopped.csv")), m_whole);
}

void TestCliSweep::resumeAfterCtrlCContinuesToTheSameBytes()
{
    // Slow enough points (Monte Carlo at each, one thread) that the signal
    // arrives mid-run; the rows are read back only once the first is on disk,
    // so the handler is installed by then.
    const QStringList design = {"sweep", "--grid", "assumptions.alg_halving_months=4:20:30", "--monte-carlo", "300",
                                "--seed",  "5",      "--threads", "1"};
    CLI_VERIFY_EXIT(runCli(design + QStringList{"--out", path("signal-whole.csv")}), 0);
    const QByteArray whole = readAll(path("signal-whole.csv"));
    QCOMPARE(rowCount(whole), 30);

    const QStringList args = design + QStringList{"--out", path("signal.csv")};
    QProcess process;
    process.start(QStringLiteral(ASIRACE_BIN_DIR "/asirace-cli"), args);
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(rowCount(readAll(path("signal.csv"))) >= 1, 60000);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 128 + SIGINT);
    QVERIFY(process.readAllStandardError().contains("interrupted after"));
    const QByteArray partial = readAll(path("signal.csv"));
    QVERIFY2(rowCount(partial) < 30, "the sweep finished before the signal: make its points slower");
    QVERIFY(partial.endsWith('\n'));
    QVERIFY(whole.startsWith(partial));

    const auto resumed = runCli(args + QStringList{"--resume"});
    CLI_VERIFY_EXIT(resumed, 0);
    QCOMPARE(readAll(path("signal.csv")), whole);
}

void TestCliSweep::resumeRefusesAnotherSweep()
{
    QVERIFY(QFile::copy(path("whole.csv"), path("other.csv")));
    QStringList other = kDesign;
    other[other.indexOf("11")] = "12"; // another seed: other points
    const auto r = runCli(other + QStringList{"--out", path("other.csv"), "--resume"});
    CLI_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err.contains("another sweep"), qPrintable(r.err));
    QCOMPARE(readAll(path("other.csv")), m_whole);
}

void TestCliSweep::mergeRefusesIncompleteOrForeignShards()
{
    const QStringList shard = kDesign + QStringList{"--threads", "1", "--shard"};
    for (int i = 1; i <= 2; ++i)
        CLI_VERIFY_EXIT(runCli(shard + QStringList{QStringLiteral("%1/2").arg(i), "--out",
                                                   path(QStringLiteral("half-%1.csv").arg(i))}),
                        0);
    CLI_VERIFY_EXIT(runCli({"sweep-merge", path("halves.csv"), path("half-1.csv"), path("half-2.csv")}), 0);
    QCOMPARE(readAll(path("halves.csv")), m_whole);

    auto missing = runCli({"sweep-merge", path("bad.csv"), path("half-1.csv")});
    CLI_VERIFY_EXIT(missing, 1);
    QVERIFY2(missing.err.contains("missing shard 2/2"), qPrintable(missing.err));

    auto twice = runCli({"sweep-merge", path("bad.csv"), path("half-1.csv"), path("half-1.csv")});
    CLI_VERIFY_EXIT(twice, 1);
    QVERIFY2(twice.err.contains("given twice"), qPrintable(twice.err));

    // A shard cut short (its last row gone) cannot pass as complete.
    QByteArray cut = readAll(path("half-2.csv"));
    cut.chop(1);
    cut = cut.left(cut.lastIndexOf('\n') + 1);
    QVERIFY(clitest::writeFile(path("half-2-cut.csv"), cut));
    auto incomplete = runCli({"sweep-merge", path("bad.csv"), path("half-1.csv"), path("half-2-cut.csv")});
    CLI_VERIFY_EXIT(incomplete, 1);
    QVERIFY2(incomplete.err.contains("is missing"), qPrintable(incomplete.err));

    auto foreign = runCli({"sweep-merge", path("bad.csv"), path("half-1.csv"), path("grid.csv")});
    CLI_VERIFY_EXIT(foreign, 1);
    QVERIFY2(foreign.err.contains("another sweep"), qPrintable(foreign.err));

    auto unreadable = runCli({"sweep-merge", path("bad.csv"), path("half-1.csv"), path("no-such.csv")});
    CLI_VERIFY_EXIT(unreadable, 2);
    QVERIFY(!QFile::exists(path("bad.csv")));
}

void TestCliSweep::badArgumentsExitOneWithAMessage()
{
    const QString out = path("never.csv");
    const QStringList seedOut = {"--seed", "1", "--out", out};
    struct Case {
        QStringList args;
        const char *message;
    };
    const QList<Case> cases = {
        {QStringList{"sweep"} + seedOut, "give a design"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--lhs", "5", "--vary", "OpenAI.mfu"} + seedOut,
         "give a design"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--vary", "OpenAI.mfu"} + seedOut, "--vary goes with"},
        {QStringList{"sweep", "--lhs", "5"} + seedOut, "needs at least one --vary"},
        {{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--out", out}, "--seed S is required"},
        {{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--seed", "1"}, "--out FILE.csv is required"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4"} + seedOut, "PATH=LO:HI:N"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.01:0.4:3"} + seedOut, "[0.05, 0.8]"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.4:0.2:3"} + seedOut, "LO must not be above HI"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:0"} + seedOut, "N must be a whole number"},
        {QStringList{"sweep", "--grid", "OpenAI.nonsense=1:2:3"} + seedOut, "nonsense"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--grid", "OpenAI.mfu=0.3:0.5:2"} + seedOut,
         "swept twice"},
        {QStringList{"sweep", "--lhs", "0", "--vary", "OpenAI.mfu"} + seedOut, "--lhs"},
        {QStringList{"sweep", "--lhs", "5", "--vary", "OpenAI.mfu=0.2:0.4:3"} + seedOut, "PATH or PATH=LO:HI"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--shard", "0/4"} + seedOut, "I/K"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--shard", "5/4"} + seedOut, "I/K"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--shard", "two"} + seedOut, "I/K"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--monte-carlo", "0"} + seedOut, "--monte-carlo"},
        {QStringList{"sweep", "--grid", "OpenAI.mfu=0.2:0.4:3", "--bogus"} + seedOut, "--bogus"},
        {QStringList{"sweep", "--grid", "assumptions.alg_halving_months=2:36:5000", "--grid",
                     "OpenAI.mfu=0.05:0.8:5000"} + seedOut,
         "at most"},
        {{"sweep-merge", out}, "usage"},
    };
    for (const auto &c : cases) {
        const auto r = runCli(c.args);
        QVERIFY2(r.exitCode == 1, qPrintable(c.args.join(' ') + " -> " + QString::number(r.exitCode) + ": " + r.err));
        QVERIFY2(r.err.contains(QLatin1String(c.message)), qPrintable(c.args.join(' ') + " -> " + r.err));
    }
    QVERIFY(!QFile::exists(out));
    // An unreadable scenario file is exit 2, as for every command.
    const auto missing = runCli({"sweep", path("no-such.db"), "--grid", "OpenAI.mfu=0.2:0.4:3", "--seed", "1", "--out",
                                 out});
    CLI_VERIFY_EXIT(missing, 2);
}

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_cli_sweep.moc"
