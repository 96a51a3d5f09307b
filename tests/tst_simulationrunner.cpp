// The live simulation runner: results come back through the event loop (the
// caller never blocks), the newest request wins, superseded requests never run
// or are dropped, and a runner destroyed mid-job neither hangs nor crashes.
#include "builtinscenarios.h"
#include "simulationrunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace asirace;

namespace {
Scenario withEndYear(double year)
{
    Scenario s = defaultScenario();
    s.assumptions.end_year = year;
    return s;
}
size_t monthsUntil(double endYear) { return size_t((endYear - defaultScenario().assumptions.start_year + 1) * 12); }
} // namespace

class TestSimulationRunner : public QObject
{
    Q_OBJECT
private slots:
    void deliversThroughTheEventLoop();
    void latestRequestWins();
    void destroyingWhileBusyIsSafe();
};

void TestSimulationRunner::deliversThroughTheEventLoop()
{
    SimulationRunner runner;
    QSignalSpy spy(&runner, &SimulationRunner::resultReady);
    const quint64 id = runner.request(defaultScenario());
    QCOMPARE(spy.count(), 0); // nothing synchronous: the GUI thread did not run the simulation
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), id);
    const auto result = spy.at(0).at(1).value<std::shared_ptr<const SimulationResult>>();
    QVERIFY(result);
    QVERIFY(!result->labs.empty());
    QVERIFY(runner.isIdle());
}

void TestSimulationRunner::latestRequestWins()
{
    SimulationRunner runner;
    QSignalSpy spy(&runner, &SimulationRunner::resultReady);
    // Four requests in one go: the first starts, the middle two are replaced
    // before they run, the last one is the only result anyone sees.
    runner.request(withEndYear(2031));
    runner.request(withEndYear(2032));
    runner.request(withEndYear(2033));
    const quint64 last = runner.request(withEndYear(2034));
    QTRY_VERIFY_WITH_TIMEOUT(runner.isIdle(), 10000);
    QTest::qWait(50); // any late (wrong) delivery would arrive now
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), last);
    const auto result = spy.at(0).at(1).value<std::shared_ptr<const SimulationResult>>();
    QCOMPARE(result->months.size(), monthsUntil(2034));
    QCOMPARE(runner.startedJobs(), 2); // 2032 and 2033 never ran
    QCOMPARE(runner.droppedResults(), 1); // 2031 finished or was cancelled, but was not shown
}

void TestSimulationRunner::destroyingWhileBusyIsSafe()
{
    QElapsedTimer timer;
    timer.start();
    {
        SimulationRunner runner;
        for (int i = 0; i < 5; ++i)
            runner.request(withEndYear(2060));
    }
    QVERIFY(timer.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestSimulationRunner)
#include "tst_simulationrunner.moc"
