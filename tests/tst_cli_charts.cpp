// `asirace-cli charts` as a script runs it: headless, one written path per
// line on stdout, every file readable and right; bad arguments exit 1 with a
// clear message and leave the output folder without partial files.
#include "exportcheck.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace asirace::test;

namespace {

struct CliOutput {
    int exitCode = -1;
    QStringList lines; // stdout, one path per line
    QString err;
};

CliOutput runCli(const QStringList &args)
{
    QProcess process;
    // No platform from the test runner: the command must choose offscreen itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ASIRACE_BIN_DIR "/asirace-cli"), args);
    if (!process.waitForFinished(120000))
        qFatal("asirace-cli did not finish");
    CliOutput out;
    out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    out.err = QString::fromUtf8(process.readAllStandardError());
    return out;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden, QDir::Name);
}

} // namespace

class TestCliCharts : public QObject
{
    Q_OBJECT
private slots:
    void everyFormatAndTheReport();
    void sizeAndDarkTheme();
    void scenarioFromAFileWithItsChangedInputs();
    void monteCarloOddsInTheReport();
    void badArgumentsExitOneAndWriteNothing_data();
    void badArgumentsExitOneAndWriteNothing();
    void unwritableFolderExitsOne();
};

void TestCliCharts::everyFormatAndTheReport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("slides"));
    const auto r = runCli({"charts", "--out", out, "--format", "png,svg,pdf,csv", "--report"});
    QCOMPARE(r.exitCode, 0);
    // 4 charts × png/svg/pdf, 4 main CSVs + the historical runs, the report.
    QCOMPARE(r.lines.size(), 4 * 3 + 5 + 1);
    QStringList names;
    for (const QString &line : r.lines) {
        QVERIFY2(QFileInfo(line).isAbsolute() && QFileInfo(line).size() > 0, qPrintable(line));
        names << QFileInfo(line).fileName();
    }
    names.sort();
    QCOMPARE(entries(out), names); // exactly what was printed, no temporary files left

    for (const QString chart : {"capability", "ranking", "compute", "outcome"}) {
        const QImage png(out + QLatin1Char('/') + chart + QStringLiteral(".png"));
        QCOMPARE(png.size(), QSize(1920, 1080));
        QVERIFY(greyDeviation(png) > 20);
        const SvgInfo svg = readSvg(out + QLatin1Char('/') + chart + QStringLiteral(".svg"));
        QVERIFY(svg.wellFormed);
        QCOMPARE(svg.viewBox, QStringLiteral("0 0 1920 1080"));
        QVERIFY(svg.text.contains(QStringLiteral("Evidence baseline")));
        QVERIFY(svg.vectorShapes > 20);
        const QString pdf = out + QLatin1Char('/') + chart + QStringLiteral(".pdf");
        QCOMPARE(pdfPages(pdf), 1);
        QVERIFY(pdfText(pdf).contains(QStringLiteral("scenario Evidence baseline")));
    }
    const auto ranking = readCsv(out + QStringLiteral("/ranking.csv"));
    QCOMPARE(ranking.size(), 1 + 15 * 12); // header + Jan 2026 .. Dec 2040, one row per month
    QCOMPARE(ranking.front().front(), QStringLiteral("month [YYYY-MM]"));
    QCOMPARE(ranking.back().front(), QStringLiteral("2040-12"));

    const QString report = out + QStringLiteral("/report.pdf");
    QCOMPARE(pdfPages(report), 6); // summary, why, 4 charts
    const QString text = pdfText(report);
    QVERIFY(text.contains(QStringLiteral("ASI Race report: Evidence baseline")));
    QVERIFY(text.contains(QStringLiteral("Capability race")));
}

void TestCliCharts::sizeAndDarkTheme()
{
    QTemporaryDir dir;
    const auto r = runCli({"charts", "--out", dir.path(), "--format", "png", "--size", "1280x720", "--scale", "2",
                           "--theme", "dark", "--chart", "outcome"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines, QStringList{dir.filePath(QStringLiteral("outcome.png"))});
    const QImage png(r.lines.front());
    QCOMPARE(png.size(), QSize(2560, 1440));
    QVERIFY(qGray(png.pixel(4, 4)) < 40);

    const auto a4 = runCli({"charts", "--out", dir.path(), "--format", "pdf", "--size", "a4", "--chart", "compute"});
    QCOMPARE(a4.exitCode, 0);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {a4.lines.front()});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A4)")));
}

void TestCliCharts::scenarioFromAFileWithItsChangedInputs()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("scenarios.db"));
    QCOMPARE(runCli({"new", db}).exitCode, 0);
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto r = runCli({"charts", db, "--scenario", "Patel's view", "--out", out, "--format", "svg", "--report"});
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(out + QStringLiteral("/report.pdf"));
    QVERIFY(text.contains(QStringLiteral("ASI Race report: Patel")));
    QVERIFY(text.contains(QStringLiteral("scenario Patel")));
    // The changed inputs by label, not by path.
    for (const char *input : {"OpenAI: Research talent", "Google DeepMind: Willpower", "Anthropic: Research talent"})
        QVERIFY2(text.contains(QLatin1String(input)), input);
    QVERIFY2(!text.contains(QLatin1String("research_talent")), qPrintable(text));
    QVERIFY(readSvg(out + QStringLiteral("/ranking.svg")).text.contains(QStringLiteral("Patel")));

    const auto missing = runCli({"charts", db, "--scenario", "No such", "--out", out, "--format", "png"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no scenario named 'No such'")));
}

void TestCliCharts::monteCarloOddsInTheReport()
{
    QTemporaryDir dir;
    const auto r = runCli({"charts", "--out", dir.path(), "--report", "--monte-carlo", "--runs", "200", "--seed", "7"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines, QStringList{dir.filePath(QStringLiteral("report.pdf"))});
    const QString text = pdfText(r.lines.front());
    QVERIFY2(text.contains(QStringLiteral("P(first to ASI) (200 Monte Carlo runs):")), qPrintable(text.left(800)));
}

void TestCliCharts::badArgumentsExitOneAndWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown format") << QStringList{"--format", "png,gif"} << "unknown format 'gif'";
    QTest::newRow("size too small") << QStringList{"--format", "png", "--size", "199x1080"} << "200..8000";
    QTest::newRow("size too large") << QStringList{"--format", "png", "--size", "1920x8001"} << "200..8000";
    QTest::newRow("size not a size") << QStringList{"--format", "png", "--size", "large"} << "WIDTHxHEIGHT";
    QTest::newRow("unknown theme") << QStringList{"--format", "png", "--theme", "sepia"} << "unknown theme 'sepia'";
    QTest::newRow("no format") << QStringList{} << "--format is required";
    QTest::newRow("scale") << QStringList{"--format", "png", "--scale", "9"} << "scale 9 is out of range";
    QTest::newRow("unknown chart") << QStringList{"--format", "png", "--chart", "pie"} << "unknown chart 'pie'";
    QTest::newRow("unknown option") << QStringList{"--format", "png", "--colour", "red"} << "unknown option --colour";
}

void TestCliCharts::badArgumentsExitOneAndWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("existing"));
    const QString fresh = dir.filePath(QStringLiteral("fresh"));
    QVERIFY(QDir().mkpath(existing));
    for (const QString &out : {existing, fresh}) {
        const auto r = runCli(QStringList{"charts", "--out", out} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.lines.isEmpty());
    }
    QCOMPARE(entries(existing), QStringList());
    QVERIFY(!QFileInfo::exists(fresh)); // not even the folder

    const auto noOut = runCli(QStringList{"charts"} + args);
    QCOMPARE(noOut.exitCode, 1);
}

void TestCliCharts::unwritableFolderExitsOne()
{
    QTemporaryDir dir;
    const auto missingOut = runCli({"charts", "--format", "png"});
    QCOMPARE(missingOut.exitCode, 1);
    QVERIFY(missingOut.err.contains(QStringLiteral("--out DIR is required")));

    // A file where a folder is needed: neither it nor anything under it can take charts.
    const QString file = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    for (const QString &out : {file, file + QStringLiteral("/charts")}) {
        const auto r = runCli({"charts", "--out", out, "--format", "png,csv", "--report"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("folder")), qPrintable(r.err));
        QVERIFY(r.lines.isEmpty());
    }
    QCOMPARE(entries(dir.path()), QStringList{"notes.txt"});

    // A chart name taken by a folder: checked before anything is written.
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out + QStringLiteral("/ranking.png")));
    const auto r = runCli({"charts", "--out", out, "--format", "png"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("ranking.png")), qPrintable(r.err));
    QCOMPARE(entries(out), QStringList{"ranking.png"});
}

QTEST_MAIN(TestCliCharts)
#include "tst_cli_charts.moc"
