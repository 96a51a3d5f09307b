// The slider-to-screen pipeline keeps its shortcuts honest: the label placer's
// own pixel mapping lands on the lines QCustomPlot draws (log and reversed
// axes too), measured label sizes follow font and text, a leaderboard update
// with a comparison is one update, the distribution button keeps the right
// style across repeated ticks, a dashboard chart paints every new result, and
// the toolbar's Undo button acts at once while its text follows at intervals.
#include "chartpanel.h"
#include "computechart.h"
#include "fieldslider.h"
#include "labelplacer.h"
#include "leaderboard.h"
#include "leaderboardmodel.h"
#include "raceresultfixture.h"
#include "undotoolbutton.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace asirace;
using namespace asirace::test;

class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

class TstUiPipeline : public QObject
{
    Q_OBJECT
private slots:
    void placerSeesLinesWhereTheyAreDrawn_data();
    void placerSeesLinesWhereTheyAreDrawn();
    void textSizeFollowsFontAndText();
    void leaderboardTakesResultAndComparisonAsOneUpdate();
    void distributionButtonStyleFollowsState();
    void dashboardChartPaintsEachNewResult();
    void undoToolButtonActsAtOnceAndCatchesUpWithItsText();
};

void TstUiPipeline::placerSeesLinesWhereTheyAreDrawn_data()
{
    QTest::addColumn<bool>("logY");
    QTest::addColumn<bool>("reversedY");
    QTest::addColumn<bool>("reversedX");
    QTest::newRow("linear") << false << false << false;
    QTest::newRow("log") << true << false << false;
    QTest::newRow("log reversed") << true << true << false;
    QTest::newRow("linear reversed both") << false << true << true;
}

void TstUiPipeline::placerSeesLinesWhereTheyAreDrawn()
{
    QFETCH(bool, logY);
    QFETCH(bool, reversedY);
    QFETCH(bool, reversedX);
    QCustomPlot plot;
    plot.resize(640, 400);
    QCPAxis *x = plot.xAxis, *y = plot.yAxis;
    if (logY)
        y->setScaleType(QCPAxis::stLogarithmic);
    x->setRangeReversed(reversedX);
    y->setRangeReversed(reversedY);
    x->setRange(2025, 2041);
    y->setRange(logY ? 1e3 : 0, logY ? 1e9 : 100);
    // A steep line, so a few pixels off it no segment passes.
    QVector<double> keys, values;
    for (int m = 0; m <= 180; ++m) {
        keys << 2026 + m / 12.0;
        values << (logY ? 1e4 * std::pow(10.0, m / 40.0) : 5 + m / 2.0);
    }
    plot.addGraph()->setData(keys, values);
    plot.replot(); // lays out the axis rect
    LabelPlacer placer;
    placer.addGraphLines(plot);
    for (int i : {10, 60, 120, 170}) {
        const QPointF p(x->coordToPixel(keys[i]), y->coordToPixel(values[i]));
        QVERIFY2(placer.linesThrough(QRectF(p.x() - 3, p.y() - 3, 6, 6)) == 1,
                 qPrintable(QStringLiteral("no line at point %1 (%2, %3)").arg(i).arg(p.x()).arg(p.y())));
        // Well above or below the line (it rises about a pixel per pixel at most): free.
        const double off = (y->coordToPixel(values[i]) < y->coordToPixel(values[std::min(i + 1, 180)])) ? 60 : -60;
        QCOMPARE(placer.linesThrough(QRectF(p.x() - 2, p.y() + off - 2, 4, 4)), 0);
    }
}

void TstUiPipeline::textSizeFollowsFontAndText()
{
    QCustomPlot plot;
    auto *label = new QCPItemText(&plot);
    label->setText(QStringLiteral("GPT-4"));
    QFont font = plot.font();
    font.setPixelSize(10);
    label->setFont(font);
    const QSizeF small = LabelPlacer::textSize(*label);
    QCOMPARE(LabelPlacer::textSize(*label), small); // measured again: the same
    font.setPixelSize(20);
    label->setFont(font);
    const QSizeF large = LabelPlacer::textSize(*label);
    QVERIFY(large.width() > small.width() && large.height() > small.height());
    font.setBold(true);
    label->setFont(font);
    QCOMPARE(LabelPlacer::textSize(*label).width(), double(QFontMetrics(font).boundingRect(0, 0, 0, 0, Qt::TextDontClip | label->textAlignment(), label->text()).width()
                                                          + label->padding().left() + label->padding().right()));
    label->setText(QStringLiteral("GPT-4 and a longer name"));
    QVERIFY(LabelPlacer::textSize(*label).width() > large.width());
}

void TstUiPipeline::leaderboardTakesResultAndComparisonAsOneUpdate()
{
    Leaderboard board;
    auto a = shared(makeRaceResult());
    SimulationResult later = makeRaceResult();
    for (auto &lab : later.labs)
        if (lab.asi_year)
            *lab.asi_year += 0.5;
    auto b = shared(later);
    board.setResults(a, nullptr, {});
    QSignalSpy changed(board.model(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(board.model(), &QAbstractItemModel::modelReset);
    board.setResults(a, b, QStringLiteral("Later"));
    QCOMPARE(changed.count() + reset.count(), 1);
    QVERIFY(board.model()->deltaArrivalColumn() >= 0);
    QVERIFY(board.headline().contains(QStringLiteral("Later")));
    // The delta column says how much earlier this scenario is than the compared one.
    const QModelIndex delta = board.model()->index(0, board.model()->deltaArrivalColumn());
    QVERIFY(!board.model()->data(delta).toString().isEmpty());
    changed.clear();
    reset.clear();
    board.setResults(a, nullptr, {});
    QCOMPARE(board.model()->deltaArrivalColumn(), -1);
    QCOMPARE(changed.count() + reset.count(), 1);
}

void TstUiPipeline::distributionButtonStyleFollowsState()
{
    SliderSpec spec;
    spec.name = QStringLiteral("mfu");
    spec.label = QStringLiteral("Model FLOP utilisation");
    spec.min = 0.05;
    spec.max = 0.9;
    spec.defaultValue = 0.4;
    FieldSlider slider(spec);
    auto *button = slider.findChild<QToolButton *>(QStringLiteral("mfuDistribution"));
    QVERIFY(button);
    const QString certain = button->styleSheet();
    const FieldSlider::Uncertainty mark{0.3, 0.5, QStringLiteral("normal: mean 0.4, standard deviation 0.08")};
    slider.setUncertainty(mark);
    const QString uncertain = button->styleSheet();
    QVERIFY(uncertain != certain);
    QVERIFY(button->toolTip().contains(QStringLiteral("p10")));
    // A drag sends the same state on every tick, with moving figures.
    slider.setUncertainty(FieldSlider::Uncertainty{0.31, 0.52, mark.summary});
    QCOMPARE(button->styleSheet(), uncertain);
    QVERIFY(button->toolTip().contains(QStringLiteral("0.52")));
    QVERIFY(slider.isUncertain());
    slider.setUncertainty(std::nullopt);
    QCOMPARE(button->styleSheet(), certain);
    QVERIFY(!slider.isUncertain());
    QVERIFY(!button->toolTip().contains(QStringLiteral("p10")));
}

void TstUiPipeline::dashboardChartPaintsEachNewResult()
{
    ChartPanel panel;
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy replotted(&panel, &ChartPanel::replotted);
    panel.setResult(shared(makeRaceResult()));
    QVERIFY(replotted.wait(5000));
    QTest::qWait(50);
    QList<PaintCounter *> counters;
    for (RaceChart *chart : panel.charts()) {
        counters << new PaintCounter;
        counters.back()->setParent(chart);
        chart->installEventFilter(counters.back());
    }
    SimulationResult moved = makeRaceResult();
    for (auto &lab : moved.labs)
        for (double &v : lab.compute_h100e)
            v *= 3;
    panel.setResult(shared(moved));
    QVERIFY(replotted.wait(5000));
    // The new lines reach the screen: each chart paints again, however it is scheduled.
    for (int i = 0; i < counters.size(); ++i)
        QTRY_VERIFY2_WITH_TIMEOUT(counters[i]->paints > 0, panel.charts()[i]->metaObject()->className(), 2000);
    const QCPGraph *capacity = panel.computeChart()->seriesGraph(QStringLiteral("OpenAI"), QStringLiteral("compute"));
    QVERIFY(capacity);
    QCOMPARE(capacity->data()->at(0)->value, moved.labs[0].compute_h100e[0]);
}

void TstUiPipeline::undoToolButtonActsAtOnceAndCatchesUpWithItsText()
{
    QToolBar bar;
    QUndoStack stack;
    QAction *undo = stack.createUndoAction(&bar, QStringLiteral("&Undo"));
    QAction *button = addUndoToolButton(&bar, undo);
    QVERIFY(bar.actions().contains(button));
    QVERIFY(!button->isEnabled());
    auto *first = new QUndoCommand(QStringLiteral("Set MFU to 0.41"));
    stack.push(first);
    QVERIFY(button->isEnabled()); // at once, not after the interval
    QTRY_VERIFY_WITH_TIMEOUT(button->toolTip().contains(QStringLiteral("Set MFU to 0.41")), 2000);
    stack.push(new QUndoCommand(QStringLiteral("Set MFU to 0.42")));
    QTRY_VERIFY_WITH_TIMEOUT(button->toolTip().contains(QStringLiteral("0.42")), 2000);
    button->trigger();
    QCOMPARE(stack.index(), 1);
    button->trigger();
    QCOMPARE(stack.index(), 0);
    QVERIFY(!button->isEnabled());
}

QTEST_MAIN(TstUiPipeline)
#include "tst_uipipeline.moc"
