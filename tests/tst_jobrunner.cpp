// The one job runner behind the window's background work: results come back
// through the event loop (the caller never blocks), the newest job wins and a
// stale result is never delivered however late it lands, cancel() drops
// everything, and neither submit(), cancel() nor the destructor waits for a
// running job. The ordering tests use jobs that ignore cancellation and wait
// on a gate the test opens: a runner that joined its job would find the job
// already ended (by its safety timeout) when the call returns.
#include "builtinscenarios.h"
#include "jobrunner.h"
#include "simulator.h"

#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace asirace;
using namespace std::chrono_literals;

namespace {

constexpr int kTimeout = 60000; // two slow cores, shared with other builds

// A door a job waits at; the test opens it. Shared: a job may outlive the test's scope.
struct Gate {
    std::mutex mutex;
    std::condition_variable opened;
    bool open = false;
    std::atomic<bool> reached{false}; // the job is waiting at the gate
    std::atomic<bool> ended{false};   // the job returned
    std::atomic<bool> timedOut{false};

    void wait()
    {
        reached = true;
        std::unique_lock lock(mutex);
        // The safety limit keeps a broken runner from hanging the suite; a
        // correct one never lets it pass (asserted through timedOut).
        if (!opened.wait_for(lock, 20s, [this] { return open; }))
            timedOut = true;
    }
    void release()
    {
        {
            std::lock_guard lock(mutex);
            open = true;
        }
        opened.notify_all();
    }
};

// A job that ignores cancellation until the gate opens, then returns `value`.
auto gatedJob(std::shared_ptr<Gate> gate, int value)
{
    return [gate, value](const CancelToken &) {
        gate->wait();
        gate->ended = true;
        return value;
    };
}

Scenario withEndYear(double year)
{
    Scenario s = defaultScenario();
    s.assumptions.end_year = year;
    return s;
}

// Ids of the jobs whose work ran, in order, written from pool threads.
struct StartLog {
    std::mutex mutex;
    std::vector<int> ids;
    void add(int id)
    {
        std::lock_guard lock(mutex);
        ids.push_back(id);
    }
    std::vector<int> get()
    {
        std::lock_guard lock(mutex);
        return ids;
    }
};

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT
private slots:
    void deliversThroughTheEventLoop();
    void latestJobWinsAndSupersededJobsNeverStart();
    void aStaleResultIsNeverDelivered();
    void partialResultsOfAStaleJobAreDropped();
    void cancelDropsEverythingAndTellsTheJob();
    void cancelledJobsLeaveTheLaneFree();
    void submitAndCancelDoNotWaitForTheRunningJob();
    void destroyingWhileAJobRunsReturnsAtOnce();
    void destroyingWhileSimulatingIsSafe();
    void aThrowingJobReportsFailure();
    void runnersDoNotCancelEachOther();
};

void TestJobRunner::deliversThroughTheEventLoop()
{
    JobRunner runner;
    QSignalSpy running(&runner, &JobRunner::runningChanged);
    std::shared_ptr<const SimulationResult> delivered;
    const Scenario scenario = defaultScenario();
    const quint64 id = runner.submit(
        [scenario](const CancelToken &token) {
            return std::make_shared<const SimulationResult>(simulate(scenario, token.flag()));
        },
        [&](std::shared_ptr<const SimulationResult> r) { delivered = std::move(r); });
    QCOMPARE(runner.latestJob(), id);
    QVERIFY(runner.isRunning());
    QVERIFY(!delivered); // nothing synchronous: the caller did not run the simulation
    QTRY_VERIFY_WITH_TIMEOUT(delivered != nullptr, kTimeout);
    QVERIFY(!delivered->labs.empty());
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), kTimeout);
    QCOMPARE(running.size(), 2); // on, then off
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QCOMPARE(running.at(1).at(0).toBool(), false);
}

void TestJobRunner::latestJobWinsAndSupersededJobsNeverStart()
{
    JobRunner runner;
    auto log = std::make_shared<StartLog>();
    auto gate = std::make_shared<Gate>();
    std::vector<size_t> deliveredMonths;
    // Job 1 holds the lane until the gate opens, so jobs 2 to 4 queue behind it.
    runner.submit(
        [log, gate](const CancelToken &) {
            log->add(1);
            gate->wait();
            return size_t(0);
        },
        [&](size_t months) { deliveredMonths.push_back(months); });
    QTRY_VERIFY_WITH_TIMEOUT(gate->reached, kTimeout);
    auto submitYear = [&](int tag, double year) {
        return runner.submit(
            [log, tag, scenario = withEndYear(year)](const CancelToken &token) {
                log->add(tag);
                return simulate(scenario, token.flag()).months.size();
            },
            [&](size_t months) { deliveredMonths.push_back(months); });
    };
    submitYear(2, 2032);
    submitYear(3, 2033);
    const quint64 last = submitYear(4, 2034);
    QCOMPARE(runner.latestJob(), last);
    gate->release();
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), kTimeout);
    QTest::qWait(50); // a late (wrong) delivery would arrive now
    // 2 and 3 were replaced while queued and never ran; 1 ran but is stale.
    QCOMPARE(log->get(), (std::vector<int>{1, 4}));
    QCOMPARE(runner.startedJobs(), 2);
    QCOMPARE(deliveredMonths.size(), size_t(1));
    const size_t months2034 = size_t((2034 - defaultScenario().assumptions.start_year + 1) * 12);
    QCOMPARE(deliveredMonths.front(), months2034);
}

void TestJobRunner::aStaleResultIsNeverDelivered()
{
    JobRunner runner;
    std::vector<int> delivered;
    auto gate = std::make_shared<Gate>();
    runner.submit(gatedJob(gate, 1), [&](int v) { delivered.push_back(v); });
    QTRY_VERIFY_WITH_TIMEOUT(gate->reached, kTimeout);
    // Job 1 ignores its cancellation and will finish with a result; job 2 is newer.
    const quint64 second = runner.submit([](const CancelToken &) { return 2; }, [&](int v) { delivered.push_back(v); });
    gate->release();
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), kTimeout);
    QTest::qWait(50);
    QVERIFY(gate->ended);
    QCOMPARE(delivered, std::vector<int>{2});
    QCOMPARE(runner.latestJob(), second);
    QVERIFY(runner.droppedResults() >= 1); // job 1's result came back and was dropped
}

void TestJobRunner::partialResultsOfAStaleJobAreDropped()
{
    JobRunner runner;
    std::vector<int> seen;
    auto gate = std::make_shared<Gate>();
    // A progressive job: posts 1 before the gate and 2 after it (like Monte Carlo batches).
    runner.submit([gate, &seen](const CancelToken &token) {
        token.post([&seen] { seen.push_back(1); });
        gate->wait();
        token.post([&seen] { seen.push_back(2); });
    });
    QTRY_COMPARE_WITH_TIMEOUT(seen, std::vector<int>{1}, kTimeout);
    runner.submit([&seen](const CancelToken &token) { token.post([&seen] { seen.push_back(3); }); });
    gate->release();
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), kTimeout);
    QTest::qWait(50);
    QCOMPARE(seen, (std::vector<int>{1, 3})); // 2 came from a superseded job
}

void TestJobRunner::cancelDropsEverythingAndTellsTheJob()
{
    JobRunner runner;
    QSignalSpy running(&runner, &JobRunner::runningChanged);
    auto started = std::make_shared<std::atomic<bool>>(false);
    auto sawCancel = std::make_shared<std::atomic<bool>>(false);
    auto ended = std::make_shared<std::atomic<bool>>(false);
    bool delivered = false;
    runner.submit(
        [started, sawCancel, ended](const CancelToken &token) {
            *started = true;
            // Cooperative: works until told to stop (at most 20 s, so a broken runner cannot hang the suite).
            const auto until = std::chrono::steady_clock::now() + 20s;
            while (!token.isCancelled() && std::chrono::steady_clock::now() < until)
                std::this_thread::sleep_for(1ms);
            *sawCancel = token.isCancelled();
            *ended = true;
            return 7;
        },
        [&](int) { delivered = true; });
    QVERIFY(runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(started->load(), kTimeout); // (cancelled before it starts, it would never run)
    runner.cancel();
    QVERIFY(!runner.isRunning()); // at once, not when the job notices
    QCOMPARE(runner.latestJob(), quint64(0));
    QCOMPARE(running.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(ended->load(), kTimeout);
    QVERIFY(sawCancel->load());
    QTest::qWait(50);
    QVERIFY(!delivered);
    QCOMPARE(running.size(), 2); // the job's end did not flip the state again
}

void TestJobRunner::cancelledJobsLeaveTheLaneFree()
{
    // Jobs cancelled at once (whether or not they got to start) still free
    // their lane: the next job runs and delivers.
    JobRunner runner;
    for (int i = 0; i < 20; ++i) {
        runner.submit([](const CancelToken &token) { return token.isCancelled() ? -1 : 1; }, [](int) {
            QFAIL("a cancelled job delivered");
        });
        runner.cancel();
    }
    QTRY_COMPARE_WITH_TIMEOUT(JobRunner::busyLanes(), 0, kTimeout);
    int value = 0;
    runner.submit([](const CancelToken &) { return 2; }, [&](int v) { value = v; });
    QTRY_COMPARE_WITH_TIMEOUT(value, 2, kTimeout);
    QVERIFY(runner.startedJobs() <= 21);
}

void TestJobRunner::submitAndCancelDoNotWaitForTheRunningJob()
{
    JobRunner runner;
    auto gate = std::make_shared<Gate>();
    int delivered = 0;
    runner.submit(gatedJob(gate, 1), [&](int v) { delivered = v; });
    QTRY_VERIFY_WITH_TIMEOUT(gate->reached, kTimeout);

    runner.submit([](const CancelToken &) { return 2; }, [&](int v) { delivered = v; });
    QVERIFY(!gate->ended); // submit returned while the old job still ran: it did not join it
    runner.submit([](const CancelToken &) { return 3; }, [&](int v) { delivered = v; });
    QVERIFY(!gate->ended);
    QVERIFY(runner.isRunning());

    gate->release();
    QTRY_COMPARE_WITH_TIMEOUT(delivered, 3, kTimeout);
    QVERIFY(!gate->timedOut);
    QCOMPARE(runner.startedJobs(), 2); // 1 and 3; 2 was replaced while it waited

    auto second = std::make_shared<Gate>();
    runner.submit(gatedJob(second, 4), [&](int v) { delivered = v; });
    QTRY_VERIFY_WITH_TIMEOUT(second->reached, kTimeout);
    runner.cancel();
    QVERIFY(!second->ended); // cancel returned while the job still ran
    second->release();
    QTRY_VERIFY_WITH_TIMEOUT(second->ended, kTimeout);
    QTest::qWait(50);
    QCOMPARE(delivered, 3);
    QVERIFY(!second->timedOut);
}

void TestJobRunner::destroyingWhileAJobRunsReturnsAtOnce()
{
    auto gate = std::make_shared<Gate>();
    auto delivered = std::make_shared<bool>(false);
    auto *runner = new JobRunner;
    runner->submit(gatedJob(gate, 1), [delivered](int) { *delivered = true; });
    runner->submit(gatedJob(gate, 2), [delivered](int) { *delivered = true; }); // queued behind it: never runs
    QTRY_VERIFY_WITH_TIMEOUT(gate->reached, kTimeout);
    QVERIFY(JobRunner::busyLanes() >= 1);
    delete runner;
    QVERIFY(!gate->ended); // the destructor did not wait for the job
    gate->release();
    // The pool drains by itself; the job's result and end have nowhere to go.
    QTRY_COMPARE_WITH_TIMEOUT(JobRunner::busyLanes(), 0, kTimeout);
    QTest::qWait(50);
    QVERIFY(gate->ended);
    QVERIFY(!gate->timedOut);
    QVERIFY(!*delivered);
}

void TestJobRunner::destroyingWhileSimulatingIsSafe()
{
    // Real simulations, cancelled mid-run by the destructor; the next test's
    // runner starts while they may still wind down.
    for (int round = 0; round < 3; ++round) {
        // A run can finish (and rightly deliver) during the wait below, while
        // the runner still exists; only a delivery after its end is a fault.
        auto destroyed = std::make_shared<bool>(false);
        auto runner = std::make_unique<JobRunner>();
        for (int i = 0; i < 5; ++i)
            runner->submit([scenario = withEndYear(2060)](const CancelToken &token) {
                return simulate(scenario, token.flag()).months.size();
            }, [destroyed](size_t) { QVERIFY2(!*destroyed, "a destroyed runner delivered"); });
        QTest::qWait(1); // let the first job get going
        *destroyed = true;
        runner.reset();
    }
    QTRY_COMPARE_WITH_TIMEOUT(JobRunner::busyLanes(), 0, kTimeout);
    QTest::qWait(20);
}

void TestJobRunner::aThrowingJobReportsFailure()
{
    JobRunner runner;
    QSignalSpy failed(&runner, &JobRunner::failed);
    bool delivered = false;
    runner.submit([](const CancelToken &) -> int { throw std::runtime_error("model bug"); },
                  [&](int) { delivered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), kTimeout);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("model bug"));
    QVERIFY(!delivered);
    // The lane is usable afterwards.
    int value = 0;
    runner.submit([](const CancelToken &) { return 5; }, [&](int v) { value = v; });
    QTRY_COMPARE_WITH_TIMEOUT(value, 5, kTimeout);
}

void TestJobRunner::runnersDoNotCancelEachOther()
{
    // Two lanes (like the odds and the sensitivity analysis): a long job on one
    // neither blocks nor cancels the other.
    JobRunner slow, fast;
    auto gate = std::make_shared<Gate>();
    int slowValue = 0, fastValue = 0;
    slow.submit(gatedJob(gate, 1), [&](int v) { slowValue = v; });
    QTRY_VERIFY_WITH_TIMEOUT(gate->reached, kTimeout);
    fast.submit([](const CancelToken &token) { return token.isCancelled() ? -1 : 2; }, [&](int v) { fastValue = v; });
    QTRY_COMPARE_WITH_TIMEOUT(fastValue, 2, kTimeout);
    QVERIFY(slow.isRunning());
    gate->release();
    QTRY_COMPARE_WITH_TIMEOUT(slowValue, 1, kTimeout);
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
