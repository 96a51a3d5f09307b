// The built-in scenarios against evidence: the evidence baseline is dated and
// sourced, the backtest meets Epoch AI's end-2025 estimates, each claim preset
// moves its lab the way the claim says (and only for a while where the claim
// is about a past run), and Patel's order holds in Patel's view only: no test
// requires a winner of the evidence baseline.
#include "backtest.h"
#include "builtinscenarios.h"
#include "epochestimates.h"
#include "historicalruns.h"
#include "simulator.h"

#include <QTest>

#include <cmath>

using namespace asirace;

namespace {

const Scenario &builtin(const char *name)
{
    for (const auto &s : builtinScenarios())
        if (s.name == name)
            return s;
    qFatal("no built-in %s", name);
    return builtinScenarios().front();
}

const LabSeries &lab(const SimulationResult &r, const char *name)
{
    for (const auto &l : r.labs)
        if (l.name == name)
            return l;
    qFatal("no lab %s", name);
    return r.labs.front();
}

size_t monthOf(const SimulationResult &r, int year, int month)
{
    return static_cast<size_t>((year - static_cast<int>(r.months.front())) * 12 + month - 1);
}

SimulationResult run(const Scenario &s, int endYear = 2060)
{
    Scenario copy = s;
    copy.assumptions.end_year = endYear;
    return simulate(copy);
}

int arrivalMonth(const SimulationResult &r, const char *name, bool agi)
{
    const auto &y = agi ? lab(r, name).agi_year : lab(r, name).asi_year;
    return y ? static_cast<int>(std::lround((*y - r.months.front()) * 12)) : static_cast<int>(r.months.size());
}

} // namespace

class TestRaceCalibration : public QObject
{
    Q_OBJECT
private slots:
    void evidenceBaselineIsDatedAndSourced();
    void backtestMeetsEpochsEndOf2025();
    void patelsViewGivesHisOrder();
    void metaMoeMisstepSetsMetaBackForAWhile();
    void gpt45RunSetsOpenAIBackForAWhile();
    void openAIMicrosoftSplitSlowsOpenAIAndFreesMicrosoft();
    void appleCloudBetPutsAppleInTheRace();
};

void TestRaceCalibration::evidenceBaselineIsDatedAndSourced()
{
    const Scenario &s = defaultScenario();
    QCOMPARE(s.name, std::string("Evidence baseline"));
    QCOMPARE(s.assumptions.data_as_of, std::string("2025-12"));
    QCOMPARE(s.assumptions.start_year, 2026.0);
    // Every numeric input of every organisation and every global has a source or the word assumption.
    for (const auto &o : s.organisations)
        for (const auto &f : organisationNumericFields())
            QVERIFY2(o.sources.count(std::string(f.name)) || o.kind == "provider",
                     (o.name + "." + std::string(f.name)).c_str());
    for (const auto &f : assumptionNumericFields())
        QVERIFY2(s.assumptions.sources.count(std::string(f.name)), std::string(f.name).c_str());
    // Willpower and talent are central, not tuned: the same for every lab.
    for (const auto &o : s.organisations) {
        QCOMPARE(o.willpower, 1.0);
        QCOMPARE(o.research_talent, 1.0);
    }
}

void TestRaceCalibration::backtestMeetsEpochsEndOf2025()
{
    std::vector<BacktestReference> refs;
    for (const auto &e : epochEstimates()) {
        if (e.yearEnd != 2025)
            continue;
        BacktestReference ref{e.lab.toStdString(), e.p5, e.median, e.p95, std::nullopt};
        for (const auto &r : HistoricalRuns::builtin().runs())
            if (r.lab == e.lab && std::floor(r.year) == 2025 && r.flop)
                ref.knownLargestRunFlop = std::max(ref.knownLargestRunFlop.value_or(0.0), *r.flop);
        refs.push_back(ref);
    }
    QCOMPARE(refs.size(), size_t(5));
    const auto rows = compareBacktest(simulate(builtin("Backtest 2025")), 2025, refs);
    QCOMPARE(rows.size(), size_t(5));
    int within = 0;
    for (const auto &r : rows)
        within += r.within ? 1 : 0;
    QVERIFY2(within >= 4, qPrintable(QString("%1 of 5 within Epoch's 5-95% range").arg(within)));
    // Largest 2025 runs within 3x of the known estimates, where the known
    // estimate is the lab's real largest run. Not for Anthropic (Claude Opus 4
    // and 4.5 have no estimate) or Meta (Behemoth was only a preview):
    // docs/MODEL.md states both misses.
    for (const auto &r : rows) {
        if (!r.knownLargestRunFlop || r.lab == "Anthropic" || r.lab == "Meta")
            continue;
        const double ratio = r.modelLargestRunFlop / *r.knownLargestRunFlop;
        QVERIFY2(ratio < 3 && ratio > 1.0 / 3, qPrintable(QString::fromStdString(r.lab) + QString(": %1x").arg(ratio)));
    }
}

void TestRaceCalibration::patelsViewGivesHisOrder()
{
    const auto r = simulate(builtin("Patel's view"));
    QVERIFY(r.ranking.size() >= 5);
    QCOMPARE(r.ranking[0], std::string("OpenAI"));
    QCOMPARE(r.ranking[1], std::string("Anthropic"));
    QStringList close;
    for (size_t k = 2; k < 5; ++k)
        close << QString::fromStdString(r.ranking[k]);
    close.sort();
    QCOMPARE(close, (QStringList{"Google DeepMind", "Meta", "xAI"}));
    // Close together: all three arrive within the horizon, within a few years of each other.
    double first = 1e9, last = 0;
    for (const char *name : {"Google DeepMind", "Meta", "xAI"}) {
        QVERIFY2(lab(r, name).asi_year, name);
        first = std::min(first, *lab(r, name).asi_year);
        last = std::max(last, *lab(r, name).asi_year);
    }
    QVERIFY2(last - first <= 3.5, qPrintable(QString::number(last - first)));
}

void TestRaceCalibration::metaMoeMisstepSetsMetaBackForAWhile()
{
    const auto base = run(defaultScenario()), claim = run(builtin("Meta MoE misstep"));
    const size_t during = monthOf(base, 2026, 9), later = monthOf(base, 2030, 12);
    const double dip = lab(base, "Meta").effective_flop_log10[during] - lab(claim, "Meta").effective_flop_log10[during];
    QVERIFY2(dip > 0.05, qPrintable(QString::number(dip)));
    const double after = lab(base, "Meta").effective_flop_log10[later] - lab(claim, "Meta").effective_flop_log10[later];
    QVERIFY2(after >= 0 && after < dip / 2, qPrintable(QString("%1 then %2").arg(dip).arg(after)));
    QVERIFY(arrivalMonth(claim, "Meta", true) >= arrivalMonth(base, "Meta", true));
}

void TestRaceCalibration::gpt45RunSetsOpenAIBackForAWhile()
{
    const auto base = run(defaultScenario()), claim = run(builtin("GPT-4.5 over-parameterized"));
    const size_t during = monthOf(base, 2026, 6), later = monthOf(base, 2030, 12);
    const double dip =
        lab(base, "OpenAI").effective_flop_log10[during] - lab(claim, "OpenAI").effective_flop_log10[during];
    QVERIFY2(dip > 0.05, qPrintable(QString::number(dip)));
    const double after =
        lab(base, "OpenAI").effective_flop_log10[later] - lab(claim, "OpenAI").effective_flop_log10[later];
    QVERIFY2(after >= 0 && after < dip / 2, qPrintable(QString("%1 then %2").arg(dip).arg(after)));
    QVERIFY(arrivalMonth(claim, "OpenAI", false) >= arrivalMonth(base, "OpenAI", false));
}

void TestRaceCalibration::openAIMicrosoftSplitSlowsOpenAIAndFreesMicrosoft()
{
    const auto base = run(defaultScenario()), claim = run(builtin("OpenAI-Microsoft split"));
    const size_t m = monthOf(base, 2027, 12);
    QVERIFY(lab(claim, "OpenAI").compute_h100e[m] < lab(base, "OpenAI").compute_h100e[m]);
    QVERIFY(arrivalMonth(claim, "OpenAI", false) >= arrivalMonth(base, "OpenAI", false));
    QVERIFY(lab(claim, "Microsoft").effective_flop_log10[monthOf(base, 2034, 12)] >
            lab(base, "Microsoft").effective_flop_log10[monthOf(base, 2034, 12)]); // after its licence to OpenAI's models ends (2032)
    QVERIFY(arrivalMonth(claim, "Microsoft", false) <= arrivalMonth(base, "Microsoft", false));
}

void TestRaceCalibration::appleCloudBetPutsAppleInTheRace()
{
    const auto base = run(defaultScenario()), claim = run(builtin("Apple cloud bet"));
    const size_t m = monthOf(base, 2034, 12);
    QVERIFY(lab(claim, "Apple").effective_flop_log10[m] > lab(base, "Apple").effective_flop_log10[m] + 1);
    QVERIFY(arrivalMonth(claim, "Apple", false) <= arrivalMonth(base, "Apple", false));
}

QTEST_MAIN(TestRaceCalibration)
#include "tst_racecalibration.moc"
