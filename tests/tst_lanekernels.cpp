// The vector kernels against their plain twins, over random scenarios: the
// lab kernels (advanceLabLanes, finishRunLanes) against SimState::plainKernels,
// and the Monte Carlo batch engine (runbatch.h), in every build this machine
// can run, against runOutcome() run by run. Both must give the same bits, not
// merely close numbers: Monte Carlo promises the same bytes for a seed
// whichever path ran, and the lanes do each run's arithmetic in the same order.
#include "builtinscenarios.h"
#include "distributionsampler.h"
#include "randomscenario.h"
#include "runbatch.h"
#include "runbatchvariants.h"
#include "simulator.h"

#include <QTest>

#include <cstring>
#include <random>

using namespace asirace;

namespace {

// Stochastic events from a hash of their indices: every call site gets
// answers that differ by lab, run and month, as Monte Carlo's sampler gives.
class HashedEvents final : public SimEvents
{
public:
    explicit HashedEvents(std::uint64_t salt)
        : m_salt(salt)
    {
    }
    double bugLoss(int org, int runIndex, double probability, double lostShare) override
    {
        return unit(1, static_cast<std::uint64_t>(org), static_cast<std::uint64_t>(runIndex)) < probability ? lostShare
                                                                                                          : 0.0;
    }
    double rofrDeclined(int partnership, int month, double probability) override
    {
        return unit(2, static_cast<std::uint64_t>(partnership), static_cast<std::uint64_t>(month)) < probability ? 1.0
                                                                                                               : 0.0;
    }

private:
    double unit(std::uint64_t stream, std::uint64_t a, std::uint64_t b) const
    {
        std::uint64_t x = m_salt ^ (stream << 56) ^ (a << 28) ^ b;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return static_cast<double>((x ^ (x >> 31)) >> 11) * 0x1.0p-53;
    }
    std::uint64_t m_salt;
};

bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Where two runs' outcomes differ, or an empty string.
QString outcomeDifference(const SimState &want, const SimState &got)
{
    for (size_t i = 0; i < want.asiMonth.size(); ++i) {
        if (want.asiMonth[i] != got.asiMonth[i] || want.agiMonth[i] != got.agiMonth[i])
            return QStringLiteral("org %1: AGI/ASI months %2/%3, lanes %4/%5")
                .arg(i)
                .arg(want.agiMonth[i])
                .arg(want.asiMonth[i])
                .arg(got.agiMonth[i])
                .arg(got.asiMonth[i]);
        if (!sameBits(want.kappa[i], got.kappa[i]))
            return QStringLiteral("org %1: kappa %2, lanes %3").arg(i).arg(want.kappa[i], 0, 'g', 17).arg(got.kappa[i], 0, 'g', 17);
    }
    if (want.order != got.order)
        return QStringLiteral("ranking differs");
    if (want.arrivals != got.arrivals || want.agiArrivals != got.agiArrivals)
        return QStringLiteral("arrival counts differ");
    return {};
}

// The scenarios: the built-ins with their own distributions, and random ones
// (random inputs, events and distributions, including whole-number inputs
// such as IP lags) over horizons up to 2060.
std::vector<Scenario> scenariosToCheck()
{
    std::vector<Scenario> out = builtinScenarios();
    testing::RandomScenarioOptions options;
    options.maxOrganisations = 10;
    options.maxDistributions = 12;
    options.maxEvents = 4;
    for (auto &s : testing::randomScenarios(20261202, 60, options))
        out.push_back(std::move(s));
    return out;
}

using Engine = void (*)(const SimPlan *const *, SimState *const *, SimEvents *const *, int);

} // namespace

class TestLaneKernels : public QObject
{
    Q_OBJECT
private slots:
    void labLanesMatchPlainKernels();
    void batchMatchesRunsAlone();
};

void TestLaneKernels::labLanesMatchPlainKernels()
{
    int checked = 0;
    for (const auto &scenario : scenariosToCheck()) {
        SimPlan plan;
        compilePlan(scenario, plan);
        HashedEvents events(static_cast<std::uint64_t>(checked));
        SimulationResult plain, inLanes;
        prepareResult(scenario, plan, plain);
        prepareResult(scenario, plan, inLanes);
        SimState a, b;
        a.plainKernels = true;
        runSimulation(plan, a, plain, &events);
        runSimulation(plan, b, inLanes, &events);
        for (size_t j = 0; j < plain.labs.size(); ++j) {
            const auto &x = plain.labs[j], &y = inLanes.labs[j];
            const std::vector<const std::vector<double> *> xs{&x.effective_flop_log10, &x.training_run_flop,
                                                              &x.algorithmic_efficiency_log10, &x.revenue_usd};
            const std::vector<const std::vector<double> *> ys{&y.effective_flop_log10, &y.training_run_flop,
                                                              &y.algorithmic_efficiency_log10, &y.revenue_usd};
            for (size_t k = 0; k < xs.size(); ++k)
                for (size_t m = 0; m < xs[k]->size(); ++m)
                    if (!sameBits((*xs[k])[m], (*ys[k])[m]) && !(std::isnan((*xs[k])[m]) && std::isnan((*ys[k])[m])))
                        QFAIL(qPrintable(QStringLiteral("%1, %2, series %3, month %4: %5 against %6")
                                             .arg(QString::fromStdString(scenario.name), QString::fromStdString(x.name))
                                             .arg(k)
                                             .arg(m)
                                             .arg((*xs[k])[m], 0, 'g', 17)
                                             .arg((*ys[k])[m], 0, 'g', 17)));
        }
        QCOMPARE(inLanes.ranking, plain.ranking);
        ++checked;
    }
    QVERIFY(checked > 60);
}

void TestLaneKernels::batchMatchesRunsAlone()
{
    std::vector<std::pair<const char *, Engine>> engines{{"baseline", detail::runOutcomesInLanesBaseline}};
    if (laneEngineAvailable())
        engines.emplace_back("AVX-512", detail::runOutcomesInLanesV4);
    int batches = 0, scenarioIndex = 0;
    for (const auto &scenario : scenariosToCheck()) {
        ++scenarioIndex;
        PreparedInputs inputs = prepareDistributions(scenario);
        if (!inputs.errors.empty())
            continue;
        // Eight runs of the scenario, each with its own draws, as Monte Carlo makes them.
        std::array<Scenario, kBatchRuns> working;
        std::array<SimPlan, kBatchRuns> plans;
        std::vector<HashedEvents> events;
        const SimPlan *planOf[kBatchRuns];
        SimEvents *eventsOf[kBatchRuns];
        for (int l = 0; l < kBatchRuns; ++l) {
            working[static_cast<size_t>(l)] = scenario;
            const auto targets = bindTargets(working[static_cast<size_t>(l)], inputs);
            applyDraws(inputs, targets, RunRandom(7, static_cast<std::uint64_t>(l)), &working[static_cast<size_t>(l)].events);
            compilePlan(working[static_cast<size_t>(l)], plans[static_cast<size_t>(l)]);
            planOf[l] = &plans[static_cast<size_t>(l)];
            events.emplace_back(static_cast<std::uint64_t>(scenarioIndex * 16 + l));
        }
        for (int l = 0; l < kBatchRuns; ++l)
            eventsOf[l] = &events[static_cast<size_t>(l)];
        // Batches of every size: the unused lanes must not disturb the rest.
        for (const int count : {kBatchRuns, 3}) {
            if (!canRunTogether(planOf, count))
                continue;
            std::array<SimState, kBatchRuns> alone;
            for (int l = 0; l < count; ++l)
                runOutcome(plans[static_cast<size_t>(l)], alone[static_cast<size_t>(l)], eventsOf[l]);
            for (const auto &[name, engine] : engines) {
                std::array<SimState, kBatchRuns> together;
                SimState *states[kBatchRuns];
                for (int l = 0; l < kBatchRuns; ++l)
                    states[l] = &together[static_cast<size_t>(l)];
                engine(planOf, states, eventsOf, count);
                for (int l = 0; l < count; ++l) {
                    const QString difference = outcomeDifference(alone[static_cast<size_t>(l)], together[static_cast<size_t>(l)]);
                    if (!difference.isEmpty())
                        QFAIL(qPrintable(QStringLiteral("%1 engine, %2, run %3 of %4: %5")
                                             .arg(QLatin1String(name), QString::fromStdString(scenario.name))
                                             .arg(l)
                                             .arg(count)
                                             .arg(difference)));
                }
            }
            ++batches;
        }
    }
    // Most scenarios' runs differ only in real numbers and go together (the
    // rest have distributions on dates or run lengths); a test that batched
    // nothing would prove nothing.
    QVERIFY2(batches >= 60, qPrintable(QString::number(batches)));
}

QTEST_APPLESS_MAIN(TestLaneKernels)
#include "tst_lanekernels.moc"
