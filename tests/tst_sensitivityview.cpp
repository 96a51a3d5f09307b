// The Sensitivity tab reads well (issue 11): rows are labelled with the
// inputs' names and units, never their paths; every uncertain input has a row
// the scroll area reaches; the legend sits outside the plot, so it covers no
// bar; the chart is greyed while a new output computes or after an edit; the
// variance-based method is offered beside the swings and drawn as shares.
#include "charts/tornadochart.h"
#include "fieldpath.h"
#include "builtinscenarios.h"
#include "sensitivityview.h"

#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace asirace;

namespace {

// A swing result with one row per numeric input of the default scenario's
// assumptions and labs (well over the 15 rows a dock used to show).
SensitivityResult manyRows(SensitivityMethod method = SensitivityMethod::OneAtATime)
{
    SensitivityResult r;
    r.output = *SensitivityOutput::parse("p_first:OpenAI");
    r.method = method;
    r.base = 0.3;
    r.samples = 64;
    int i = 0;
    for (const std::string &path : numericPaths(defaultScenario())) {
        if (++i > 70)
            break;
        SensitivityRow row;
        row.path = path;
        row.input_low = 1;
        row.input_median = 2;
        row.input_high = 3;
        row.output_low = 0.3 - 0.002 * (80 - i);
        row.output_high = 0.3 + 0.003 * (80 - i);
        row.first_order = 0.01 * (80 - i) / 80.0;
        row.first_order_stderr = 0.002;
        r.rows.push_back(row);
    }
    return r;
}

QStringList tickLabels(const TornadoChart &chart)
{
    const auto ticker = chart.yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    return ticker ? QStringList(ticker->ticks().values()) : QStringList();
}

} // namespace

class TestSensitivityView : public QObject
{
    Q_OBJECT
private slots:
    void rowsReadAsLabelsWithUnits()
    {
        TornadoChart chart;
        chart.resize(700, 400);
        chart.setResult(manyRows());
        const QStringList labels = tickLabels(chart);
        QVERIFY(!labels.isEmpty());
        for (const QString &label : labels) {
            QVERIFY2(!label.contains('_') && !label.startsWith("assumptions."), qPrintable(label));
            QVERIFY2(!label.contains(QRegularExpression("\\.[a-z]")), qPrintable(label)); // no OWNER.field
        }
        QVERIFY(labels.contains("Weight of research compute [exponent]"));
        QVERIFY(labels.contains("Accelerator MTBF [hours]"));
        QVERIFY(!chart.xAxis->label().contains("p_first")); // the output is named in words too
        QVERIFY(chart.xAxis->label().contains("P(OpenAI first)"));
    }

    void everyInputIsReachableByScrolling()
    {
        SensitivityView view;
        view.resize(700, 360); // a short dock
        view.show();
        const SensitivityResult r = manyRows();
        view.showResult(r);
        QCOMPARE(view.chart()->shownRows(), int(r.rows.size()));
        QCOMPARE(view.chart()->lowBars()->data()->size(), int(r.rows.size()));
        QTRY_VERIFY(view.chartScroll()->verticalScrollBar()->maximum() > 0);
        // Each row gets its height: scrolled to the end, the last row is on screen.
        QVERIFY(view.chart()->height() >= int(r.rows.size()) * 18);
        view.chartScroll()->verticalScrollBar()->setValue(view.chartScroll()->verticalScrollBar()->maximum());
        view.chart()->replot();
        const int lastRowY = int(view.chart()->yAxis->coordToPixel(double(r.rows.size() - 1)));
        const QPoint inViewport = view.chart()->mapTo(view.chartScroll()->viewport(), QPoint(10, lastRowY));
        QVERIFY(view.chartScroll()->viewport()->rect().contains(inViewport));
    }

    void legendCoversNoBar_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("swings") << int(SensitivityMethod::OneAtATime);
        QTest::newRow("share of variance") << int(SensitivityMethod::FirstOrder);
    }
    void legendCoversNoBar()
    {
        QFETCH(int, method);
        for (QSize size : {QSize(420, 260), QSize(900, 700)}) {
            TornadoChart chart;
            chart.resize(size);
            chart.setResult(manyRows(SensitivityMethod(method)));
            chart.replot();
            QVERIFY(chart.legend->visible());
            const QRect legend = chart.legend->outerRect();
            QVERIFY(!legend.isEmpty());
            // Bars are drawn inside the axis rect only.
            QVERIFY2(!legend.intersects(chart.axisRect()->rect()),
                     qPrintable(QStringLiteral("legend %1,%2 %3x%4 overlaps the plot")
                                    .arg(legend.x()).arg(legend.y()).arg(legend.width()).arg(legend.height())));
        }
    }

    void staleChartIsGreyedWhileANewOutputComputes()
    {
        SensitivityView view;
        view.setLabs({"OpenAI", "Anthropic"});
        view.resize(600, 400);
        view.show();
        QVERIFY(!view.isChartGreyed()); // nothing drawn yet: nothing to grey
        view.showResult(manyRows());
        QVERIFY(!view.isChartGreyed());
        auto *combo = view.findChild<QComboBox *>();
        combo->setCurrentIndex(combo->findData("p_first:Anthropic"));
        view.showProgress(0, 0); // the owner started the new analysis
        QVERIFY(view.isChartGreyed());
        QVERIFY(view.chartScroll()->viewport()->graphicsEffect()->isEnabled());
        view.showResult(manyRows());
        QVERIFY(!view.isChartGreyed());
        view.markStale(); // an edit
        QVERIFY(view.isChartGreyed());
    }

    void varianceSharesAreOfferedAndDrawn()
    {
        SensitivityView view;
        view.setLabs({"OpenAI"});
        QSignalSpy requested(&view, &SensitivityView::analyseRequested);
        QCOMPARE(view.options().method, SensitivityMethod::OneAtATime);
        QComboBox *method = nullptr;
        for (auto *combo : view.findChildren<QComboBox *>())
            if (combo->findData(int(SensitivityMethod::FirstOrder)) >= 0 && combo->count() == 2)
                method = combo;
        QVERIFY(method);
        method->setCurrentIndex(method->findData(int(SensitivityMethod::FirstOrder)));
        emit method->activated(method->currentIndex());
        QCOMPARE(requested.size(), 1);
        QCOMPARE(view.options().method, SensitivityMethod::FirstOrder);

        view.resize(700, 400);
        view.show();
        view.showResult(manyRows(SensitivityMethod::FirstOrder));
        TornadoChart *chart = view.chart();
        QVERIFY(!chart->highBars()->visible()); // one bar per input
        QCOMPARE(chart->lowBars()->baseValue(), 0.0);
        QCOMPARE(chart->lowBars()->data()->at(0)->value, 100 * manyRows().rows[0].first_order); // in percent
        QVERIFY(chart->xAxis->label().contains("variance"));
        chart->replot();
        const QPointF onBar(chart->xAxis->coordToPixel(0.5), chart->yAxis->coordToPixel(0));
        QVERIFY(chart->hoverTextAt(onBar).contains("of the variance"));
    }
};

QTEST_MAIN(TestSensitivityView)
#include "tst_sensitivityview.moc"
