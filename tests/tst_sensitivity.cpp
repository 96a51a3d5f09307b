// Sensitivity (tornado) analysis: an input known to matter outranks inert
// ones, swings are taken at the p10/p90 of each input with the rest at their
// medians, rows come largest effect first, and the result does not depend on
// the thread count.
#include "builtinscenarios.h"
#include "distributionfixture.h"
#include "fieldpath.h"
#include "sensitivity.h"
#include "simulator.h"

#include <QTest>

#include <atomic>
#include <cmath>

using namespace asirace;
using asirace::test::dist;

namespace {

// AGI threshold and algorithmic progress matter; a provider's research talent
// (providers do no research in the model) and a fixed input do not.
Scenario scenarioWithInputs()
{
    Scenario s = defaultScenario();
    s.distributions = {dist("Oracle.research_talent", DistributionKind::Uniform, 0.5, 2.5),
                       dist("assumptions.agi_log10_flop", DistributionKind::Normal, 33, 1.5),
                       dist("Amazon.caution", DistributionKind::Uniform, 0, 1),
                       dist("assumptions.alg_halving_months", DistributionKind::Triangular, 5, 8, 14),
                       dist("Meta.mfu", DistributionKind::Fixed, 0, 0)};
    return s;
}

int rankOf(const SensitivityResult &r, const std::string &path)
{
    for (size_t i = 0; i < r.rows.size(); ++i)
        if (r.rows[i].path == path)
            return int(i);
    return -1;
}

SensitivityResult analyse(const Scenario &s, const std::string &output, int threads = 0)
{
    SensitivityOptions options;
    options.runs_per_point = 200;
    ParallelControl control;
    control.threads = threads;
    return *runSensitivity(s, *SensitivityOutput::parse(output), options, control);
}

} // namespace

class TestSensitivity : public QObject
{
    Q_OBJECT
private slots:
    void agiThresholdOutranksInertInputs_data();
    void agiThresholdOutranksInertInputs();
    void swingsUseQuantilesAndMedians();
    void rowsAreSortedByEffect();
    void sameResultWhateverTheThreadCount();
    void outputsParseAndBadOnesAreRejected();
    void cancelReturnsNothing();
    void sampledOthersRankByTheOdds();
};

void TestSensitivity::agiThresholdOutranksInertInputs_data()
{
    QTest::addColumn<QString>("output");
    QTest::newRow("winner arrival") << "winner_arrival";
    QTest::newRow("OpenAI arrival") << "median_arrival:OpenAI";
    QTest::newRow("Anthropic arrival") << "median_arrival:Anthropic";
}

void TestSensitivity::agiThresholdOutranksInertInputs()
{
    QFETCH(QString, output);
    const auto r = analyse(scenarioWithInputs(), output.toStdString());
    QCOMPARE(r.rows.size(), size_t(4)); // the fixed input is not swung
    const int agi = rankOf(r, "assumptions.agi_log10_flop");
    const int inert = rankOf(r, "Oracle.research_talent");
    QVERIFY(agi >= 0 && inert >= 0);
    QVERIFY(agi < inert);
    QVERIFY(r.rows[size_t(agi)].effect() >= 1.0 / 12); // at least a month
    QCOMPARE(r.rows[size_t(inert)].effect(), 0.0);
    QCOMPARE(r.rows[size_t(rankOf(r, "Amazon.caution"))].effect(), 0.0);
    // A higher AGI threshold means a later arrival.
    QVERIFY(r.rows[size_t(agi)].output_high > r.rows[size_t(agi)].output_low);
}

void TestSensitivity::swingsUseQuantilesAndMedians()
{
    const Scenario s = scenarioWithInputs();
    const auto r = analyse(s, "median_arrival:OpenAI");
    const auto &agi = r.rows[size_t(rankOf(r, "assumptions.agi_log10_flop"))];
    QVERIFY(std::abs(agi.input_low - (33 - 1.5 * 1.2815515655446004)) < 1e-9);
    QVERIFY(std::abs(agi.input_median - 33) < 1e-12);
    QVERIFY(std::abs(agi.input_high - (33 + 1.5 * 1.2815515655446004)) < 1e-9);

    // The base is the deterministic run with every uncertain input at its median.
    Scenario medians = s;
    medians.distributions.clear();
    medians.assumptions.agi_log10_flop = 33;
    medians.assumptions.alg_halving_months = r.rows[size_t(rankOf(r, "assumptions.alg_halving_months"))].input_median;
    medians.findOrganisation("Oracle")->research_talent = 1.5;
    medians.findOrganisation("Amazon")->caution = 0.5;
    const auto det = simulate(medians);
    QVERIFY(det.labs[0].asi_year.has_value());
    QCOMPARE(det.labs[0].name, std::string("OpenAI"));
    QCOMPARE(r.base, *det.labs[0].asi_year);
    QVERIFY(!r.base_beyond_horizon);

    // And a swing is that same run with one input moved.
    medians.assumptions.agi_log10_flop = agi.input_high;
    const auto high = simulate(medians);
    if (high.labs[0].asi_year)
        QCOMPARE(agi.output_high, *high.labs[0].asi_year);
    else
        QVERIFY(agi.high_beyond_horizon);
}

void TestSensitivity::rowsAreSortedByEffect()
{
    const auto r = analyse(scenarioWithInputs(), "p_first:OpenAI");
    QCOMPARE(r.runs_per_point, std::int64_t(200));
    for (size_t i = 1; i < r.rows.size(); ++i)
        QVERIFY(r.rows[i - 1].effect() >= r.rows[i].effect());
    for (const auto &row : r.rows) {
        QVERIFY(row.input_low <= row.input_median && row.input_median <= row.input_high);
        QVERIFY(row.output_low >= 0 && row.output_low <= 1 && row.output_high >= 0 && row.output_high <= 1);
    }
    QCOMPARE(r.rows[size_t(rankOf(r, "Oracle.research_talent"))].effect(), 0.0);
}

void TestSensitivity::sameResultWhateverTheThreadCount()
{
    const Scenario s = scenarioWithInputs();
    const auto one = analyse(s, "p_first:Anthropic", 1);
    const auto two = analyse(s, "p_first:Anthropic", 2);
    QCOMPARE(one.base, two.base);
    QCOMPARE(one.rows.size(), two.rows.size());
    for (size_t i = 0; i < one.rows.size(); ++i) {
        QCOMPARE(one.rows[i].path, two.rows[i].path);
        QCOMPARE(one.rows[i].output_low, two.rows[i].output_low);
        QCOMPARE(one.rows[i].output_high, two.rows[i].output_high);
    }
}

void TestSensitivity::outputsParseAndBadOnesAreRejected()
{
    QCOMPARE(SensitivityOutput::parse("p_first:Google DeepMind")->lab, std::string("Google DeepMind"));
    QCOMPARE(SensitivityOutput::parse("median_arrival:OpenAI")->text(), std::string("median_arrival:OpenAI"));
    QVERIFY(SensitivityOutput::parse("winner_arrival")->metric == SensitivityMetric::WinnerArrival);
    std::string error;
    QVERIFY(!SensitivityOutput::parse("p_first:", &error));
    QVERIFY(error.find("p_first:LAB") != std::string::npos);
    QVERIFY(!SensitivityOutput::parse("loss", &error));
    // Oracle is a provider, not a racing lab.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             runSensitivity(defaultScenario(), *SensitivityOutput::parse("p_first:Oracle")));
}

void TestSensitivity::cancelReturnsNothing()
{
    std::atomic<bool> cancel{true};
    ParallelControl control;
    control.cancel = &cancel;
    QVERIFY(!runSensitivity(scenarioWithInputs(), *SensitivityOutput::parse("winner_arrival"), {}, control));
}

void TestSensitivity::sampledOthersRankByTheOdds()
{
    // The baseline's own uncertainty plus two inputs the race ignores. With
    // the others sampled, P(first) is a real probability, and because every
    // swing reuses the same draws an ignored input moves it by exactly zero.
    Scenario s = defaultScenario();
    s.distributions.push_back(dist("Oracle.research_talent", DistributionKind::Uniform, 0.5, 2.5));
    s.distributions.push_back(dist("Amazon.caution", DistributionKind::Uniform, 0, 1));
    SensitivityOptions options;
    options.runs_per_point = 150;
    options.sample_others = true;
    const auto r = *runSensitivity(s, *SensitivityOutput::parse("p_first:OpenAI"), options);
    QVERIFY(r.sample_others);
    QCOMPARE(r.runs_per_point, std::int64_t(150));
    QVERIFY(r.base > 0 && r.base < 1);
    QCOMPARE(r.rows[size_t(rankOf(r, "Oracle.research_talent"))].effect(), 0.0);
    QCOMPARE(r.rows[size_t(rankOf(r, "Amazon.caution"))].effect(), 0.0);
    QVERIFY(r.rows.front().effect() > 0.05);

    const auto arrival = *runSensitivity(s, *SensitivityOutput::parse("winner_arrival"), options);
    QVERIFY(rankOf(arrival, "assumptions.agi_log10_flop") < rankOf(arrival, "Oracle.research_talent"));
    QVERIFY(arrival.rows[size_t(rankOf(arrival, "assumptions.agi_log10_flop"))].effect() > 0);
}

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
