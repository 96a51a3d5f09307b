// Chart exports as a user receives them: every file is opened again and
// checked (PNG pixels, SVG structure, PDF pages and text, CSV rows against the
// simulated series), the presentation style is measured on the off-screen
// chart, and the export job leaves nothing behind when it fails.
#include "builtinscenarios.h"
#include "capabilitychart.h"
#include "chartexporter.h"
#include "chartpanel.h"
#include "csvwriter.h"
#include "exportcheck.h"
#include "exportjob.h"
#include "figuretext.h"
#include "racechart.h"
#include "racetext.h"
#include "reportwriter.h"
#include "simulator.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace asirace;
using namespace asirace::test;

Q_DECLARE_METATYPE(asirace::ChartKind)

namespace {

ExportContext baselineContext()
{
    ExportContext context;
    context.scenario = defaultScenario();
    context.result = std::make_shared<const SimulationResult>(simulate(context.scenario));
    context.date = QDate(2026, 3, 14);
    return context;
}

QImage pngOf(const ChartExporter &exporter, ChartKind kind)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (auto error = exporter.writePng(kind, buffer))
        qWarning("%s", qPrintable(*error));
    return QImage::fromData(buffer.data(), "PNG");
}

QString writeFile(const QString &path, const std::function<std::optional<QString>(QIODevice &)> &write)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot open %1").arg(path);
    const auto error = write(file);
    return error.value_or(QString());
}

void addChartRows()
{
    QTest::addColumn<ChartKind>("kind");
    for (ChartKind kind : allChartKinds())
        QTest::newRow(qPrintable(chartId(kind))) << kind;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void pngHasTheRequestedPixelsAndEveryLab_data();
    void pngHasTheRequestedPixelsAndEveryLab();
    void hiddenLabsStayHiddenInTheExport();
    void darkThemeIsDark();
    void svgIsVectorWithViewBoxAndTitle_data() { addChartRows(); }
    void svgIsVectorWithViewBoxAndTitle();
    void pdfIsOnePageWithTitleAndScenario_data() { addChartRows(); }
    void pdfIsOnePageWithTitleAndScenario();
    void a4PdfIsARealA4Page();
    void reportHasSummaryAndEveryChart();
    void reportListsInputsChangedFromTheBaseline();
    void reportShowsMonteCarloOdds();
    void csvHoldsTheChartSeriesOneRowPerMonth();
    void csvLeavesOutHiddenLabs();
    void presentationStyleAt1080p_data() { addChartRows(); }
    void presentationStyleAt1080p();
    void exportLeavesTheScreenChartAlone();
    void jobRejectsBadRequestsWithoutWriting();
    void jobChecksEveryTargetBeforeWriting();
    void jobReplacesEarlierExports();

private:
    ExportContext m_context = baselineContext();
};

void TestExport::pngHasTheRequestedPixelsAndEveryLab_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    for (ChartKind kind : allChartKinds()) {
        QTest::addRow("%s 1080p", qPrintable(chartId(kind))) << kind << QSize(1920, 1080) << 1.0;
        QTest::addRow("%s 720p x2", qPrintable(chartId(kind))) << kind << QSize(1280, 720) << 2.0;
        QTest::addRow("%s 4:3", qPrintable(chartId(kind))) << kind << QSize(1600, 1200) << 1.0;
    }
}

void TestExport::pngHasTheRequestedPixelsAndEveryLab()
{
    QFETCH(ChartKind, kind);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    ExportOptions options;
    options.size = size;
    options.scale = scale;
    const QImage image = pngOf(ChartExporter(m_context, options), kind);
    QCOMPARE(image.size(), size * scale);
    QVERIFY2(greyDeviation(image) > 20, "the image is (nearly) blank");
    // Lines 3 px and more carry the exact lab colour in their core pixels.
    for (const LabSeries &lab : m_context.result->labs) {
        const int pixels = colourCount(image, QColor(QString::fromStdString(lab.colour)));
        QVERIFY2(pixels > 40, qPrintable(QStringLiteral("%1: %2 pixels in its colour").arg(QString::fromStdString(lab.name)).arg(pixels)));
    }
}

void TestExport::hiddenLabsStayHiddenInTheExport()
{
    // The ranking chart has no legend icons: a hidden lab leaves no line, only its muted name.
    const QColor meta(QString::fromStdString(m_context.result->labs[3].colour));
    QCOMPARE(QString::fromStdString(m_context.result->labs[3].name), QStringLiteral("Meta"));
    const int shown = colourCount(pngOf(ChartExporter(m_context, {}), ChartKind::Ranking), meta);
    ExportContext hidden = m_context;
    hidden.hiddenLabs.insert(QStringLiteral("Meta"));
    const int left = colourCount(pngOf(ChartExporter(hidden, {}), ChartKind::Ranking), meta);
    QVERIFY2(shown > 500, qPrintable(QString::number(shown)));
    QVERIFY2(left < 20, qPrintable(QString::number(left)));
}

void TestExport::darkThemeIsDark()
{
    ExportOptions options;
    options.theme = ExportTheme::Dark;
    const QImage dark = pngOf(ChartExporter(m_context, options), ChartKind::Capability);
    const QImage light = pngOf(ChartExporter(m_context, {}), ChartKind::Capability);
    QCOMPARE(QColor(light.pixel(5, 5)), QColor(Qt::white));
    QVERIFY(qGray(dark.pixel(5, 5)) < 40);
    QVERIFY(greyDeviation(dark) > 10);
    for (const LabSeries &lab : m_context.result->labs)
        QVERIFY(colourCount(dark, QColor(QString::fromStdString(lab.colour))) > 40);
}

void TestExport::svgIsVectorWithViewBoxAndTitle()
{
    QFETCH(ChartKind, kind);
    QTemporaryDir dir;
    ExportOptions options;
    options.size = QSize(1600, 1200);
    const ChartExporter exporter(m_context, options);
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QCOMPARE(writeFile(path, [&](QIODevice &out) { return exporter.writeSvg(kind, out); }), QString());
    const SvgInfo svg = readSvg(path);
    QVERIFY2(svg.wellFormed, qPrintable(svg.error));
    QCOMPARE(svg.viewBox, QStringLiteral("0 0 1600 1200"));
    QVERIFY2(svg.text.contains(figureTitle(kind)), qPrintable(svg.text.left(200)));
    QVERIFY(svg.text.contains(QStringLiteral("Evidence baseline")));
    QVERIFY(svg.text.contains(QStringLiteral("ASI Race ") + exportVersion()));
    QVERIFY(svg.text.contains(QStringLiteral("Sources:")));
    QVERIFY2(svg.vectorShapes > 20, qPrintable(QString::number(svg.vectorShapes)));
    QCOMPARE(svg.images, 0);
    QCOMPARE(svg.patterns, 0); // the outcome chart's "not by 2040" bars are tinted, not hatched
}

void TestExport::pdfIsOnePageWithTitleAndScenario()
{
    QFETCH(ChartKind, kind);
    QTemporaryDir dir;
    const ChartExporter exporter(m_context, {});
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    QCOMPARE(writeFile(path, [&](QIODevice &out) { return exporter.writePdf(kind, out); }), QString());
    QCOMPARE(pdfPages(path), 1);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(figureTitle(kind)), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("scenario Evidence baseline")));
}

void TestExport::a4PdfIsARealA4Page()
{
    QTemporaryDir dir;
    ExportOptions options;
    options.size = kA4LandscapeSize;
    const ChartExporter exporter(m_context, options);
    const QString path = dir.filePath(QStringLiteral("a4.pdf"));
    QCOMPARE(writeFile(path, [&](QIODevice &out) { return exporter.writePdf(ChartKind::Compute, out); }), QString());
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("842 x 595 pts (A4)")));
}

void TestExport::reportHasSummaryAndEveryChart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(writeFile(path, [&](QIODevice &out) { return writeReport(m_context, {}, out); }), QString());
    QCOMPARE(pdfPages(path), 2 + int(allChartKinds().size())); // summary, why, charts
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("ASI Race report: Evidence baseline")));
    QVERIFY2(text.contains(raceHeadline(*m_context.result)), qPrintable(text.left(600)));
    for (ChartKind kind : allChartKinds())
        QVERIFY2(text.contains(figureTitle(kind)), qPrintable(figureTitle(kind)));
    // The ranking table names every lab with its arrival.
    for (const LabSeries &lab : m_context.result->labs)
        QVERIFY(text.contains(QString::fromStdString(lab.name)));
    QVERIFY(text.contains(QStringLiteral("None: every input equals the built-in Evidence baseline")));
    QVERIFY(!text.contains(QStringLiteral("P(first to ASI)"))); // no Monte Carlo, no odds
}

void TestExport::reportListsInputsChangedFromTheBaseline()
{
    ExportContext context = m_context;
    context.scenario.name = "Faster algorithms";
    context.scenario.assumptions.alg_halving_months = 6;
    context.scenario.findOrganisation("OpenAI")->mfu = 0.5;
    context.result = std::make_shared<const SimulationResult>(simulate(context.scenario));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(writeFile(path, [&](QIODevice &out) { return writeReport(context, {}, out); }), QString());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("ASI Race report: Faster algorithms")));
    QVERIFY(text.contains(QStringLiteral("Inputs that differ from the built-in Evidence baseline")));
    // Inputs by label, never by path.
    QVERIFY2(text.contains(QStringLiteral("Algorithmic halving time 8 6 months")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("alg_halving_months")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("OpenAI: MFU %1 0.5").arg(defaultScenario().findOrganisation("OpenAI")->mfu)), qPrintable(text));
    QVERIFY(text.contains(raceHeadline(*context.result)));
}

void TestExport::reportShowsMonteCarloOdds()
{
    ExportContext context = m_context;
    OutcomeOdds odds;
    odds.pFirst = {{"OpenAI", 0.62}, {"Anthropic", 0.31}, {"Google DeepMind", 0.07}};
    odds.arrivalQuantiles["OpenAI"] = {2029.5, 2030.5, 2032.0};
    odds.runs = 500;
    context.odds = odds;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(writeFile(path, [&](QIODevice &out) { return writeReport(context, {}, out); }), QString());
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("P(first to ASI) (500 Monte Carlo runs): OpenAI 62%, Anthropic 31%, Google DeepMind 7.0%")),
             qPrintable(text.left(900)));
    QVERIFY(text.contains(QStringLiteral("Jul 2029 – Jan 2032"))); // OpenAI's p10-p90 in the ranking table
}

void TestExport::csvHoldsTheChartSeriesOneRowPerMonth()
{
    QTemporaryDir dir;
    ExportRequest request;
    request.directory = dir.path();
    request.formats = {ExportFormat::Csv};
    const ExportOutcome outcome = runExport(m_context, request);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.value_or(QString())));
    const QStringList expected{"capability.csv", "ranking.csv", "compute.csv", "compute-history.csv", "outcome.csv"};
    QCOMPARE(outcome.files.size(), expected.size());
    for (const QString &name : expected)
        QVERIFY2(outcome.files.contains(dir.filePath(name)), qPrintable(name));

    const SimulationResult &r = *m_context.result;
    const auto compute = readCsv(dir.filePath(QStringLiteral("compute.csv")));
    QCOMPARE(compute.size(), 1 + qsizetype(r.months.size())); // header + one row per month
    const QStringList header = compute.front();
    QCOMPARE(header.mid(0, 2), (QStringList{"month [YYYY-MM]", "year [decimal]"}));
    const qsizetype capacity = header.indexOf(QStringLiteral("OpenAI compute capacity [H100e]"));
    const qsizetype training = header.indexOf(QStringLiteral("Anthropic largest training run [FLOP]"));
    QVERIFY(capacity > 0 && training > 0);
    QCOMPARE(header.size(), 2 + 2 * qsizetype(r.labs.size()));
    QCOMPARE(compute[1][0], QStringLiteral("2026-01"));
    for (size_t m = 0; m < r.months.size(); m += 17) {
        const QStringList &row = compute[qsizetype(m) + 1];
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row[capacity].toDouble(), r.labs[0].compute_h100e[m]); // exact: shortest round-trip text
        if (r.labs[1].training_run_flop[m] > 0)
            QCOMPARE(row[training].toDouble(), r.labs[1].training_run_flop[m]);
    }

    const auto capability = readCsv(dir.filePath(QStringLiteral("capability.csv")));
    QCOMPARE(capability.size(), 1 + qsizetype(r.months.size()));
    QVERIFY(capability.front().contains(QStringLiteral("OpenAI κ [log10 effective FLOP]")));
    QVERIFY(capability.front().contains(QStringLiteral("ASI threshold κ [log10 effective FLOP]")));
    QCOMPARE(capability.back().last().toDouble(), r.asi_log10_flop);

    const auto ranking = readCsv(dir.filePath(QStringLiteral("ranking.csv")));
    QCOMPARE(ranking.size(), 1 + qsizetype(r.months.size()));
    QCOMPARE(ranking.back()[2].toDouble(), r.labs[0].rank.back());

    const auto history = readCsv(dir.filePath(QStringLiteral("compute-history.csv")));
    QVERIFY(history.size() > 20);
    QCOMPARE(history.front(), (QStringList{"model", "lab", "published [decimal year]", "published [YYYY-MM]",
                                           "training compute [FLOP]", "source"}));

    const auto outcomeRows = readCsv(dir.filePath(QStringLiteral("outcome.csv")));
    QCOMPARE(outcomeRows.size(), 1 + qsizetype(r.labs.size())); // one row per lab
    QCOMPARE(outcomeRows[1][1], QString::fromStdString(r.ranking.front()));
    QCOMPARE(outcomeRows[1][2], QStringLiteral("1"));
}

void TestExport::csvLeavesOutHiddenLabs()
{
    ExportContext context = m_context;
    context.hiddenLabs.insert(QStringLiteral("Apple"));
    const QList<CsvTable> tables = chartTables(ChartKind::Capability, context);
    QCOMPARE(tables.size(), 1);
    QVERIFY(!tables.front().header.join(QLatin1Char(',')).contains(QStringLiteral("Apple")));
    QCOMPARE(tables.front().header.size(), 2 + qsizetype(m_context.result->labs.size()) - 1 + 2);
}

void TestExport::presentationStyleAt1080p()
{
    QFETCH(ChartKind, kind);
    const ChartExporter exporter(m_context, {});
    std::unique_ptr<RaceChart> chart = exporter.presentationChart(kind, QSize(1920, 1080));
    const QRect area = exporter.chartArea(kind, QSize(1920, 1080));
    chart->toPixmap(area.width(), area.height()); // lays the chart out at its export size
    for (QCPAxisRect *rect : chart->axisRects()) {
        if (!rect->visible())
            continue;
        for (QCPAxis *axis : rect->axes()) {
            if (!axis->visible())
                continue;
            QVERIFY2(axis->labelFont().pixelSize() >= 18, qPrintable(axis->label()));
            QVERIFY(axis->tickLabelFont().pixelSize() >= 18);
        }
    }
    for (int i = 0; i < chart->plottableCount(); ++i) {
        QCPAbstractPlottable *p = chart->plottable(i);
        const SeriesInfo *info = chart->seriesInfo(p);
        if (info && !info->lab.isEmpty() && qobject_cast<QCPGraph *>(p) &&
            static_cast<QCPGraph *>(p)->lineStyle() != QCPGraph::lsNone)
            QVERIFY2(p->pen().widthF() >= 3.0, qPrintable(info->lab));
    }
    // The legend sits beside or above the plots, never on them.
    if (chart->legend->visible())
        for (QCPAxisRect *rect : chart->axisRects())
            QVERIFY(!chart->legend->outerRect().intersects(rect->rect()));
    // No UI chrome: nothing selected, no hover cursor.
    QVERIFY(chart->selectedPlottables().isEmpty());
    QVERIFY(chart->selectedItems().isEmpty());
    for (int i = 0; i < chart->itemCount(); ++i)
        if (auto *tracer = qobject_cast<QCPItemTracer *>(chart->item(i)); tracer && tracer->layer()->name() == QLatin1String("cursor"))
            QVERIFY(!tracer->visible());
}

void TestExport::exportLeavesTheScreenChartAlone()
{
    ChartPanel panel;
    panel.resize(900, 700);
    panel.setResult(m_context.result);
    panel.setLabVisible(QStringLiteral("xAI"), false);
    RaceChart *chart = panel.capabilityChart();
    chart->replot();
    const QSize size = chart->size();
    const QCPRange range = chart->xAxis->range();
    ExportContext context = m_context;
    context.takeFromChart(*chart);
    QVERIFY(context.hiddenLabs.contains(QStringLiteral("xAI")));
    const QImage image = ChartExporter(context, {}).image(ChartKind::Capability);
    QCOMPARE(image.size(), QSize(1920, 1080));
    QCOMPARE(chart->size(), size);
    QCOMPARE(chart->xAxis->range(), range);
    QVERIFY(!chart->chartStyle().pixelFonts);
    QVERIFY(!chart->isLabVisible(QStringLiteral("xAI")));
    QVERIFY(chart->isLabVisible(QStringLiteral("OpenAI")));
}

void TestExport::jobRejectsBadRequestsWithoutWriting()
{
    QTemporaryDir dir;
    ExportRequest request;
    request.directory = dir.filePath(QStringLiteral("out"));
    request.formats = {ExportFormat::Png};
    request.options.size = QSize(150, 1080);
    ExportOutcome outcome = runExport(m_context, request);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error->contains(QStringLiteral("200..8000")), qPrintable(*outcome.error));
    QVERIFY(!QFileInfo::exists(request.directory));

    // A file where the folder should be.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    request.options = {};
    request.directory = dir.filePath(QStringLiteral("file/sub"));
    outcome = runExport(m_context, request);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error->contains(QStringLiteral("cannot write to the folder")), qPrintable(*outcome.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList{"file"});
}

void TestExport::jobChecksEveryTargetBeforeWriting()
{
    // The last planned file cannot be written (a folder holds its name): the
    // files planned before it must not appear either, nor any temporary file.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("outcome.png")));
    ExportRequest request;
    request.directory = dir.path();
    request.formats = {ExportFormat::Png};
    request.options.size = QSize(640, 360);
    const ExportOutcome outcome = runExport(m_context, request);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.files.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList{"outcome.png"});
}

void TestExport::jobReplacesEarlierExports()
{
    QTemporaryDir dir;
    ExportRequest request;
    request.directory = dir.path();
    request.formats = {ExportFormat::Png};
    request.charts = {ChartKind::Ranking};
    request.options.size = QSize(640, 360);
    QVERIFY(runExport(m_context, request).ok());
    request.options.size = QSize(800, 600);
    const ExportOutcome second = runExport(m_context, request);
    QVERIFY(second.ok());
    QCOMPARE(second.files, QStringList{dir.filePath(QStringLiteral("ranking.png"))});
    QCOMPARE(QImage(second.files.front()).size(), QSize(800, 600));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList{"ranking.png"});
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
