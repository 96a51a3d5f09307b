// The Monte Carlo and sensitivity pieces of the GUI: the background runner
// delivers progressive estimates ending in the full run count, drops results
// of superseded or cancelled jobs; the tornado chart draws one bar pair per
// input, largest effect on top, from the base value.
#include "builtinscenarios.h"
#include "charts/tornadochart.h"
#include "montecarlopanel.h"
#include "montecarlorunner.h"
#include "sensitivityview.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace asirace;

namespace {

Scenario uncertain()
{
    Scenario s = defaultScenario();
    s.distributions = {{"assumptions.agi_log10_flop", DistributionKind::Normal, 36, 1.5, 0, 0, 0, ""},
                       {"assumptions.alg_halving_months", DistributionKind::Uniform, 5, 14, 0, 0, 0, ""},
                       {"Oracle.research_talent", DistributionKind::Uniform, 0.5, 2, 0, 0, 0, ""}};
    return s;
}

SensitivityResult sampleResult()
{
    SensitivityResult r;
    r.output = *SensitivityOutput::parse("winner_arrival");
    r.base = 2031;
    r.rows = {{"assumptions.agi_log10_flop", 34, 36, 38, 2029, 2034, false, false},
              {"assumptions.alg_halving_months", 6, 9, 12, 2030, 2032, false, false},
              {"Oracle.research_talent", 0.7, 1.2, 1.8, 2031, 2031, false, false}};
    return r;
}

} // namespace

class TestMonteCarloViews : public QObject
{
    Q_OBJECT
private slots:
    void runnerRefinesUntilTheRequestedRuns();
    void aNewJobSupersedesTheOldOne();
    void cancelDropsResults();
    void runnerDeliversSensitivity();
    void tornadoDrawsLargestEffectOnTop();
    void tornadoLimitsRows();
    void sensitivityViewOffersEveryOutput();
    void panelClampsRuns();
};

void TestMonteCarloViews::runnerRefinesUntilTheRequestedRuns()
{
    MonteCarloRunner runner;
    QSignalSpy updates(&runner, &MonteCarloRunner::monteCarloUpdated);
    QSignalSpy running(&runner, &MonteCarloRunner::runningChanged);
    MonteCarloOptions options;
    options.runs = 1200;
    runner.startMonteCarlo(uncertain(), options);
    QVERIFY(runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 30000);
    QVERIFY(updates.size() >= 2); // a first estimate, then refinements
    const auto first = updates.first().at(0).value<std::shared_ptr<const MonteCarloResult>>();
    const auto last = updates.last().at(0).value<std::shared_ptr<const MonteCarloResult>>();
    QCOMPARE(first->runs, MonteCarloRunner::kFirstBatch);
    QVERIFY(!first->complete());
    QCOMPARE(last->runs, std::int64_t(1200));
    QVERIFY(last->complete());
    QCOMPARE(running.size(), 2); // on, then off
}

void TestMonteCarloViews::aNewJobSupersedesTheOldOne()
{
    MonteCarloRunner runner;
    QSignalSpy updates(&runner, &MonteCarloRunner::monteCarloUpdated);
    MonteCarloOptions big;
    big.runs = 1000000;
    runner.startMonteCarlo(uncertain(), big);
    MonteCarloOptions small;
    small.runs = 600;
    runner.startMonteCarlo(uncertain(), small);
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 30000);
    QVERIFY(!updates.isEmpty());
    for (const auto &args : updates) // nothing of the first job got through
        QCOMPARE(args.at(0).value<std::shared_ptr<const MonteCarloResult>>()->requested_runs, std::int64_t(600));
}

void TestMonteCarloViews::cancelDropsResults()
{
    MonteCarloRunner runner;
    QSignalSpy updates(&runner, &MonteCarloRunner::monteCarloUpdated);
    MonteCarloOptions options;
    options.runs = 1000000;
    runner.startMonteCarlo(uncertain(), options);
    runner.cancel();
    QVERIFY(!runner.isRunning());
    QTest::qWait(50);
    QVERIFY(updates.isEmpty());
}

void TestMonteCarloViews::runnerDeliversSensitivity()
{
    MonteCarloRunner runner;
    QSignalSpy ready(&runner, &MonteCarloRunner::sensitivityReady);
    runner.startSensitivity(uncertain(), *SensitivityOutput::parse("winner_arrival"));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
    const auto r = ready.first().at(0).value<std::shared_ptr<const SensitivityResult>>();
    QCOMPARE(r->rows.size(), size_t(3));
    QVERIFY(r->rows.front().effect() > 0);
    QCOMPARE(r->rows.back().path, std::string("Oracle.research_talent")); // a provider does no research
    QCOMPARE(r->rows.back().effect(), 0.0);
}

void TestMonteCarloViews::tornadoDrawsLargestEffectOnTop()
{
    TornadoChart chart;
    chart.resize(600, 300);
    chart.setResult(sampleResult());
    QCOMPARE(chart.shownRows(), 3);
    // Bars are offsets from the base value: row 0 swings from 2029 to 2034.
    QCOMPARE(chart.lowBars()->baseValue(), 2031.0);
    QCOMPARE(chart.lowBars()->data()->at(0)->value, -2.0);
    QCOMPARE(chart.highBars()->data()->at(0)->value, 3.0);
    QCOMPARE(chart.highBars()->data()->at(2)->value, 0.0);
    QVERIFY(chart.yAxis->rangeReversed()); // row 0 drawn at the top
    chart.replot();
    const QPointF onBar(chart.xAxis->coordToPixel(2033), chart.yAxis->coordToPixel(0));
    QVERIFY(chart.hoverTextAt(onBar).contains("AGI threshold")); // the label, not assumptions.agi_log10_flop
    const QPointF offBar(chart.xAxis->coordToPixel(2033), chart.yAxis->coordToPixel(2));
    QVERIFY(chart.hoverTextAt(offBar).isEmpty());
}

void TestMonteCarloViews::tornadoLimitsRows()
{
    TornadoChart chart;
    chart.setMaxRows(2);
    chart.setResult(sampleResult());
    QCOMPARE(chart.shownRows(), 2);
    QCOMPARE(chart.lowBars()->data()->size(), 2);
}

void TestMonteCarloViews::sensitivityViewOffersEveryOutput()
{
    SensitivityView view;
    view.setLabs({"OpenAI", "Anthropic"});
    QSignalSpy requested(&view, &SensitivityView::analyseRequested);
    QCOMPARE(view.currentOutput().text(), std::string("winner_arrival"));
    auto *combo = view.findChild<QComboBox *>();
    QCOMPARE(combo->count(), 5);
    combo->setCurrentIndex(combo->findData("p_first:Anthropic"));
    view.setLabs({"OpenAI", "Anthropic", "Meta"}); // keeps the choice
    QCOMPARE(view.currentOutput().text(), std::string("p_first:Anthropic"));
    view.findChild<QPushButton *>()->click();
    QCOMPARE(requested.size(), 1);
}

void TestMonteCarloViews::panelClampsRuns()
{
    MonteCarloPanel panel;
    QSignalSpy toggled(&panel, &MonteCarloPanel::enabledChanged);
    panel.setRuns(5000000);
    QCOMPARE(panel.runs(), qint64(1000000));
    panel.setRuns(2000);
    QCOMPARE(panel.runs(), qint64(2000));
    panel.setEnabledByUser(true);
    QCOMPARE(toggled.size(), 1);
}

QTEST_MAIN(TestMonteCarloViews)
#include "tst_montecarloviews.moc"
