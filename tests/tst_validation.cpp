// The built-in scenarios are valid, and validate() reports exactly one precise
// problem for each bad field: out of range, NaN, infinite, empty.
#include "builtinscenarios.h"
#include "fieldpath.h"
#include "validation.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace asirace;

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void defaultScenarioIsValid();
    void everyBuiltinScenarioIsValid();
    void defaultScenarioHasTheRacingLabs();
    void badValuesGiveOneProblemEach_data();
    void badValuesGiveOneProblemEach();
    void emptyNameAndBadColourAreReported();
    void partnershipMustNameExistingOrganisations();
    void setPathRejectsOutOfRangeWithTheRange();
    void setPathRejectsUnknownPaths();
};

void TestValidation::defaultScenarioIsValid()
{
    const auto problems = validate(defaultScenario());
    for (const auto &p : problems)
        qWarning() << QString::fromStdString(p.toString());
    QCOMPARE(problems.size(), size_t(0));
    QCOMPARE(QString::fromStdString(defaultScenario().name), QStringLiteral("Evidence baseline"));
}

void TestValidation::everyBuiltinScenarioIsValid()
{
    QVERIFY(builtinScenarios().size() >= 5);
    for (const auto &s : builtinScenarios())
        QVERIFY2(validate(s).empty(), s.name.c_str());
}

void TestValidation::defaultScenarioHasTheRacingLabs()
{
    for (const char *name : {"OpenAI", "Anthropic", "Google DeepMind", "Meta", "xAI", "DeepSeek", "Microsoft", "Apple"}) {
        const auto *org = defaultScenario().findOrganisation(name);
        QVERIFY2(org, name);
        QVERIFY2(org->isLab(), name);
        QVERIFY2(org->sources.count("compute_h100e") == 1, name); // every lab cites its compute
    }
}

void TestValidation::badValuesGiveOneProblemEach_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("reason");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("mfu above range") << "OpenAI.mfu" << 1.7 << "is outside [0.05, 0.8]";
    QTest::newRow("willpower below range") << "Meta.willpower" << -0.1 << "is outside [0, 1]";
    QTest::newRow("nan assumption") << "assumptions.alg_halving_months" << nan << "is not a number";
    QTest::newRow("infinite compute") << "xAI.compute_h100e" << inf << "is infinite";
    QTest::newRow("fractional months") << "Anthropic.run_months" << 3.5 << "is not a whole number";
    QTest::newRow("flag not 0/1") << "Microsoft/OpenAI.rofr" << 0.5 << "must be 0 or 1";
    QTest::newRow("partnership share") << "Microsoft/OpenAI.revenue_share" << 1.5 << "is outside [0, 1]";
}

void TestValidation::badValuesGiveOneProblemEach()
{
    QFETCH(QString, path);
    QFETCH(double, value);
    QFETCH(QString, reason);
    Scenario s = defaultScenario();
    FieldPathError error;
    auto ref = resolveNumericPath(s, path.toStdString(), &error);
    QVERIFY2(ref, error.message.c_str());
    *ref->value = value; // bypass --set checks to simulate a bad file
    const auto problems = validate(s);
    QCOMPARE(problems.size(), size_t(1));
    const auto &p = problems.front();
    const auto field = path.section(QLatin1Char('.'), -1);
    QCOMPARE(QString::fromStdString(p.field), field);
    QCOMPARE(QString::fromStdString(p.message), reason);
    QCOMPARE(QString::fromStdString(p.allowed), QString::fromStdString(formatRange(ref->min, ref->max)));
    QVERIFY(QString::fromStdString(p.object).contains(path.section(QLatin1Char('.'), 0, 0)));
}

void TestValidation::emptyNameAndBadColourAreReported()
{
    Scenario s = defaultScenario();
    s.organisations[1].name.clear();
    s.organisations[2].colour = "blue";
    const auto problems = validate(s);
    // The emptied organisation also breaks the partnerships that named it.
    QVERIFY(std::any_of(problems.begin(), problems.end(),
                        [](const Problem &p) { return p.field == "name" && p.message == "is empty"; }));
    QVERIFY(std::any_of(problems.begin(), problems.end(), [](const Problem &p) {
        return p.field == "colour" && p.value == "\"blue\"" && p.allowed == "#rrggbb";
    }));
}

void TestValidation::partnershipMustNameExistingOrganisations()
{
    Scenario s = defaultScenario();
    s.partnerships.front().org_a = "Nobody";
    s.distributions.clear(); // a distribution naming the partnership would be a second, separate problem
    const auto problems = validate(s);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(QString::fromStdString(problems.front().field), QStringLiteral("org_a"));
    QCOMPARE(QString::fromStdString(problems.front().message), QStringLiteral("names no organisation"));
}

void TestValidation::setPathRejectsOutOfRangeWithTheRange()
{
    Scenario s = defaultScenario();
    const double before = s.findOrganisation("OpenAI")->mfu;
    auto error = setFieldPath(s, "OpenAI.mfu", "1.7");
    QVERIFY(error);
    QVERIFY(QString::fromStdString(error->message).contains(QStringLiteral("[0.05, 0.8]")));
    QVERIFY(QString::fromStdString(error->message).contains(QStringLiteral("1.7")));
    QCOMPARE(s.findOrganisation("OpenAI")->mfu, before);
    QVERIFY(!setFieldPath(s, "OpenAI.mfu", "0.5"));
    QCOMPARE(s.findOrganisation("OpenAI")->mfu, 0.5);
}

void TestValidation::setPathRejectsUnknownPaths()
{
    Scenario s = defaultScenario();
    QVERIFY(setFieldPath(s, "Nobody.mfu", "0.3"));
    QVERIFY(setFieldPath(s, "OpenAI.no_such_field", "0.3"));
    QVERIFY(setFieldPath(s, "assumptions.agi_log10_flop", "abc"));
    QVERIFY(setFieldPath(s, "OpenAI/Nobody.rofr", "1"));
    QVERIFY(!setFieldPath(s, "Microsoft/OpenAI.rofr", "1"));
    QVERIFY(!setFieldPath(s, "assumptions.scaling_law", "hoffmann2022"));
    QVERIFY(setFieldPath(s, "assumptions.scaling_law", "kaplan2020"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
