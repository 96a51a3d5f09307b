// The baseline's Monte Carlo uncertainty: every input the model brief's
// Monte Carlo section lists carries a distribution within the brief's range,
// centred on the baseline's own value, with its source; sources survive JSON
// and the scenario file; presets take the inputs they set out of the
// uncertainty.
#include "builtinscenarios.h"
#include "distributionsampler.h"
#include "fieldpath.h"
#include "scenariojson.h"
#include "scenariostore.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace asirace;

namespace {

const Distribution *find(const Scenario &s, const std::string &path)
{
    for (const auto &d : s.distributions)
        if (d.path == path)
            return &d;
    return nullptr;
}

} // namespace

class TestDefaultDistributions : public QObject
{
    Q_OBJECT
private slots:
    void briefInputsAreUncertain_data();
    void briefInputsAreUncertain();
    void everyDistributionResolvesAndCitesItsSource();
    void baselineValuesLieInsideTheirRanges();
    void sourcesSurviveJsonAndTheScenarioFile();
    void presetsPinTheInputsTheySet();
};

void TestDefaultDistributions::briefInputsAreUncertain_data()
{
    // Path, and the brief's range the p10-p90 swing must stay inside.
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("algorithmic halving") << "assumptions.alg_halving_months" << 5.0 << 14.0;
    QTest::newRow("hardware doubling") << "assumptions.hw_doubling_years" << 1.5 << 3.1;
    QTest::newRow("AGI threshold") << "assumptions.agi_log10_flop" << 33.0 << 39.0;
    QTest::newRow("ASI gap") << "assumptions.asi_gap_oom" << 1.0 << 4.0;
    QTest::newRow("automation gap") << "assumptions.automation_gap_oom" << 1.0 << 9.0;
    QTest::newRow("data stock") << "assumptions.data_stock_tokens" << 1e14 << 1e15;
    QTest::newRow("GPU MTBF") << "assumptions.gpu_mtbf_hours" << 2.5e4 << 1e5;
    QTest::newRow("OpenAI MFU") << "OpenAI.mfu" << 0.3 << 0.45;
    // Issue 11 replaced the brief's triangular checkpoint and restart ranges
    // with lognormals around each lab's value (docs/MONTE-CARLO.md).
    QTest::newRow("Meta checkpoint") << "Meta.checkpoint_minutes" << 0.1 << 5.0;
    QTest::newRow("xAI restart") << "xAI.restart_minutes" << 1.0 << 30.0;
    QTest::newRow("Anthropic bug") << "Anthropic.bug_probability" << 0.05 << 0.3;
    QTest::newRow("OpenAI progress lost") << "OpenAI.bug_progress_lost" << 0.1 << 0.5;
    QTest::newRow("Google MoE gain") << "Google DeepMind.moe_gain" << 1.5 << 4.0;
    QTest::newRow("Meta MoE imbalance") << "Meta.moe_expert_imbalance" << 0.02 << 1.0;
    QTest::newRow("ROFR decline") << "Microsoft/OpenAI.rofr_decline_probability" << 0.2 << 0.8;
    QTest::newRow("IP lag") << "Apple/Google DeepMind.ip_lag_months" << 0.0 << 12.0;
}

void TestDefaultDistributions::briefInputsAreUncertain()
{
    QFETCH(QString, path);
    QFETCH(double, low);
    QFETCH(double, high);
    const auto inputs = prepareDistributions(defaultScenario());
    QVERIFY(inputs.ok());
    const PreparedDistribution *d = nullptr;
    for (const auto &p : inputs.distributions)
        d = p.path == path.toStdString() ? &p : d;
    QVERIFY2(d, qPrintable(path));
    QVERIFY(d->isUncertain());
    for (double p : {0.001, 0.1, 0.5, 0.9, 0.999}) {
        QVERIFY2(d->quantile(p) >= low && d->quantile(p) <= high, qPrintable(QString::number(d->quantile(p))));
    }
    QVERIFY(d->quantile(0.9) > d->quantile(0.1));
}

void TestDefaultDistributions::everyDistributionResolvesAndCitesItsSource()
{
    const Scenario &s = defaultScenario();
    QVERIFY(s.distributions.size() >= 40);
    const auto inputs = prepareDistributions(s);
    QVERIFY(inputs.ok());
    QCOMPARE(inputs.distributions.size(), s.distributions.size());
    for (const auto &d : s.distributions)
        QVERIFY2(!d.source.empty(), d.path.c_str());
}

void TestDefaultDistributions::baselineValuesLieInsideTheirRanges()
{
    // The distributions describe uncertainty about the baseline, not a different scenario.
    Scenario s = defaultScenario();
    for (const auto &d : prepareDistributions(s).distributions) {
        const double slack = 1e-6 * std::abs(d.base);
        QVERIFY2(d.quantile(1e-12) - slack <= d.base && d.base <= d.quantile(1 - 1e-12) + slack, d.path.c_str());
    }
    // Lognormal medians are the baseline values.
    QCOMPARE(find(s, "assumptions.alg_halving_months")->a, s.assumptions.alg_halving_months);
    QCOMPARE(find(s, "assumptions.data_stock_tokens")->a, s.assumptions.data_stock_tokens);
}

void TestDefaultDistributions::sourcesSurviveJsonAndTheScenarioFile()
{
    const Scenario &s = defaultScenario();
    Scenario fromJson;
    std::vector<JsonIssue> issues;
    QVERIFY(scenarioFromJson(scenarioToJson(s), "", fromJson, issues));
    QCOMPARE(fromJson.distributions.size(), s.distributions.size());
    QCOMPARE(fromJson.distributions.front().source, s.distributions.front().source);

    QTemporaryDir dir;
    const std::string file = dir.filePath("sources.db").toStdString();
    QVERIFY(saveScenarioFile(file, {s}).ok);
    const auto loaded = loadScenarioFile(file);
    QVERIFY(loaded.ok());
    const auto &back = loaded.scenarios.front().distributions;
    QCOMPARE(back.size(), s.distributions.size());
    for (size_t i = 0; i < back.size(); ++i) {
        QCOMPARE(back[i].path, s.distributions[i].path);
        QCOMPARE(back[i].source, s.distributions[i].source);
        QCOMPARE(back[i].b, s.distributions[i].b);
    }
}

void TestDefaultDistributions::presetsPinTheInputsTheySet()
{
    for (const auto &s : builtinScenarios()) {
        if (s.name != "Meta MoE misstep")
            continue;
        QVERIFY(!find(s, "Meta.moe_expert_imbalance")); // set by the preset: a point value
        QVERIFY(!find(s, "Meta.mfu"));
        QVERIFY(find(s, "OpenAI.mfu")); // the rest of the baseline's uncertainty stays
        return;
    }
    QFAIL("no Meta MoE misstep preset");
}

QTEST_GUILESS_MAIN(TestDefaultDistributions)
#include "tst_defaultdistributions.moc"
