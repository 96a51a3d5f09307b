// The built-in scenarios tell the interview's story: the Patel baseline
// reproduces his ranking with plausible arrival years, and each preset (one
// per claim) changes inputs only yet visibly moves the lab it is about.
#include "builtinscenarios.h"
#include "simulator.h"

#include <QTest>

#include <algorithm>

using namespace asirace;

namespace {

const Scenario &builtin(const char *name)
{
    for (const auto &s : builtinScenarios())
        if (s.name == name)
            return s;
    qFatal("no built-in scenario %s", name);
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

double arrival(const SimulationResult &r, const char *name)
{
    return lab(r, name).asi_year.value_or(1e9);
}

} // namespace

class TestRaceCalibration : public QObject
{
    Q_OBJECT
private slots:
    void baselineReproducesPatelsOrder();
    void baselineArrivalsArePlausible();
    void metaMoeMisstepDelaysMeta();
    void overParameterisedGpt45CostsOpenAITheLead();
    void openAIMicrosoftSplitSlowsOpenAIAndFreesMicrosoft();
    void appleCloudBetPutsAppleInTheRace();
    void presetsChangeOnlyTheirInputs();
};

void TestRaceCalibration::baselineReproducesPatelsOrder()
{
    // OpenAI first, Anthropic second, then Google DeepMind, Meta and xAI close behind.
    const auto r = simulate(defaultScenario());
    QCOMPARE(QString::fromStdString(r.ranking.at(0)), QStringLiteral("OpenAI"));
    QCOMPARE(QString::fromStdString(r.ranking.at(1)), QStringLiteral("Anthropic"));
    std::vector<std::string> next(r.ranking.begin() + 2, r.ranking.begin() + 5);
    std::sort(next.begin(), next.end());
    QCOMPARE(next, (std::vector<std::string>{"Google DeepMind", "Meta", "xAI"}));
    QCOMPARE(QString::fromStdString(*r.winner), QStringLiteral("OpenAI"));
}

void TestRaceCalibration::baselineArrivalsArePlausible()
{
    const auto r = simulate(defaultScenario());
    // Not in the first months, not never: early-to-mid 2030s (GATE ~2034, AI Futures ~2032 for AGI-level).
    for (const char *name : {"OpenAI", "Anthropic", "Google DeepMind", "Meta", "xAI"}) {
        QVERIFY2(lab(r, name).asi_year.has_value(), name);
        QVERIFY2(arrival(r, name) >= 2029 && arrival(r, name) <= 2036, name);
    }
    // "Close behind": the chasing three within three years of the leader.
    for (const char *name : {"Google DeepMind", "Meta", "xAI"})
        QVERIFY2(arrival(r, name) - arrival(r, "OpenAI") <= 3, name);
    QVERIFY(arrival(r, "Anthropic") > arrival(r, "OpenAI"));
}

void TestRaceCalibration::metaMoeMisstepDelaysMeta()
{
    const auto base = simulate(defaultScenario());
    const auto preset = simulate(builtin("Meta MoE misstep"));
    QVERIFY(arrival(preset, "Meta") >= arrival(base, "Meta") + 0.5);
    QCOMPARE(arrival(preset, "OpenAI"), arrival(base, "OpenAI")); // nobody else's inputs changed
}

void TestRaceCalibration::overParameterisedGpt45CostsOpenAITheLead()
{
    const auto base = simulate(defaultScenario());
    const auto preset = simulate(builtin("GPT-4.5 over-parameterized"));
    QVERIFY(arrival(preset, "OpenAI") > arrival(base, "OpenAI"));
    QVERIFY(lab(preset, "OpenAI").final_rank > lab(base, "OpenAI").final_rank);
    QVERIFY(lab(preset, "OpenAI").goodput[12] < 0.5 * lab(base, "OpenAI").goodput[12]);
}

void TestRaceCalibration::openAIMicrosoftSplitSlowsOpenAIAndFreesMicrosoft()
{
    const auto base = simulate(defaultScenario());
    const auto preset = simulate(builtin("OpenAI-Microsoft split"));
    QVERIFY(arrival(preset, "OpenAI") > arrival(base, "OpenAI"));
    QVERIFY(lab(preset, "OpenAI").final_rank > lab(base, "OpenAI").final_rank);
    QVERIFY(lab(preset, "OpenAI").compute_h100e[36] < 0.8 * lab(base, "OpenAI").compute_h100e[36]);
    QVERIFY(arrival(preset, "Microsoft") < arrival(base, "Microsoft"));
}

void TestRaceCalibration::appleCloudBetPutsAppleInTheRace()
{
    const auto base = simulate(defaultScenario());
    const auto preset = simulate(builtin("Apple cloud bet"));
    QVERIFY(arrival(preset, "Apple") < arrival(base, "Apple"));
    QVERIFY(lab(preset, "Apple").final_rank < lab(base, "Apple").final_rank);
    QVERIFY(lab(preset, "Apple").compute_h100e.back() > 2 * lab(base, "Apple").compute_h100e.back());
}

void TestRaceCalibration::presetsChangeOnlyTheirInputs()
{
    // Presets are the baseline with some inputs changed: same organisations and partnerships.
    const auto &base = defaultScenario();
    for (const auto &s : builtinScenarios()) {
        QCOMPARE(s.organisations.size(), base.organisations.size());
        QCOMPARE(s.partnerships.size(), base.partnerships.size());
        QVERIFY(!s.description.empty());
    }
}

QTEST_GUILESS_MAIN(TestRaceCalibration)
#include "tst_racecalibration.moc"
