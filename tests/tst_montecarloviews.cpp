// The Monte Carlo and sensitivity views of the GUI: the tornado chart draws
// one bar pair per input, largest effect on top, from the base value; the
// sensitivity view offers every output; the panel clamps its run count.
// (The background work behind them: tst_jobrunner and tst_montecarlogui.)
#include "charts/tornadochart.h"
#include "montecarlopanel.h"
#include "sensitivityview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QWheelEvent>

using namespace asirace;

namespace {

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
    void tornadoDrawsLargestEffectOnTop();
    void tornadoLimitsRows();
    void sensitivityViewOffersEveryOutput();
    void panelClampsRuns();
    void unfocusedPanelInputsIgnoreTheWheel();
};

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

void TestMonteCarloViews::unfocusedPanelInputsIgnoreTheWheel()
{
    // The toolbar sits above the charts: scrolling past it must not change the
    // seed or the number of runs (the app-wide wheel-only-with-focus rule).
    MonteCarloPanel panel;
    panel.setEnabledByUser(true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *seed = panel.findChild<QSpinBox *>();
    auto *runs = panel.findChild<QComboBox *>();
    QVERIFY(seed && runs);
    QSignalSpy changed(&panel, &MonteCarloPanel::settingsChanged);
    const quint64 seedBefore = panel.seed();
    const qint64 runsBefore = panel.runs();
    for (QWidget *input : std::initializer_list<QWidget *>{seed, runs}) {
        QVERIFY(!input->hasFocus());
        QCOMPARE(input->focusPolicy(), Qt::StrongFocus); // the wheel gives no focus either
        const QPointF local = QPointF(input->rect().center());
        QWheelEvent event(local, input->mapToGlobal(local), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(input, &event);
    }
    QCoreApplication::processEvents();
    QCOMPARE(panel.seed(), seedBefore);
    QCOMPARE(panel.runs(), runsBefore);
    QCOMPARE(changed.size(), 0);
}

QTEST_MAIN(TestMonteCarloViews)
#include "tst_montecarloviews.moc"
