// Monte Carlo in the dashboard window: switching it on adds the P(first)
// column to the leaderboard and P(first) bars to the race-outcome chart; an
// edit cancels the batch in flight at once, a burst of edits restarts it once
// they pause, and the odds that stay are those of the edited scenario;
// switching it off removes them; the Sensitivity view draws its tornado chart
// for the default scenario without blocking the window; closing the window
// mid-batch neither waits for the batch nor crashes.
#include "chartpanel.h"
#include "charts/tornadochart.h"
#include "leaderboard.h"
#include "leaderboardmodel.h"
#include "livecontroller.h"
#include "mainwindow.h"
#include "montecarlo.h"
#include "montecarlocontroller.h"
#include "montecarlopanel.h"
#include "jobrunner.h"
#include "outcomechart.h"
#include "scenariodocument.h"
#include "sensitivityview.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace asirace;

namespace {
constexpr int kTimeout = 120000; // two slow cores, shared with other builds

using ResultPtr = std::shared_ptr<const MonteCarloResult>;

ResultPtr resultAt(const QSignalSpy &spy, qsizetype i) { return spy.at(i).at(0).value<ResultPtr>(); }

// Waits until the window shows the deterministic run of the current scenario.
bool waitForFirstRun(MainWindow &window)
{
    return QTest::qWaitFor([&] { return window.live()->result() != nullptr; }, kTimeout);
}

bool waitForCompleteOdds(MainWindow &window)
{
    return QTest::qWaitFor([&] {
        const auto r = window.monteCarlo()->result();
        return r && r->complete() && !window.monteCarlo()->runner()->isRunning();
    }, kTimeout);
}
} // namespace

class TestMonteCarloGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void offByDefault();
    void togglingOnShowsOddsInLeaderboardAndChart();
    void anEditCancelsTheRunningBatch();
    void togglingOffRemovesTheColumn();
    void aBurstOfEditsRestartsOnce();
    void closingMidBatchDoesNotWait();
    void sensitivityViewFillsBarsForTheDefaultScenario();
    void sensitivityOfPFirstWithOthersSampled();
    void grabWithMonteCarloOn();
};

void TestMonteCarloGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no saved window state from the user's settings
}

void TestMonteCarloGui::offByDefault()
{
    MainWindow window;
    QVERIFY(waitForFirstRun(window));
    QVERIFY(!window.monteCarloPanel()->isEnabledByUser());
    QCOMPARE(window.monteCarloPanel()->runs(), qint64(2000));
    QCOMPARE(window.leaderboard()->model()->columnCount(), int(LeaderboardModel::ColumnCount));
    QVERIFY(!window.chartPanel()->outcomeChart()->odds());
    QVERIFY(!window.monteCarlo()->runner()->isRunning());
}

void TestMonteCarloGui::togglingOnShowsOddsInLeaderboardAndChart()
{
    MainWindow window;
    QVERIFY(waitForFirstRun(window));
    QSignalSpy shown(window.monteCarlo(), &MonteCarloController::oddsShown);
    window.monteCarloPanel()->setEnabledByUser(true);
    QVERIFY(waitForCompleteOdds(window));

    // Progressive: a small first estimate, refined up to the requested runs.
    QVERIFY(shown.size() >= 2);
    QCOMPARE(resultAt(shown, 0)->runs, MonteCarloController::kFirstBatch);
    QVERIFY(window.monteCarlo()->firstEstimateMs() >= 0);
    qInfo("first estimate after %lld ms", qlonglong(window.monteCarlo()->firstEstimateMs()));
    const ResultPtr odds = window.monteCarlo()->result();
    QCOMPARE(odds->runs, std::int64_t(2000));

    LeaderboardModel *model = window.leaderboard()->model();
    QCOMPARE(model->columnCount(), int(LeaderboardModel::ColumnCount) + 1);
    const int col = LeaderboardModel::PFirstColumn;
    QVERIFY(model->headerData(col, Qt::Horizontal).toString().contains(QStringLiteral("P(first)")));
    QCOMPARE(model->rowCount(), int(odds->labs.size()));
    double sum = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, col);
        const double p = model->data(index, LeaderboardModel::RawValueRole).toDouble();
        const double se = model->data(index, LeaderboardModel::StandardErrorRole).toDouble();
        QVERIFY(p >= 0 && p <= 1);
        QVERIFY(std::abs(se - std::sqrt(p * (1 - p) / 2000.0)) < 1e-12);
        QVERIFY(model->data(index).toString().contains(QStringLiteral("±")));
        sum += p;
    }
    QVERIFY2(std::abs(sum - (1 - odds->p_none)) < 1e-9, qPrintable(QString::number(sum)));
    QVERIFY(sum > 0.2); // a good share of the baseline's runs end with a winner: the column is not all zeros

    // The outcome chart: the P(first) panel, one bar per lab at its odds.
    OutcomeChart *chart = window.chartPanel()->outcomeChart();
    QVERIFY(chart->odds());
    QCOMPARE(chart->odds()->runs, 2000);
    QVERIFY(chart->oddsRect()->layout());
    for (const LabOdds &lab : odds->labs) {
        auto *bars = qobject_cast<QCPBars *>(chart->seriesPlottable(QString::fromStdString(lab.name), "pfirst"));
        QVERIFY2(bars, lab.name.c_str());
        QCOMPARE(bars->data()->size(), 1);
        QCOMPARE(bars->data()->begin()->value, lab.p_first * 100.0);
    }
}

void TestMonteCarloGui::anEditCancelsTheRunningBatch()
{
    MainWindow window;
    QVERIFY(waitForFirstRun(window));
    JobRunner *runner = window.monteCarlo()->runner();
    window.monteCarloPanel()->setRuns(20000); // long enough to edit while it runs (and to check against a one-shot run in seconds)
    QSignalSpy shown(window.monteCarlo(), &MonteCarloController::oddsShown);
    window.monteCarloPanel()->setEnabledByUser(true);
    QVERIFY(shown.wait(kTimeout));
    QVERIFY(!resultAt(shown, 0)->complete());
    QVERIFY(runner->isRunning());
    const quint64 jobBefore = runner->latestJob();

    ScenarioDocument *document = window.document();
    QCOMPARE(document->setField(QStringLiteral("OpenAI.research_talent"), QStringLiteral("3")), QString());
    QVERIFY(!runner->isRunning()); // the batch in flight was cancelled at once...
    QVERIFY(window.monteCarlo()->isRestartPending());
    const qsizetype beforeEdit = shown.size();
    QTRY_VERIFY_WITH_TIMEOUT(runner->latestJob() > jobBefore, kTimeout); // ...and restarted once edits paused
    QVERIFY(waitForCompleteOdds(window));

    // After the edit the estimate started again from a first batch...
    QCOMPARE(resultAt(shown, beforeEdit)->runs, MonteCarloController::kFirstBatch);
    qInfo("first estimate after the edit: %lld ms", qlonglong(window.monteCarlo()->firstEstimateMs()));
    // ...and what stays is exactly the one-shot Monte Carlo of the edited scenario.
    MonteCarloOptions options;
    options.runs = 20000;
    options.seed = window.monteCarloPanel()->seed();
    const MonteCarloResult expected = runMonteCarlo(document->current(), options);
    const ResultPtr shownOdds = window.monteCarlo()->result();
    QCOMPARE(shownOdds->runs, std::int64_t(20000));
    QCOMPARE(shownOdds->labs.size(), expected.labs.size());
    for (size_t i = 0; i < expected.labs.size(); ++i) {
        QCOMPARE(shownOdds->labs[i].name, expected.labs[i].name);
        QCOMPARE(shownOdds->labs[i].p_first, expected.labs[i].p_first);
    }
    QCOMPARE(window.chartPanel()->outcomeChart()->odds()->pFirst.at("OpenAI"), expected.labs.front().p_first);
}

void TestMonteCarloGui::togglingOffRemovesTheColumn()
{
    MainWindow window;
    QVERIFY(waitForFirstRun(window));
    window.monteCarloPanel()->setRuns(200000);
    window.monteCarloPanel()->setEnabledByUser(true);
    QTRY_VERIFY_WITH_TIMEOUT(window.monteCarlo()->result() != nullptr, kTimeout);
    QCOMPARE(window.leaderboard()->model()->columnCount(), int(LeaderboardModel::ColumnCount) + 1);

    QSignalSpy shown(window.monteCarlo(), &MonteCarloController::oddsShown);
    window.monteCarloPanel()->setEnabledByUser(false); // while the batch still runs
    QVERIFY(!window.monteCarlo()->runner()->isRunning());
    QCOMPARE(window.leaderboard()->model()->columnCount(), int(LeaderboardModel::ColumnCount));
    QVERIFY(!window.chartPanel()->outcomeChart()->odds());
    QVERIFY(!window.chartPanel()->outcomeChart()->seriesPlottable(QStringLiteral("OpenAI"), "pfirst"));
    QVERIFY(!window.monteCarlo()->result());
    QTest::qWait(300);
    QVERIFY(shown.isEmpty()); // nothing of the cancelled batch comes back

    // An edit while off runs nothing.
    QCOMPARE(window.document()->setField(QStringLiteral("OpenAI.research_talent"), QStringLiteral("2")), QString());
    QVERIFY(!window.monteCarlo()->runner()->isRunning());
    QVERIFY(!window.monteCarlo()->isRestartPending());
    QCOMPARE(window.leaderboard()->model()->columnCount(), int(LeaderboardModel::ColumnCount));
}

void TestMonteCarloGui::aBurstOfEditsRestartsOnce()
{
    MainWindow window;
    QVERIFY(waitForFirstRun(window));
    JobRunner *runner = window.monteCarlo()->runner();
    window.monteCarloPanel()->setRuns(4000);
    QSignalSpy shown(window.monteCarlo(), &MonteCarloController::oddsShown);
    window.monteCarloPanel()->setEnabledByUser(true);
    QVERIFY(shown.wait(kTimeout));
    const int startedBefore = runner->startedJobs();
    const quint64 jobBefore = runner->latestJob();

    // Like the ticks of a slider drag: each edit returns without starting a batch.
    ScenarioDocument *document = window.document();
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(document->setField(QStringLiteral("OpenAI.research_talent"), QString::number(1.5 + 0.1 * i)),
                 QString());
        QVERIFY(window.monteCarlo()->isRestartPending());
        QVERIFY(!runner->isRunning());
        QCOMPARE(runner->latestJob(), quint64(0)); // nothing submitted during the burst
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window.monteCarlo()->isRestartPending(), kTimeout);
    QVERIFY(runner->latestJob() > jobBefore);
    QVERIFY(waitForCompleteOdds(window));
    QCOMPARE(runner->startedJobs(), startedBefore + 1); // one batch for the whole burst
    MonteCarloOptions options;
    options.runs = 4000;
    options.seed = window.monteCarloPanel()->seed();
    const MonteCarloResult expected = runMonteCarlo(document->current(), options);
    QCOMPARE(window.monteCarlo()->result()->labs.front().p_first, expected.labs.front().p_first);
}

void TestMonteCarloGui::closingMidBatchDoesNotWait()
{
    auto *window = new MainWindow;
    QVERIFY(waitForFirstRun(*window));
    window->monteCarloPanel()->setRuns(1000000);
    QSignalSpy shown(window->monteCarlo(), &MonteCarloController::oddsShown);
    window->monteCarloPanel()->setEnabledByUser(true);
    QVERIFY(shown.wait(kTimeout)); // the first batch is in; the big one runs
    QVERIFY(window->monteCarlo()->runner()->isRunning());
    QVERIFY(JobRunner::busyLanes() >= 1);
    window->document()->undoStack()->setClean(); // nothing to save
    delete window; // cancels; the batch stops by itself within a chunk of runs
    QTRY_COMPARE_WITH_TIMEOUT(JobRunner::busyLanes(), 0, kTimeout);
    QTest::qWait(50); // late posts of the cancelled batch have no receiver and are dropped
}

void TestMonteCarloGui::sensitivityViewFillsBarsForTheDefaultScenario()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SensitivityView *view = window.sensitivityView();
    QVERIFY(view->visibleRegion().isEmpty()); // a tab behind the Labs table until chosen
    QCOMPARE(view->currentOutput().text(), std::string("winner_arrival"));
    QSignalSpy running(window.monteCarlo()->sensitivityRunner(), &JobRunner::runningChanged);
    QTest::qWait(200);
    QVERIFY(running.isEmpty()); // nothing computed for a view nobody sees

    // Choosing the tab is enough: the analysis starts on its own, on a worker.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("sensitivityDock"));
    QVERIFY(dock);
    dock->raise();
    QTRY_VERIFY_WITH_TIMEOUT(running.size() >= 1, 5000);
    QVERIFY(running.first().at(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(view->chart()->result().has_value(), kTimeout);

    TornadoChart *chart = view->chart();
    QCOMPARE(chart->result()->output.text(), std::string("winner_arrival"));
    QVERIFY(chart->shownRows() > 0);
    QCOMPARE(chart->lowBars()->data()->size(), chart->shownRows());
    // The largest effect is a real one: agi_log10_flop moves the winner's arrival.
    QVERIFY(chart->result()->rows.front().effect() > 0);
    QVERIFY(!view->isStale());

    // An edit makes it stale; while the view is visible it re-analyses by itself.
    JobRunner *analyses = window.monteCarlo()->sensitivityRunner();
    QTRY_VERIFY_WITH_TIMEOUT(!analyses->isRunning(), kTimeout);
    const int startedBefore = analyses->startedJobs();
    QCOMPARE(window.document()->setField(QStringLiteral("assumptions.agi_log10_flop"), QStringLiteral("37")), QString());
    QVERIFY(view->isStale());
    QTRY_VERIFY_WITH_TIMEOUT(!view->isStale(), kTimeout);
    QVERIFY(view->chart()->result().has_value());
    QCOMPARE(analyses->startedJobs(), startedBefore + 1); // one analysis for the edit
}

void TestMonteCarloGui::sensitivityOfPFirstWithOthersSampled()
{
    MainWindow window;
    SensitivityView *view = window.sensitivityView();
    auto *combo = view->findChild<QComboBox *>();
    QVERIFY(combo);
    const int index = combo->findData(QStringLiteral("p_first:OpenAI"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    view->setSampleOthers(true); // asks for the analysis
    QVERIFY(window.monteCarlo()->sensitivityRunner()->isRunning()); // the window is not held up meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(view->chart()->result().has_value(), kTimeout);
    const SensitivityResult &r = *view->chart()->result();
    QCOMPARE(r.output.text(), std::string("p_first:OpenAI"));
    QVERIFY(r.sample_others);
    QVERIFY(view->chart()->shownRows() > 0);
    QVERIFY(r.rows.front().effect() > 0); // with the others uncertain, the odds do move
}

// The window a user sees with the odds on, saved for a human to look at
// ($ASIRACE_MC_SCREENSHOT, default asirace-mc.png in the temp folder; the
// Sensitivity tab raised: asirace-mc-sensitivity.png).
void TestMonteCarloGui::grabWithMonteCarloOn()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.monteCarloPanel()->setEnabledByUser(true);
    QVERIFY(waitForCompleteOdds(window));

    // The P(first) panel is drawn: the leading lab's bar shows in its colour.
    // Waited for on the screen itself: the last replot may come before or
    // after the odds complete (a spy made afterwards once waited for ever).
    OutcomeChart *chart = window.chartPanel()->outcomeChart();
    const ResultPtr odds = window.monteCarlo()->result();
    const auto best = std::max_element(odds->labs.begin(), odds->labs.end(),
                                       [](const LabOdds &a, const LabOdds &b) { return a.p_first < b.p_first; });
    QImage image;
    QString seen, wanted;
    const auto barShows = [&] {
        auto *bars = qobject_cast<QCPBars *>(chart->seriesPlottable(QString::fromStdString(best->name), "pfirst"));
        if (!bars)
            return false;
        image = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QPointF centre = bars->dataPixelPosition(0); // the bar's end, on its axis
        const QPointF inside(bars->valueAxis()->coordToPixel(best->p_first * 50), centre.y());
        const QPoint onWindow = chart->mapTo(&window, inside.toPoint()) * window.devicePixelRatio();
        seen = QColor(image.pixel(onWindow)).name();
        wanted = bars->brush().color().name();
        return seen == wanted;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(barShows(), qPrintable(QStringLiteral("bar pixel %1, its colour %2").arg(seen, wanted)), kTimeout);
    const QString path = qEnvironmentVariable("ASIRACE_MC_SCREENSHOT", QDir::temp().filePath("asirace-mc.png"));
    QVERIFY(image.save(path));

    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("sensitivityDock"));
    dock->raise();
    QTRY_VERIFY_WITH_TIMEOUT(window.sensitivityView()->chart()->result().has_value(), kTimeout);
    QTest::qWait(200);
    QVERIFY(window.grab().save(QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + "-sensitivity.png")));
}

QTEST_MAIN(TestMonteCarloGui)
#include "tst_montecarlogui.moc"
