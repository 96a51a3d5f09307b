// Monte Carlo scheduling and aggregation, independent of the race model: a
// synthetic kernel draws arrivals from the counter-based generator, so the
// tests check what the engine promises (same totals for any thread count,
// progressive batches adding up to one run, cancellation, exact quantiles).
#include "counterrng.h"
#include "montecarloengine.h"
#include "montecarloresult.h"

#include <QTest>

#include <atomic>
#include <numeric>

using namespace asirace;

namespace {

constexpr int kLabs = 4;
constexpr int kMonths = 120;

// Lab i arrives at a random month skewed by i; some runs never arrive.
class SyntheticKernel : public RunKernel
{
public:
    explicit SyntheticKernel(std::uint64_t seed) : m_seed(seed) {}
    void run(std::uint64_t runIndex, RunOutcome &out) override
    {
        const RunRandom random(m_seed, runIndex);
        std::vector<std::pair<int, int>> order; // (arrival or horizon, lab)
        for (int lab = 0; lab < kLabs; ++lab) {
            const double u = random.uniform(RandomStream::Inputs, static_cast<std::uint64_t>(lab));
            const int month = static_cast<int>(u * (kMonths + 30 * lab));
            out.arrivalMonth[static_cast<std::size_t>(lab)] = month < kMonths ? month : -1;
            order.emplace_back(month < kMonths ? month : kMonths + lab, lab);
        }
        std::sort(order.begin(), order.end());
        for (int r = 0; r < kLabs; ++r)
            out.finalRank[static_cast<std::size_t>(order[static_cast<std::size_t>(r)].second)] = r + 1;
        out.winner = order[0].first < kMonths ? order[0].second : -1;
    }

private:
    std::uint64_t m_seed;
};

TallyJob job(std::uint64_t seed)
{
    return TallyJob{kLabs, kMonths, [seed] { return std::make_unique<SyntheticKernel>(seed); }};
}

MonteCarloTally tally(std::int64_t runs, int threads, std::uint64_t seed = 11)
{
    MonteCarloTally t;
    ParallelControl control;
    control.threads = threads;
    if (!tallyRuns(job(seed), 0, runs, control, t))
        qFatal("unexpectedly cancelled");
    return t;
}

} // namespace

class TestMonteCarloEngine : public QObject
{
    Q_OBJECT
private slots:
    void countsAddUp();
    void sameTotalsWhateverTheThreadCount();
    void progressiveBatchesEqualOneBatch();
    void cancelLeavesTheTallyUntouched();
    void progressIsReportedToTheEnd();
    void quantilesAreExactAndNullBeyondTheHorizon();
    void summaryProbabilitiesAreConsistent();
    void exceptionsReachTheCaller();
};

void TestMonteCarloEngine::countsAddUp()
{
    const auto t = tally(5000, 2);
    QCOMPARE(t.runs(), std::int64_t(5000));
    std::int64_t first = t.noneCount();
    for (int lab = 0; lab < kLabs; ++lab) {
        first += t.firstCount(lab);
        std::int64_t ranks = 0, arrivals = 0;
        for (int r = 1; r <= kLabs; ++r)
            ranks += t.rankCount(lab, r);
        for (int m = 0; m < kMonths; ++m)
            arrivals += t.arrivalCount(lab, m);
        QCOMPARE(ranks, t.runs());
        QCOMPARE(arrivals, t.reachCount(lab));
    }
    QCOMPARE(first, t.runs());
}

void TestMonteCarloEngine::sameTotalsWhateverTheThreadCount()
{
    const auto one = tally(3001, 1);
    QVERIFY(one == tally(3001, 2));
    QVERIFY(one == tally(3001, 3));
    QVERIFY(one == tally(3001, 7));
    QVERIFY(!(one == tally(3001, 2, 12))); // and the seed does matter
}

void TestMonteCarloEngine::progressiveBatchesEqualOneBatch()
{
    MonteCarloTally t;
    std::vector<std::int64_t> seen;
    ParallelControl control;
    control.threads = 2;
    const auto done = tallyProgressively(job(11), 10000, 300, control,
                                         [&](const MonteCarloTally &soFar) {
                                             seen.push_back(soFar.runs());
                                             return true;
                                         },
                                         t);
    QCOMPARE(done, std::int64_t(10000));
    QCOMPARE(seen.front(), std::int64_t(300));
    QCOMPARE(seen.back(), std::int64_t(10000));
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(t == tally(10000, 1));
}

void TestMonteCarloEngine::cancelLeavesTheTallyUntouched()
{
    MonteCarloTally t = tally(100, 1);
    const MonteCarloTally before = t;
    std::atomic<bool> cancel{true};
    ParallelControl control;
    control.cancel = &cancel;
    QVERIFY(!tallyRuns(job(11), 100, 5000, control, t));
    QVERIFY(t == before);

    // Cancelling from the callback stops a progressive run after that batch.
    cancel = false;
    MonteCarloTally p;
    const auto done = tallyProgressively(job(11), 100000, 100, control,
                                         [&](const MonteCarloTally &) { return false; }, p);
    QCOMPARE(done, std::int64_t(100));
    QCOMPARE(p.runs(), std::int64_t(100));
}

void TestMonteCarloEngine::progressIsReportedToTheEnd()
{
    std::vector<std::int64_t> reports;
    ParallelControl control;
    control.threads = 2;
    control.progress = [&](std::int64_t done, std::int64_t total) {
        QCOMPARE(total, std::int64_t(2000));
        reports.push_back(done);
    };
    MonteCarloTally t;
    QVERIFY(tallyRuns(job(1), 0, 2000, control, t));
    QVERIFY(reports.size() >= 2);
    QCOMPARE(reports.back(), std::int64_t(2000));
}

void TestMonteCarloEngine::quantilesAreExactAndNullBeyondTheHorizon()
{
    // Ten runs arriving at months 0..9 of a 12-month horizon.
    MonteCarloTally t(1, 12);
    RunOutcome o;
    for (int m = 0; m < 10; ++m) {
        o.reset(1);
        o.arrivalMonth[0] = m;
        o.finalRank[0] = 1;
        o.winner = 0;
        t.add(o);
    }
    QCOMPARE(t.arrivalQuantileMonth(0, 10), 0);
    QCOMPARE(t.arrivalQuantileMonth(0, 50), 4);
    QCOMPARE(t.arrivalQuantileMonth(0, 90), 8);
    // Ten more that never arrive: p50 is the 10th earliest of 20, p90 lies beyond the horizon.
    for (int m = 0; m < 10; ++m) {
        o.reset(1);
        o.finalRank[0] = 1;
        t.add(o);
    }
    QCOMPARE(t.arrivalQuantileMonth(0, 10), 1);
    QCOMPARE(t.arrivalQuantileMonth(0, 50), 9);
    QCOMPARE(t.arrivalQuantileMonth(0, 90), -1);
    QCOMPARE(t.noneCount(), std::int64_t(10));
    // Among the runs that arrive, the ten arrivals alone count.
    QCOMPARE(t.arrivalQuantileMonthIfReached(0, 50), 4);
    QCOMPARE(t.arrivalQuantileMonthIfReached(0, 90), 8);
    // With one lab the winner's arrival is that lab's.
    QCOMPARE(t.firstArrivalQuantileMonth(50), 9);
    QCOMPARE(t.firstArrivalQuantileMonth(90), -1);

    std::vector<double> years(12);
    for (int m = 0; m < 12; ++m)
        years[static_cast<std::size_t>(m)] = 2025 + m / 12.0;
    const auto r = summarize(t, {"Solo"}, {"#000000"}, years, 1, 20);
    QCOMPARE(*r.labs[0].arrival.p50, 2025 + 9 / 12.0);
    QVERIFY(!r.labs[0].arrival.p90.has_value());
    QCOMPARE(*r.labs[0].arrival_if_reached.p90, 2025 + 8 / 12.0);
    QCOMPARE(r.labs[0].p_reach, 0.5);
}

void TestMonteCarloEngine::summaryProbabilitiesAreConsistent()
{
    const auto t = tally(20000, 2);
    std::vector<double> years(kMonths);
    std::iota(years.begin(), years.end(), 0.0);
    const auto r = summarize(t, {"A", "B", "C", "D"}, {}, years, 11, 20000);
    QVERIFY(r.complete());
    double sum = 0;
    for (const auto &lab : r.labs) {
        sum += lab.p_first;
        QVERIFY(lab.p_first_stderr > 0 && lab.p_first_stderr < 0.01);
        QCOMPARE(lab.p_rank.size(), size_t(kLabs));
        QVERIFY(std::abs(std::accumulate(lab.p_rank.begin(), lab.p_rank.end(), 0.0) - 1) < 1e-12);
        if (lab.arrival.p10 && lab.arrival.p50)
            QVERIFY(*lab.arrival.p10 <= *lab.arrival.p50);
        if (lab.arrival.p50 && lab.arrival.p90)
            QVERIFY(*lab.arrival.p50 <= *lab.arrival.p90);
    }
    QVERIFY(std::abs(sum - (1 - r.p_none)) < 1e-12);
    // The first arrival is never later than any lab's arrival at the same quantile.
    for (const auto &lab : r.labs)
        if (lab.arrival.p50)
            QVERIFY(r.first_arrival.p50 && *r.first_arrival.p50 <= *lab.arrival.p50);
    // Lab 0 arrives earliest on average, so it wins most often.
    QVERIFY(r.labs[0].p_first > r.labs[3].p_first);
}

void TestMonteCarloEngine::exceptionsReachTheCaller()
{
    struct Throwing : RunKernel {
        void run(std::uint64_t runIndex, RunOutcome &) override
        {
            if (runIndex == 777)
                throw std::runtime_error("boom");
        }
    };
    TallyJob j{kLabs, kMonths, [] { return std::make_unique<Throwing>(); }};
    MonteCarloTally t;
    ParallelControl control;
    control.threads = 2;
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, tallyRuns(j, 0, 2000, control, t));
}

QTEST_GUILESS_MAIN(TestMonteCarloEngine)
#include "tst_montecarloengine.moc"
