#include "uibenchmark.h"

#include "assumptionspanel.h"
#include "chartpanel.h"
#include "fieldslider.h"
#include "livecontroller.h"
#include "mainwindow.h"
#include "racechart.h"
#include "markedslider.h"
#include "scenariodocument.h"
#include "whycontroller.h"

#include <QSet>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace asirace {
namespace {

// Runs the event loop until the chart panel reports a replot (true) or `timeoutMs` passes.
bool waitForReplot(ChartPanel *charts, int timeoutMs)
{
    QEventLoop loop;
    bool replotted = false;
    auto connection = QObject::connect(charts, &ChartPanel::replotted, &loop, [&] {
        replotted = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return replotted;
}

// A replot draws into a chart's buffers and then paints them, with every other
// widget the step changed (leaderboard, headline, tables), at once
// (QCustomPlot's immediate refresh) or in the window's next update. Knows which
// charts replotted since their last paint, so a step ends when the window
// shows all of it either way.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(ChartPanel *charts)
    {
        for (RaceChart *chart : charts->charts()) {
            chart->installEventFilter(this);
            connect(chart, &QCustomPlot::beforeReplot, this, [this, chart] { m_unpainted.insert(chart); });
        }
    }
    // Runs the event loop until every replotted chart was painted and that
    // paint (one pass of the window's repaint) has ended. False on timeout.
    bool waitForPaint(int timeoutMs)
    {
        if (m_unpainted.isEmpty())
            return true; // painted during the replot
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(0, &loop, [this] { checkDone(); });
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
        timeout.start(timeoutMs);
        const bool painted = loop.exec() == 0;
        m_loop = nullptr;
        return painted;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_unpainted.remove(watched) && m_loop)
            QTimer::singleShot(0, m_loop, [this] { checkDone(); }); // after this paint pass
        return false;
    }

private:
    void checkDone()
    {
        if (m_loop && m_unpainted.isEmpty())
            m_loop->exit(0);
    }
    QSet<QObject *> m_unpainted;
    QEventLoop *m_loop = nullptr;
};

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

void summarise(UiBenchmarkResult &result)
{
    std::vector<double> sorted = result.latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.empty())
        return;
    const size_t n = sorted.size();
    const auto rank = [&](double q) { return sorted[std::min(n - 1, size_t(std::ceil(q * double(n))) - 1)]; };
    result.medianMs = median(sorted);
    result.p90Ms = rank(0.90);
    result.p95Ms = rank(0.95);
    result.maxMs = sorted.back();
    result.phaseMedianMs = {median(result.phases.edit), median(result.phases.toResult), median(result.phases.replot),
                            median(result.phases.paint)};
}

UiBenchmarkResult runUiBenchmark(int steps, const QString &sliderKey)
{
    UiBenchmarkResult result;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    // The Why panel on screen: every step is explained again in the background,
    // which must not show in the latency.
    if (auto *why = window.findChild<QDockWidget *>(QStringLiteral("whyDock"))) {
        why->show();
        why->raise();
    }
    QObject::connect(window.why(), &WhyController::explanationShown, [&result] { ++result.explanations; });
    PaintWatch paints(window.chartPanel());
    waitForReplot(window.chartPanel(), 5000); // the first result of the default scenario
    paints.waitForPaint(5000);

    const int explanationsBefore = result.explanations;
    QSlider *slider = window.assumptionsPanel()->slider(sliderKey)->slider();
    slider->setSliderDown(true); // like a user's drag: one undo step for the whole run
    const int start = slider->value();
    QElapsedTimer timer;
    double shownMs = -1;
    QObject::connect(window.live(), &LiveController::resultShown, &window, [&] {
        if (shownMs < 0)
            shownMs = double(timer.nsecsElapsed()) / 1e6;
    });
    for (int i = 0; i < steps; ++i) {
        // Sweep back and forth around the start so every step changes the value.
        const int offset = (i % 100) < 50 ? (i % 50) + 1 : 50 - (i % 50);
        const int position = std::clamp(start + (start < FieldSlider::kSteps / 2 ? offset : -offset), 0,
                                         FieldSlider::kSteps);
        shownMs = -1;
        timer.start();
        slider->setValue(position == slider->value() ? position + 1 : position);
        const double editedMs = double(timer.nsecsElapsed()) / 1e6;
        if (!waitForReplot(window.chartPanel(), 5000)) {
            ++result.timeouts;
            continue;
        }
        const double replottedMs = double(timer.nsecsElapsed()) / 1e6;
        if (!paints.waitForPaint(5000)) {
            ++result.timeouts;
            continue;
        }
        const double paintedMs = double(timer.nsecsElapsed()) / 1e6;
        result.latenciesMs.push_back(paintedMs);
        result.phases.edit.push_back(editedMs);
        result.phases.toResult.push_back(std::max(0.0, shownMs - editedMs));
        result.phases.replot.push_back(replottedMs - std::max(shownMs, editedMs));
        result.phases.paint.push_back(paintedMs - replottedMs);
    }
    slider->setSliderDown(false);
    summarise(result);
    result.explanations -= explanationsBefore;
    window.document()->undoStack()->setClean(); // nothing to save on close
    return result;
}

} // namespace asirace
