#include "uibenchmark.h"

#include "assumptionspanel.h"
#include "chartpanel.h"
#include "fieldslider.h"
#include "mainwindow.h"
#include "markedslider.h"
#include "scenariodocument.h"
#include "whycontroller.h"

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

} // namespace

void summarise(UiBenchmarkResult &result)
{
    std::vector<double> sorted = result.latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.empty())
        return;
    const size_t n = sorted.size();
    result.medianMs = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    result.p95Ms = sorted[std::min(n - 1, size_t(std::ceil(0.95 * double(n))) - 1)];
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
    waitForReplot(window.chartPanel(), 5000); // the first result of the default scenario

    const int explanationsBefore = result.explanations;
    QSlider *slider = window.assumptionsPanel()->slider(sliderKey)->slider();
    slider->setSliderDown(true); // like a user's drag: one undo step for the whole run
    const int start = slider->value();
    for (int i = 0; i < steps; ++i) {
        // Sweep back and forth around the start so every step changes the value.
        const int offset = (i % 100) < 50 ? (i % 50) + 1 : 50 - (i % 50);
        const int position = std::clamp(start + (start < FieldSlider::kSteps / 2 ? offset : -offset), 0,
                                         FieldSlider::kSteps);
        QElapsedTimer timer;
        timer.start();
        slider->setValue(position == slider->value() ? position + 1 : position);
        if (waitForReplot(window.chartPanel(), 5000))
            result.latenciesMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        else
            ++result.timeouts;
    }
    slider->setSliderDown(false);
    summarise(result);
    result.explanations -= explanationsBefore;
    window.document()->undoStack()->setClean(); // nothing to save on close
    return result;
}

} // namespace asirace
