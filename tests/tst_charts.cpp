// The dashboard charts draw exactly the series of the result, one graph per
// lab, reuse graphs across results, overlay a comparison dashed, keep lab
// visibility in step across charts, and render a non-blank 1600x1000 panel.
#include "capabilitychart.h"
#include "chartpanel.h"
#include "computechart.h"
#include "historicalruns.h"
#include "outcomechart.h"
#include "rankingchart.h"
#include "raceresultfixture.h"

#include "builtinscenarios.h"
#include "simulator.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace asirace;
using asirace::test::makeRaceResult;
using asirace::test::shared;

namespace {

const QStringList kLabs = {QStringLiteral("OpenAI"), QStringLiteral("Anthropic"), QStringLiteral("Meta")};

// Every point of the graph equals (months[i], series[i]).
bool graphEquals(const QCPGraph *graph, const std::vector<double> &months, const std::vector<double> &series)
{
    if (!graph || graph->data()->size() != int(series.size()))
        return false;
    for (int i = 0; i < graph->data()->size(); ++i) {
        const auto p = graph->data()->at(i);
        if (p->key != months[size_t(i)] || p->value != series[size_t(i)])
            return false;
    }
    return true;
}

const LabSeries &lab(const SimulationResult &r, const QString &name)
{
    for (const auto &l : r.labs)
        if (QString::fromStdString(l.name) == name)
            return l;
    qFatal("no lab %s", qPrintable(name));
}

int countRole(RaceChart *chart, const QString &role, bool comparison)
{
    int n = 0;
    for (int i = 0; i < chart->plottableCount(); ++i) {
        const SeriesInfo *info = chart->seriesInfo(chart->plottable(i));
        n += info && info->role == role && info->comparison == comparison && !info->lab.isEmpty();
    }
    return n;
}

bool waitReplotted(ChartPanel &panel)
{
    QSignalSpy spy(&panel, &ChartPanel::replotted);
    return spy.wait(5000);
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void historicalRunsLoadFromResource();
    void resultFillsOneGraphPerLabWithItsSeries();
    void changingOneLabChangesOnlyThatLabsGraph();
    void labsChangeAddsAndRemovesGraphs();
    void comparisonAddsDashedGraphPerLab();
    void legendClickTogglesLabInAllCharts();
    void hoverNamesLabDateValueAndUnit();
    void doubleClickRestoresZoomedView();
    void capabilityMarksArrivalsAndThresholds();
    void outcomeShowsArrivalsAndOdds();
    void replottedAfterAllChartsOncePerBurst();
    void emptyAndMissingResultsClearTheCharts();
    void panelAt1600x1000IsNotBlank();

private:
    void checkNotBlank(const QImage &image, const QString &fileName);
};

void TestCharts::historicalRunsLoadFromResource()
{
    const HistoricalRuns &runs = HistoricalRuns::builtin();
    QCOMPARE(runs.runs().size(), 47); // every row of the shipped CSV
    for (const TrainingRun &run : runs.runs())
        QVERIFY2(run.source.contains(QLatin1String("Epoch AI")) || run.source.contains(QLatin1String("Microsoft")), qPrintable(run.model));
    const auto records = runs.records();
    QCOMPARE(records.first().model, QStringLiteral("GPT-2 (1.5B)"));
    QCOMPARE(records.last().model, QStringLiteral("Grok 4"));
    for (qsizetype i = 1; i < records.size(); ++i)
        QVERIFY(*records[i].flop > *records[i - 1].flop);
    QCOMPARE(splitCsvLine(QStringLiteral("a,\"b, \"\"c\"\"\",")), QStringList({"a", "b, \"c\"", ""}));
}

void TestCharts::resultFillsOneGraphPerLabWithItsSeries()
{
    ChartPanel panel;
    const SimulationResult r = makeRaceResult();
    panel.setResult(shared(r));
    QCOMPARE(countRole(panel.computeChart(), QStringLiteral("compute"), false), 3);
    QCOMPARE(countRole(panel.computeChart(), QStringLiteral("training_run"), false), 3);
    QCOMPARE(countRole(panel.capabilityChart(), QStringLiteral("kappa"), false), 3);
    QCOMPARE(countRole(panel.rankingChart(), QStringLiteral("rank"), false), 3);
    QCOMPARE(countRole(panel.outcomeChart(), QStringLiteral("arrival"), false), 3);
    for (const QString &name : kLabs) {
        const LabSeries &l = lab(r, name);
        QVERIFY(graphEquals(panel.computeChart()->seriesGraph(name, "compute"), r.months, l.compute_h100e));
        QVERIFY(graphEquals(panel.computeChart()->seriesGraph(name, "training_run"), r.months, l.training_run_flop));
        QVERIFY(graphEquals(panel.capabilityChart()->seriesGraph(name, "kappa"), r.months, l.effective_flop_log10));
        QVERIFY(graphEquals(panel.rankingChart()->seriesGraph(name, "rank"), r.months, l.rank));
        // One colour per lab everywhere.
        const QColor colour(QString::fromStdString(l.colour));
        QCOMPARE(panel.computeChart()->seriesGraph(name, "compute")->pen().color(), colour);
        QCOMPARE(panel.capabilityChart()->seriesGraph(name, "kappa")->pen().color(), colour);
        QCOMPARE(panel.rankingChart()->seriesGraph(name, "rank")->pen().color(), colour);
        auto *bars = qobject_cast<QCPBars *>(panel.outcomeChart()->seriesPlottable(name, "arrival"));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), 1);
        // The bar spans from the first month to the arrival (or the end, hatched).
        QCOMPARE(bars->baseValue(), r.months.front());
        QCOMPARE(bars->baseValue() + bars->data()->at(0)->value, l.asi_year.value_or(r.months.back()));
        QCOMPARE(bars->brush().color(), colour);
    }
    QCOMPARE(panel.charts().size(), 4);
}

void TestCharts::changingOneLabChangesOnlyThatLabsGraph()
{
    ChartPanel panel;
    SimulationResult r = makeRaceResult();
    panel.setResult(shared(r));
    QCPGraph *openAi = panel.computeChart()->seriesGraph("OpenAI", "compute");
    QCPGraph *anthropic = panel.computeChart()->seriesGraph("Anthropic", "compute");
    QCPGraph *meta = panel.computeChart()->seriesGraph("Meta", "compute");
    const auto openAiData = openAi->data();
    const auto metaData = meta->data();

    SimulationResult changed = r;
    for (double &v : changed.labs[1].compute_h100e)
        v *= 3.0;
    for (double &v : changed.labs[1].effective_flop_log10)
        v += 0.5;
    panel.setResult(shared(changed));

    // The same graph objects are reused (no re-creation on a slider tick).
    QCOMPARE(panel.computeChart()->seriesGraph("Anthropic", "compute"), anthropic);
    QCOMPARE(panel.computeChart()->seriesGraph("OpenAI", "compute"), openAi);
    QVERIFY(graphEquals(anthropic, changed.months, changed.labs[1].compute_h100e));
    QVERIFY(!graphEquals(anthropic, r.months, r.labs[1].compute_h100e));
    QVERIFY(graphEquals(panel.capabilityChart()->seriesGraph("Anthropic", "kappa"), changed.months,
                        changed.labs[1].effective_flop_log10));
    // Other labs: same values as before.
    QVERIFY(graphEquals(openAi, r.months, r.labs[0].compute_h100e));
    QVERIFY(graphEquals(meta, r.months, r.labs[2].compute_h100e));
    QVERIFY(graphEquals(panel.capabilityChart()->seriesGraph("Meta", "kappa"), r.months, r.labs[2].effective_flop_log10));
}

void TestCharts::labsChangeAddsAndRemovesGraphs()
{
    ChartPanel panel;
    SimulationResult r = makeRaceResult();
    panel.setResult(shared(r));
    SimulationResult fewer = r;
    fewer.labs.pop_back();
    fewer.ranking.pop_back();
    panel.setResult(shared(fewer));
    for (RaceChart *chart : panel.charts())
        QVERIFY2(chart->labPlottables("Meta").isEmpty(), qPrintable(chart->title()));
    QCOMPARE(countRole(panel.capabilityChart(), QStringLiteral("kappa"), false), 2);
    panel.setResult(shared(r));
    QVERIFY(graphEquals(panel.capabilityChart()->seriesGraph("Meta", "kappa"), r.months, r.labs[2].effective_flop_log10));
}

void TestCharts::comparisonAddsDashedGraphPerLab()
{
    ChartPanel panel;
    const SimulationResult r = makeRaceResult();
    SimulationResult other = r;
    for (auto &l : other.labs)
        for (double &v : l.effective_flop_log10)
            v -= 1.0;
    panel.setResult(shared(r), shared(other));
    QCOMPARE(countRole(panel.capabilityChart(), QStringLiteral("kappa"), true), 3);
    QCOMPARE(countRole(panel.computeChart(), QStringLiteral("compute"), true), 3);
    QCOMPARE(countRole(panel.rankingChart(), QStringLiteral("rank"), true), 3);
    QCOMPARE(countRole(panel.outcomeChart(), QStringLiteral("arrival"), true), 3);
    for (const QString &name : kLabs) {
        QCPGraph *compare = panel.capabilityChart()->seriesGraph(name, "kappa", true);
        QVERIFY(graphEquals(compare, other.months, lab(other, name).effective_flop_log10));
        QCOMPARE(compare->pen().style(), Qt::DashLine);
        QCOMPARE(compare->pen().color(), panel.capabilityChart()->seriesGraph(name, "kappa")->pen().color());
        QCOMPARE(panel.capabilityChart()->seriesGraph(name, "kappa")->pen().style(), Qt::SolidLine);
    }
    // The legend says which lines are the comparison.
    QCPLegend *legend = panel.capabilityChart()->compareLegend();
    bool saysCompare = false;
    for (int i = 0; i < legend->itemCount(); ++i)
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            saysCompare |= item->plottable()->name().contains(QLatin1String("(compared)"));
    QVERIFY(saysCompare);

    panel.setResult(shared(r)); // comparison off again
    QCOMPARE(countRole(panel.capabilityChart(), QStringLiteral("kappa"), true), 0);
    QCOMPARE(countRole(panel.outcomeChart(), QStringLiteral("arrival"), true), 0);
}

void TestCharts::legendClickTogglesLabInAllCharts()
{
    ChartPanel panel;
    panel.resize(1600, 1000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setResult(shared(makeRaceResult()));
    QVERIFY(waitReplotted(panel));

    CapabilityChart *chart = panel.capabilityChart();
    QCPAbstractLegendItem *entry = nullptr;
    for (int i = 0; i < chart->legend->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(chart->legend->item(i));
        if (item && item->plottable()->name() == QLatin1String("Anthropic"))
            entry = item;
    }
    QVERIFY(entry);
    QSignalSpy toggled(&panel, &ChartPanel::labVisibilityToggled);
    QTest::mouseClick(chart, Qt::LeftButton, {}, entry->rect().center());
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.first().at(0).toString(), QStringLiteral("Anthropic"));
    QCOMPARE(toggled.first().at(1).toBool(), false);
    for (RaceChart *c : panel.charts()) {
        QVERIFY2(!c->isLabVisible("Anthropic"), qPrintable(c->title()));
        for (QCPAbstractPlottable *p : c->labPlottables("Anthropic"))
            QVERIFY2(!p->visible(), qPrintable(c->title()));
        for (QCPAbstractPlottable *p : c->labPlottables("OpenAI"))
            QVERIFY(p->visible());
    }
    // The bump chart keeps the name, greyed, so it can be clicked back.
    QCPItemText *name = panel.rankingChart()->endLabel("Anthropic");
    QVERIFY(name && name->visible());
    QCOMPARE(name->color(), panel.rankingChart()->chartStyle().muted);

    // Clicking the name in the bump chart shows the lab again everywhere.
    panel.rankingChart()->replot();
    const QPointF namePos = (name->topLeft->pixelPosition() + name->bottomRight->pixelPosition()) / 2;
    QTest::mouseClick(panel.rankingChart(), Qt::LeftButton, {}, namePos.toPoint());
    QCOMPARE(toggled.count(), 2);
    for (RaceChart *c : panel.charts()) {
        QVERIFY(c->isLabVisible("Anthropic"));
        for (QCPAbstractPlottable *p : c->labPlottables("Anthropic"))
            QVERIFY(p->visible());
    }
}

void TestCharts::hoverNamesLabDateValueAndUnit()
{
    ChartPanel panel;
    panel.resize(1600, 1000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const SimulationResult r = makeRaceResult();
    panel.setResult(shared(r));
    QVERIFY(waitReplotted(panel));

    CapabilityChart *cap = panel.capabilityChart();
    const int month = 60; // Jan 2030
    const double kappa = r.labs[0].effective_flop_log10[month];
    const QPointF pos(cap->xAxis->coordToPixel(r.months[month]), cap->yAxis->coordToPixel(kappa));
    QCPAbstractPlottable *hit = nullptr;
    const QString text = cap->hoverTextAt(pos, &hit);
    QCOMPARE(hit, cap->seriesGraph("OpenAI", "kappa"));
    QVERIFY2(text.contains("OpenAI") && text.contains("Jan 2030") && text.contains(QString::number(kappa, 'f', 2)) &&
                 text.contains(QString::fromUtf8("log₁₀ effective FLOP")),
             qPrintable(text));

    ComputeChart *compute = panel.computeChart();
    QCPAxis *x = compute->capacityRect()->axis(QCPAxis::atBottom);
    QCPAxis *y = compute->capacityRect()->axis(QCPAxis::atLeft);
    const double h100e = r.labs[2].compute_h100e[month];
    const QString computeText = compute->hoverTextAt(QPointF(x->coordToPixel(r.months[month]), y->coordToPixel(h100e)));
    QVERIFY2(computeText.contains("Meta") && computeText.contains("H100e") && computeText.contains(QString::fromUtf8("×10")),
             qPrintable(computeText));
    // Far from any line: nothing.
    QVERIFY(cap->hoverTextAt(QPointF(cap->xAxis->coordToPixel(2026), cap->yAxis->coordToPixel(34.5))).isEmpty());
}

void TestCharts::doubleClickRestoresZoomedView()
{
    ChartPanel panel;
    panel.resize(1600, 1000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const SimulationResult r = makeRaceResult();
    panel.setResult(shared(r));
    QVERIFY(waitReplotted(panel));
    CapabilityChart *cap = panel.capabilityChart();
    const QCPRange home = cap->xAxis->range();
    QCOMPARE(home.lower, r.months.front());

    const QPoint centre = cap->axisRect()->rect().center();
    QWheelEvent wheel(centre, cap->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(cap, &wheel);
    QVERIFY(cap->xAxis->range().size() < home.size() * 0.9);

    // A new result keeps the user's zoom...
    panel.setResult(shared(r));
    QVERIFY(cap->xAxis->range().size() < home.size() * 0.9);
    // ...until a double-click resets it.
    QTest::mouseDClick(cap, Qt::LeftButton, {}, centre);
    QCOMPARE(cap->xAxis->range().lower, home.lower);
    QCOMPARE(cap->xAxis->range().upper, home.upper);
}

void TestCharts::capabilityMarksArrivalsAndThresholds()
{
    CapabilityChart chart;
    chart.resize(800, 500);
    chart.setResult(shared(makeRaceResult()));
    chart.replot();
    const auto labels = chart.arrivalLabels();
    QCOMPARE(labels.size(), 2); // Meta never arrives
    QCOMPARE(labels.value("OpenAI"), QString::fromUtf8("OpenAI · Feb 2031"));
    QCOMPARE(labels.value("Anthropic"), QString::fromUtf8("Anthropic · Apr 2032"));
    int thresholdLines = 0;
    for (int i = 0; i < chart.itemCount(); ++i)
        if (auto *line = qobject_cast<QCPItemStraightLine *>(chart.item(i)))
            thresholdLines += (line->point1->value() == 33 || line->point1->value() == 35);
    QCOMPARE(thresholdLines, 2);
    // The home view shows both thresholds.
    QVERIFY(chart.yAxis->range().contains(33) && chart.yAxis->range().contains(35.5));
}

void TestCharts::outcomeShowsArrivalsAndOdds()
{
    OutcomeChart chart;
    chart.resize(800, 500);
    const SimulationResult r = makeRaceResult();
    chart.setResult(shared(r));
    QCOMPARE(chart.categories(), kLabs); // finishing order, winner on top
    QCOMPARE(chart.valueLabel("OpenAI"), QStringLiteral("Feb 2031"));
    QCOMPARE(chart.valueLabel("Meta"), QStringLiteral("not by 2040"));
    auto *meta = qobject_cast<QCPBars *>(chart.seriesPlottable("Meta", "arrival"));
    QCOMPARE(meta->brush().style(), Qt::BDiagPattern); // hatched: no arrival
    QVERIFY(!chart.oddsRect()->layout());

    OutcomeOdds odds;
    odds.pFirst = {{"OpenAI", 0.62}, {"Anthropic", 0.30}, {"Meta", 0.08}};
    odds.arrivalQuantiles = {{"OpenAI", {2029.5, 2031.0, 2033.2}}};
    chart.setOdds(odds);
    QVERIFY(chart.oddsRect()->layout());
    auto *p = qobject_cast<QCPBars *>(chart.seriesPlottable("OpenAI", "pfirst"));
    QVERIFY(p);
    QCOMPARE(p->data()->at(0)->value, 62.0);
    int ranges = 0;
    for (int i = 0; i < chart.itemCount(); ++i)
        if (auto *line = qobject_cast<QCPItemLine *>(chart.item(i)))
            ranges += line->start->key() == 2029.5 && line->end->key() == 2033.2;
    QCOMPARE(ranges, 1);
    chart.setOdds(std::nullopt);
    QVERIFY(!chart.oddsRect()->layout());
    QVERIFY(!chart.seriesPlottable("OpenAI", "pfirst"));
}

void TestCharts::replottedAfterAllChartsOncePerBurst()
{
    ChartPanel panel;
    panel.resize(1600, 1000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &ChartPanel::replotted);
    SimulationResult r = makeRaceResult();
    panel.setResult(shared(r));
    r.labs[0].effective_flop_log10[10] = 30;
    panel.setResult(shared(r)); // a second tick before the event loop ran
    QVERIFY(spy.wait(5000));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1); // queued replots collapse into one per chart
    QCOMPARE(panel.capabilityChart()->seriesGraph("OpenAI", "kappa")->data()->at(10)->value, 30.0);
}

void TestCharts::emptyAndMissingResultsClearTheCharts()
{
    ChartPanel panel; // never shown: replots still happen and are reported
    panel.setResult(shared(makeRaceResult()));
    QVERIFY(waitReplotted(panel));
    panel.setResult(shared(SimulationResult{}));
    QVERIFY(waitReplotted(panel));
    for (RaceChart *chart : panel.charts())
        for (const QString &name : kLabs)
            QVERIFY2(chart->labPlottables(name).isEmpty(), qPrintable(chart->title()));
    panel.setResult(nullptr);
    QVERIFY(waitReplotted(panel));
    // A cancelled run leaves zeros after the stop: gaps, not lines to zero.
    SimulationResult cancelled = makeRaceResult();
    cancelled.cancelled = true;
    for (auto &l : cancelled.labs)
        for (size_t m = 100; m < cancelled.months.size(); ++m)
            l.compute_h100e[m] = l.effective_flop_log10[m] = l.rank[m] = 0;
    panel.setResult(shared(cancelled));
    QVERIFY(waitReplotted(panel));
    QVERIFY(std::isnan(panel.computeChart()->seriesGraph("OpenAI", "compute")->data()->at(150)->value));
    QVERIFY(std::isnan(panel.capabilityChart()->seriesGraph("OpenAI", "kappa")->data()->at(150)->value));
    QVERIFY(panel.capabilityChart()->yAxis->range().lower > 20);
}

void TestCharts::panelAt1600x1000IsNotBlank()
{
    ChartPanel panel;
    panel.resize(1600, 1000);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto result = std::make_shared<const SimulationResult>(simulate(defaultScenario()));
    QVERIFY(!result->labs.empty());
    panel.setResult(result);
    QVERIFY(waitReplotted(panel));
    checkNotBlank(panel.grab().toImage(), QStringLiteral("asirace-chartpanel.png"));

    // With a comparison scenario and Monte Carlo odds: still readable.
    Scenario other = defaultScenario();
    other.assumptions.alg_halving_months *= 1.5;
    panel.setResult(result, std::make_shared<const SimulationResult>(simulate(other)));
    panel.setComparisonName(QStringLiteral("slower algorithms"));
    OutcomeOdds odds;
    double share = 0.5;
    for (const auto &lab : result->labs) {
        odds.pFirst[lab.name] = share;
        share /= 2;
        if (lab.asi_year)
            odds.arrivalQuantiles[lab.name] = {*lab.asi_year - 1.5, *lab.asi_year, *lab.asi_year + 2.5};
    }
    odds.runs = 1000;
    panel.setOutcomeOdds(odds);
    QVERIFY(waitReplotted(panel));
    checkNotBlank(panel.grab().toImage(), QStringLiteral("asirace-chartpanel-compare.png"));
}

void TestCharts::checkNotBlank(const QImage &image, const QString &fileName)
{
    QCOMPARE(image.size(), QSize(1600, 1000));
    double sum = 0, sumSq = 0;
    int nonWhite = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const int g = qGray(image.pixel(x, y));
            sum += g;
            sumSq += double(g) * g;
            nonWhite += g < 240;
        }
    }
    const double n = (image.width() / 2) * (image.height() / 2);
    const double variance = sumSq / n - (sum / n) * (sum / n);
    QVERIFY2(variance > 200, qPrintable(QString::number(variance)));
    QVERIFY2(nonWhite > n * 0.02, qPrintable(QString::number(nonWhite)));
    const QString out = QDir::temp().filePath(fileName);
    QVERIFY(image.save(out));
    qInfo("panel grab saved to %s", qPrintable(out));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
