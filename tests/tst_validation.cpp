// The built-in scenarios are valid, and validate() reports exactly one precise
// problem for each bad field: out of range, NaN, infinite, empty.
#include "builtinscenarios.h"
#include "fieldpath.h"
#include "scheduledevents.h"
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
    void eventProblemsNameTheEventFieldAndRange_data();
    void eventProblemsNameTheEventFieldAndRange();
    void eventsFromTextAreCheckedLikeValidate_data();
    void eventsFromTextAreCheckedLikeValidate();
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
    s.distributions.clear(); // a distribution or event naming the partnership would be a second, separate problem
    s.events.clear();
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

void TestValidation::eventProblemsNameTheEventFieldAndRange_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("path");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("problem"); // Problem::toString(), empty when valid
    QTest::newRow("valid") << 2026 << 4 << "OpenAI.mfu" << 0.3 << "";
    QTest::newRow("edges") << 2060 << 12 << "assumptions.alg_halving_months" << 2.0 << "";
    QTest::newRow("month 13") << 2026 << 13 << "OpenAI.mfu" << 0.3
                              << "events[1] (2026-13 OpenAI.mfu).month: 13 is outside [1, 12]";
    QTest::newRow("month 0") << 2026 << 0 << "OpenAI.mfu" << 0.3
                             << "events[1] (2026-00 OpenAI.mfu).month: 0 is outside [1, 12]";
    QTest::newRow("year 2019") << 2019 << 5 << "OpenAI.mfu" << 0.3
                               << "events[1] (2019-05 OpenAI.mfu).year: 2019 is outside [2020, 2060]";
    QTest::newRow("no organisation") << 2026 << 4 << "Nobody.mfu" << 0.3
                                     << "events[1] (2026-04 Nobody.mfu).path: \"Nobody.mfu\" no organisation "
                                        "'Nobody' (allowed: a numeric input of this scenario)";
    QTest::newRow("text field") << 2026 << 4 << "OpenAI.colour" << 1.0
                                << "events[1] (2026-04 OpenAI.colour).path: \"OpenAI.colour\" unknown numeric "
                                   "field 'colour' (allowed: a numeric input of this scenario)";
    QTest::newRow("out of range") << 2026 << 4 << "OpenAI.mfu" << 1.7
                                  << "events[1] (2026-04 OpenAI.mfu).value: 1.7 is outside the range of OpenAI.mfu "
                                     "(allowed: [0.05, 0.8] fraction of peak)";
    QTest::newRow("flag") << 2026 << 4 << "Microsoft/OpenAI.rofr" << 0.5
                          << "events[1] (2026-04 Microsoft/OpenAI.rofr).value: 0.5 must be 0 or 1 for "
                             "Microsoft/OpenAI.rofr (allowed: [0, 1] flag)";
    QTest::newRow("integer") << 2026 << 4 << "Anthropic.run_months" << 3.5
                             << "events[1] (2026-04 Anthropic.run_months).value: 3.5 is not a whole number for "
                                "Anthropic.run_months (allowed: [1, 24] months)";
}

void TestValidation::eventProblemsNameTheEventFieldAndRange()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, path);
    QFETCH(double, value);
    QFETCH(QString, problem);
    Scenario s = defaultScenario();
    s.events.clear();
    s.events.push_back({2027, 1, "assumptions.hw_doubling_years", 2.5, "a valid event before the one tested"});
    s.events.push_back({year, month, path.toStdString(), value, ""});
    const auto problems = validate(s);
    QStringList texts;
    for (const auto &p : problems)
        texts << QString::fromStdString(p.toString());
    QCOMPARE(texts, problem.isEmpty() ? QStringList{} : QStringList{problem});
}

void TestValidation::eventsFromTextAreCheckedLikeValidate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // empty when the event is added
    QTest::newRow("valid") << "2026-04:OpenAI.mfu=0.3" << "";
    QTest::newRow("flag as word") << "2028-01:Microsoft/OpenAI.rofr=false" << "";
    QTest::newRow("month 13") << "2026-13:OpenAI.mfu=0.3" << "month 13 is not 1-12";
    QTest::newRow("year") << "2061-01:OpenAI.mfu=0.3" << "year 2061 is not 2020-2060";
    QTest::newRow("not a month") << "April:OpenAI.mfu=0.3" << "'April' is not a month like 2026-04";
    QTest::newRow("no colon") << "OpenAI.mfu=0.3" << "expected YYYY-MM:PATH=VALUE";
    QTest::newRow("no value") << "2026-04:OpenAI.mfu" << "expected YYYY-MM:PATH=VALUE";
    QTest::newRow("path") << "2026-04:Nobody.mfu=0.3" << "Nobody.mfu: no organisation 'Nobody'";
    QTest::newRow("not a number") << "2026-04:OpenAI.mfu=lots"
                                  << "OpenAI.mfu: 'lots' is not a number (allowed: [0.05, 0.8] fraction of peak)";
    QTest::newRow("range") << "2026-04:OpenAI.mfu=1.7"
                           << "value 1.7 is outside the range of OpenAI.mfu (allowed: [0.05, 0.8] fraction of peak)";
}

void TestValidation::eventsFromTextAreCheckedLikeValidate()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    Scenario s = defaultScenario();
    const auto before = s.events.size();
    const auto reason = addEventFromText(s, text.toStdString());
    QCOMPARE(QString::fromStdString(reason.value_or("")), error);
    QCOMPARE(s.events.size(), before + (error.isEmpty() ? 1 : 0));
    QVERIFY(validate(s).empty());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
