// Compare mode answers "what changed" (the legend names both scenarios, the
// leaderboard has delta columns, the headline says how winner and margin
// moved, the list offers each scenario once and never the edited one), and
// every chart has a context menu (copy, export, reset zoom, show data) and a
// hint on how to zoom and pan.
#include "capabilitychart.h"
#include "computechart.h"
#include "chartdatadialog.h"
#include "comparetext.h"
#include "exportcontext.h"
#include "leaderboard.h"
#include "leaderboardmodel.h"
#include "outcomechart.h"
#include "raceresultfixture.h"
#include "rankingchart.h"
#include "scenariobar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace asirace;
using asirace::test::makeRaceResult;
using asirace::test::shared;

namespace {

LabSeries &lab(SimulationResult &r, const char *name)
{
    for (auto &l : r.labs)
        if (l.name == name)
            return l;
    qFatal("no lab %s", name);
}

// The fixture's race with Anthropic first and OpenAI 17 months later than in the fixture.
SimulationResult anthropicWins()
{
    SimulationResult r = makeRaceResult();
    lab(r, "OpenAI").asi_year = *lab(r, "OpenAI").asi_year + 17.0 / 12;
    lab(r, "Anthropic").asi_year = 2031.0;
    r.ranking = {"Anthropic", "OpenAI", "Meta"};
    r.winner = "Anthropic";
    lab(r, "Anthropic").final_rank = 1;
    lab(r, "OpenAI").final_rank = 2;
    return r;
}

int rowOf(const LeaderboardModel &model, const QString &lab)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.labAt(row) == lab)
            return row;
    return -1;
}

QStringList legendTexts(const RaceChart &chart)
{
    QStringList out;
    for (QCPLegend *legend : {chart.legend, chart.compareLegend()})
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
                out << item->plottable()->name();
    return out;
}

QAction *action(QMenu *menu, const QString &textStart)
{
    for (QAction *a : menu->actions())
        if (a->text().remove(QLatin1Char('&')).startsWith(textStart))
            return a;
    return nullptr;
}

} // namespace

class TestChartCompare : public QObject
{
    Q_OBJECT
private slots:
    void compareListOffersEachScenarioOnceAndNotTheEditedOne();
    void legendSaysWhichLinesAreWhich();
    void leaderboardGainsDeltaArrivalAndDeltaRank();
    void headlineSaysHowWinnerAndMarginChanged();
    void differenceOptionDrawsOneDeltaLinePerLab();
    void computeChartOffersTheDifferenceToo();
    void chartsWithoutADifferenceSayWhy();
    void contextMenuOffersCopyExportResetAndData();
    void showDataTablesThePlottedSeries();
    void emptySpaceHintsZoomAndPan();
};

void TestChartCompare::compareListOffersEachScenarioOnceAndNotTheEditedOne()
{
    ScenarioBar bar;
    const QStringList file = {QStringLiteral("Evidence baseline"), QStringLiteral("Patel's view"), QStringLiteral("Mine")};
    const QStringList builtins = {QStringLiteral("Evidence baseline"), QStringLiteral("Patel's view"), QStringLiteral("Backtest 2025")};
    bar.setComparisonChoices(file, builtins, QString(), QStringLiteral("Evidence baseline"));
    QComboBox *combo = bar.comparisonCombo();
    QStringList names, keys;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString().isEmpty())
            continue; // "(nothing)" and the separator
        names << combo->itemText(i).remove(QStringLiteral(" (built-in)"));
        keys << combo->itemData(i).toString();
    }
    QCOMPARE(names.size(), QSet<QString>(names.begin(), names.end()).size()); // no name twice
    QVERIFY(!names.contains(QStringLiteral("Evidence baseline")));            // not the scenario being edited
    QVERIFY(keys.contains(QStringLiteral("file:Patel's view")));
    QVERIFY(!keys.contains(QStringLiteral("builtin:Patel's view")));
    QVERIFY(keys.contains(QStringLiteral("builtin:Backtest 2025"))); // a built-in the file lacks is still offered
    QVERIFY(keys.contains(QStringLiteral("file:Mine")));
}

void TestChartCompare::legendSaysWhichLinesAreWhich()
{
    CapabilityChart chart;
    chart.resize(800, 500);
    chart.setScenarioName(QStringLiteral("Evidence baseline"));
    chart.setComparisonName(QStringLiteral("Patel's view"));
    chart.setResult(shared(makeRaceResult()), shared(anthropicWins()));
    const QStringList texts = legendTexts(chart);
    QVERIFY2(texts.contains(QStringLiteral("Evidence baseline")), qPrintable(texts.join(QLatin1String(", "))));
    QVERIFY2(texts.contains(QStringLiteral("Patel's view (compared)")), qPrintable(texts.join(QLatin1String(", "))));
    // The two style entries: solid for this scenario, dashed for the compared one.
    QVERIFY(chart.compareLegend() != chart.legend); // in a row above the plot, where long names fit
    for (int i = 0; i < chart.compareLegend()->itemCount(); ++i) {
        auto *item = qobject_cast<QCPPlottableLegendItem *>(chart.compareLegend()->item(i));
        if (!item)
            continue;
        if (item->plottable()->name() == QLatin1String("Evidence baseline"))
            QCOMPARE(item->plottable()->pen().style(), Qt::SolidLine);
        if (item->plottable()->name() == QLatin1String("Patel's view (compared)"))
            QCOMPARE(item->plottable()->pen().style(), Qt::DashLine);
    }
    // Every dashed line keeps its lab's colour.
    for (const auto &l : makeRaceResult().labs) {
        const QString name = QString::fromStdString(l.name);
        QCOMPARE(chart.seriesGraph(name, "kappa", true)->pen().color(), chart.seriesGraph(name, "kappa")->pen().color());
    }
    chart.setResult(shared(makeRaceResult()));
    QVERIFY(!legendTexts(chart).contains(QStringLiteral("Patel's view (compared)")));
}

void TestChartCompare::leaderboardGainsDeltaArrivalAndDeltaRank()
{
    LeaderboardModel model;
    model.setResult(shared(makeRaceResult()));
    const int plainColumns = model.columnCount();
    QCOMPARE(model.deltaArrivalColumn(), -1);
    model.setComparison(shared(anthropicWins()), QStringLiteral("Patel's view"));
    QCOMPARE(model.columnCount(), plainColumns + 2);
    const int arrival = model.deltaArrivalColumn(), rank = model.deltaRankColumn();
    QCOMPARE(model.headerData(arrival, Qt::Horizontal).toString(), QStringLiteral("Δ ASI"));
    QCOMPARE(model.headerData(rank, Qt::Horizontal).toString(), QStringLiteral("Δ rank"));

    const SimulationResult now = makeRaceResult(), then = anthropicWins();
    const int openai = rowOf(model, QStringLiteral("OpenAI"));
    const int anthropic = rowOf(model, QStringLiteral("Anthropic"));
    const int meta = rowOf(model, QStringLiteral("Meta"));
    QCOMPARE(model.index(openai, arrival).data(LeaderboardModel::RawValueRole).toInt(), -17); // 17 months earlier now
    QCOMPARE(model.index(openai, arrival).data().toString(), QStringLiteral("\u221217 mo"));
    const int anthropicShift = int(std::lround((*now.labs[1].asi_year - *then.labs[1].asi_year) * 12));
    QCOMPARE(model.index(anthropic, arrival).data(LeaderboardModel::RawValueRole).toInt(), anthropicShift);
    QCOMPARE(model.index(openai, rank).data().toString(), QStringLiteral("\u25b21"));    // up from 2nd to 1st
    QCOMPARE(model.index(anthropic, rank).data().toString(), QStringLiteral("\u25bc1")); // down from 1st to 2nd
    QCOMPARE(model.index(meta, rank).data().toString(), QStringLiteral("="));
    QVERIFY(model.index(openai, arrival).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Patel's view")));

    // With odds on as well, the delta columns follow the P(first) column.
    model.setOdds(std::make_shared<const MonteCarloResult>());
    QCOMPARE(model.deltaArrivalColumn(), LeaderboardModel::PFirstColumn + 1);
    QCOMPARE(model.headerData(model.deltaRankColumn(), Qt::Horizontal).toString(), QStringLiteral("Δ rank"));
    model.setComparison(nullptr);
    QCOMPARE(model.columnCount(), plainColumns + 1);
}

void TestChartCompare::headlineSaysHowWinnerAndMarginChanged()
{
    const SimulationResult now = makeRaceResult();
    const QString changed = compareHeadline(now, anthropicWins(), QStringLiteral("Patel's view"));
    QVERIFY2(changed.contains(QStringLiteral("Patel's view")), qPrintable(changed));
    QVERIFY2(changed.contains(QStringLiteral("OpenAI now wins instead of Anthropic")), qPrintable(changed));
    QVERIFY2(changed.contains(QStringLiteral("margin")), qPrintable(changed));

    // Same winner, later arrival, smaller lead.
    SimulationResult slower = makeRaceResult();
    lab(slower, "OpenAI").asi_year = *lab(slower, "OpenAI").asi_year - 0.5;
    const QString same = compareHeadline(now, slower, QStringLiteral("Fast"));
    QVERIFY2(same.contains(QStringLiteral("OpenAI still wins, 6 months later")), qPrintable(same));
    QVERIFY2(same.contains(QStringLiteral("margin shrinks")), qPrintable(same));

    Leaderboard board;
    board.setResult(shared(now));
    const QString plain = board.headline();
    board.setComparison(shared(anthropicWins()), QStringLiteral("Patel's view"));
    QVERIFY(board.headline().startsWith(plain));
    QVERIFY(board.headline().contains(QStringLiteral("instead of Anthropic")));
    board.setComparison(nullptr, {});
    QCOMPARE(board.headline(), plain);
}

void TestChartCompare::differenceOptionDrawsOneDeltaLinePerLab()
{
    SimulationResult there = makeRaceResult();
    for (double &k : lab(there, "Anthropic").effective_flop_log10)
        k -= 0.75; // Anthropic is 0.75 OOM ahead here
    CapabilityChart chart;
    chart.setComparisonName(QStringLiteral("Slow"));
    chart.setResult(shared(makeRaceResult()), shared(there));
    std::unique_ptr<QMenu> menu(chart.createContextMenu(nullptr));
    QAction *difference = action(menu.get(), QStringLiteral("Compare as Difference"));
    QVERIFY(difference && difference->isCheckable() && difference->isEnabled());
    difference->trigger();
    QCOMPARE(chart.compareStyle(), RaceChart::CompareStyle::Difference);
    QVERIFY(!chart.seriesGraph("Anthropic", "kappa", true)); // no dashed overlay any more
    QCPGraph *delta = chart.seriesGraph("Anthropic", "kappa-difference");
    QVERIFY(delta);
    QCOMPARE(delta->data()->at(10)->value, 0.75);
    QCOMPARE(chart.seriesGraph("OpenAI", "kappa-difference")->data()->at(10)->value, 0.0);
    QVERIFY(chart.yAxis->range().contains(0.75) && chart.yAxis->range().contains(0.0));
    QVERIFY(chart.yAxis->label().contains(QStringLiteral("Δκ")));
    // Exports draw what the screen shows.
    ExportContext context;
    context.takeFromChart(chart);
    QVERIFY(context.compareAsDifference);
    // Back to the overlay.
    chart.setCompareStyle(RaceChart::CompareStyle::Overlay);
    QVERIFY(chart.seriesGraph("Anthropic", "kappa", true));
    QVERIFY(!chart.seriesGraph("Anthropic", "kappa-difference"));
}

void TestChartCompare::computeChartOffersTheDifferenceToo()
{
    // The same option on the compute chart: log10 here − log10 there, so ten
    // times the capacity reads +1 order of magnitude.
    SimulationResult there = makeRaceResult();
    for (double &c : lab(there, "Anthropic").compute_h100e)
        c /= 10;
    ComputeChart chart;
    chart.setComparisonName(QStringLiteral("Tenth"));
    chart.setResult(shared(makeRaceResult()), shared(there));
    std::unique_ptr<QMenu> menu(chart.createContextMenu(nullptr));
    QAction *difference = action(menu.get(), QStringLiteral("Compare as Difference"));
    QVERIFY(difference && difference->isCheckable() && difference->isEnabled());
    difference->trigger();
    QVERIFY(chart.showsDifference());
    QVERIFY(!chart.seriesGraph("Anthropic", "compute", true));
    QCPGraph *capacity = chart.seriesGraph("Anthropic", "compute-difference");
    QVERIFY(capacity);
    QVERIFY(std::abs(capacity->data()->at(10)->value - 1.0) < 1e-9);
    QVERIFY(std::abs(chart.seriesGraph("Anthropic", "training-difference")->data()->at(10)->value) < 1e-9);
    QCPAxis *y = chart.capacityRect()->axis(QCPAxis::atLeft);
    QCOMPARE(y->scaleType(), QCPAxis::stLinear);
    QVERIFY(y->range().contains(1.0) && y->range().contains(0.0));
    QVERIFY(chart.title().contains(QStringLiteral("Tenth")));
    // Back to the overlay on log axes.
    chart.setCompareStyle(RaceChart::CompareStyle::Overlay);
    QCOMPARE(y->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(chart.seriesGraph("Anthropic", "compute", true));
    QVERIFY(!chart.seriesGraph("Anthropic", "compute-difference"));
}

void TestChartCompare::chartsWithoutADifferenceSayWhy()
{
    // Ranking and outcome offer no difference, and their greyed entry says why.
    RankingChart ranking;
    OutcomeChart outcome;
    for (RaceChart *chart : std::initializer_list<RaceChart *>{&ranking, &outcome}) {
        chart->setResult(shared(makeRaceResult()), shared(anthropicWins()));
        std::unique_ptr<QMenu> menu(chart->createContextMenu(nullptr));
        QAction *difference = action(menu.get(), QStringLiteral("Compare as Difference"));
        QVERIFY(difference);
        QVERIFY(!difference->isEnabled());
        QVERIFY(difference->toolTip().contains(QStringLiteral("leaderboard")));
        QVERIFY(menu->toolTipsVisible());
    }
}

void TestChartCompare::contextMenuOffersCopyExportResetAndData()
{
    RankingChart chart;
    chart.resize(700, 400);
    chart.setResult(shared(makeRaceResult()));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.replot();
    std::unique_ptr<QMenu> menu(chart.createContextMenu(nullptr));
    for (const QString &text : {QStringLiteral("Copy Image"), QStringLiteral("Export"), QStringLiteral("Reset Zoom"),
                                QStringLiteral("Show Data")})
        QVERIFY2(action(menu.get(), text), qPrintable(text));
    // Nobody listens for copy and export: the menu says so by disabling them.
    QVERIFY(!action(menu.get(), QStringLiteral("Copy Image"))->isEnabled());
    QVERIFY(!action(menu.get(), QStringLiteral("Reset Zoom"))->isEnabled()); // nothing to reset yet
    const QList<QAction *> actions = menu->actions();
    QVERIFY(std::any_of(actions.begin(), actions.end(), [](QAction *a) { return a->text() == RaceChart::navigationHint(); }));

    QSignalSpy copies(&chart, &RaceChart::copyImageRequested);
    QSignalSpy exports(&chart, &RaceChart::exportRequested);
    const QCPRange home = chart.xAxis->range();
    QWheelEvent wheel(QPointF(350, 200), chart.mapToGlobal(QPointF(350, 200)), {}, QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&chart, &wheel);
    QVERIFY(chart.xAxis->range() != home);
    menu.reset(chart.createContextMenu(nullptr));
    QVERIFY(action(menu.get(), QStringLiteral("Copy Image"))->isEnabled());
    QVERIFY(action(menu.get(), QStringLiteral("Export"))->isEnabled());
    action(menu.get(), QStringLiteral("Copy Image"))->trigger();
    action(menu.get(), QStringLiteral("Export"))->trigger();
    QCOMPARE(copies.count(), 1);
    QCOMPARE(exports.count(), 1);
    QAction *reset = action(menu.get(), QStringLiteral("Reset Zoom"));
    QVERIFY(reset->isEnabled());
    reset->trigger();
    QCOMPARE(chart.xAxis->range(), home);
}

void TestChartCompare::showDataTablesThePlottedSeries()
{
    const SimulationResult r = makeRaceResult();
    CapabilityChart chart;
    chart.setComparisonName(QStringLiteral("Patel's view"));
    chart.setResult(shared(r), shared(anthropicWins()));
    const ChartTable table = chart.dataTable();
    // Date, then κ per lab for both scenarios.
    QCOMPARE(table.columns.size(), 1 + 2 * int(r.labs.size()));
    QCOMPARE(table.rows.size(), int(r.months.size()));
    int openai = -1;
    for (int c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].header.startsWith(QStringLiteral("OpenAI: κ")) && !table.columns[c].header.contains(QLatin1String("Patel")))
            openai = c;
    QVERIFY(openai > 0);
    QCOMPARE(table.rows[12][openai].toDouble(), lab(const_cast<SimulationResult &>(r), "OpenAI").effective_flop_log10[12]);
    QCOMPARE(table.display(0, 0), QStringLiteral("Jan 2025"));
    QVERIFY(table.toTsv().startsWith(QStringLiteral("Date\t")));

    OutcomeChart outcome;
    outcome.setResult(shared(r), shared(anthropicWins()));
    const ChartTable bars = outcome.dataTable();
    QCOMPARE(bars.rows.size(), int(r.labs.size()));
    QCOMPARE(bars.columns.size(), 3); // lab, arrival, compared arrival
    QCOMPARE(bars.display(2, 1), QStringLiteral("not by 2040"));

    ChartDataDialog dialog(chart.title(), table);
    QCOMPARE(dialog.table()->columnCount(), table.columns.size());
    QCOMPARE(dialog.table()->item(12, openai)->text(), table.display(12, openai));
}

void TestChartCompare::emptySpaceHintsZoomAndPan()
{
    CapabilityChart chart;
    chart.resize(700, 400);
    chart.setResult(shared(makeRaceResult()));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.replot();
    QCOMPARE(chart.statusTip(), RaceChart::navigationHint());
    QVERIFY(RaceChart::navigationHint().contains(QStringLiteral("Wheel to zoom")));
    QVERIFY(RaceChart::navigationHint().contains(QStringLiteral("double-click to reset")));
    // A tool tip over empty space (top left of the plot, far from any line) is the hint.
    const QRect plot = chart.axisRect()->rect();
    const QPoint empty(plot.left() + 20, plot.top() + plot.height() / 2 - 40);
    QVERIFY(chart.hoverTextAt(empty).isEmpty());
    QHelpEvent help(QEvent::ToolTip, empty, chart.mapToGlobal(empty));
    QApplication::sendEvent(&chart, &help);
    QTRY_COMPARE(QToolTip::text(), RaceChart::navigationHint());
}

QTEST_MAIN(TestChartCompare)
#include "tst_chartcompare.moc"
