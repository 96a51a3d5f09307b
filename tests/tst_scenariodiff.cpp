// The report's "inputs that differ from the built-in baseline": every kind of
// change is found through the field tables, and nothing else is reported.
#include "builtinscenarios.h"
#include "scenariodiff.h"

#include <QTest>

using namespace asirace;

namespace {
const InputChange *find(const std::vector<InputChange> &changes, const std::string &path)
{
    for (const auto &c : changes)
        if (c.path == path)
            return &c;
    return nullptr;
}
} // namespace

class TestScenarioDiff : public QObject
{
    Q_OBJECT
private slots:
    void identicalScenariosDoNotDiffer();
    void numericFieldsCarryBothValuesAndUnit();
    void textFieldsButNotDescriptions();
    void organisationsAndPartnershipsAddedOrRemoved();
    void distributions();
    void eventsPresentInOnlyOne();
    void presetsDifferInTheirListedInputsOnly();
};

void TestScenarioDiff::identicalScenariosDoNotDiffer()
{
    Scenario copy = defaultScenario();
    copy.name = "Renamed";
    copy.modified = "2030-01-01T00:00:00Z";
    QVERIFY(diffScenarios(defaultScenario(), copy).empty());
}

void TestScenarioDiff::numericFieldsCarryBothValuesAndUnit()
{
    Scenario s = defaultScenario();
    s.assumptions.alg_halving_months = 6;
    s.findOrganisation("Meta")->mfu = 0.25;
    s.findPartnership("Microsoft", "OpenAI")->compute_supplied_h100e = 1000;
    const auto changes = diffScenarios(defaultScenario(), s);
    QCOMPARE(changes.size(), size_t(3));
    const InputChange *alg = find(changes, "assumptions.alg_halving_months");
    QVERIFY(alg);
    QCOMPARE(*alg->baselineValue, defaultScenario().assumptions.alg_halving_months);
    QCOMPARE(*alg->value, 6.0);
    QCOMPARE(alg->unit, std::string("months"));
    QVERIFY(find(changes, "Meta.mfu"));
    QVERIFY(find(changes, "Microsoft/OpenAI.compute_supplied_h100e"));
    // Order: assumptions first, then organisations, then partnerships.
    QCOMPARE(changes.front().path, std::string("assumptions.alg_halving_months"));
    QCOMPARE(changes.back().path, std::string("Microsoft/OpenAI.compute_supplied_h100e"));
}

void TestScenarioDiff::textFieldsButNotDescriptions()
{
    Scenario s = defaultScenario();
    s.findOrganisation("xAI")->colour = "#000000";
    s.findOrganisation("xAI")->description = "changed notes";
    s.assumptions.scaling_law = "hoffmann2022";
    const auto changes = diffScenarios(defaultScenario(), s);
    QCOMPARE(changes.size(), size_t(2));
    const InputChange *colour = find(changes, "xAI.colour");
    QVERIFY(colour);
    QCOMPARE(colour->text, std::string("#000000"));
    QVERIFY(!colour->value);
    QVERIFY(find(changes, "assumptions.scaling_law"));
}

void TestScenarioDiff::organisationsAndPartnershipsAddedOrRemoved()
{
    Scenario s = defaultScenario();
    Organisation newLab;
    newLab.name = "Newco";
    s.organisations.push_back(newLab);
    s.organisations.erase(std::find_if(s.organisations.begin(), s.organisations.end(),
                                       [](const Organisation &o) { return o.name == "Apple"; }));
    s.partnerships.erase(std::find_if(s.partnerships.begin(), s.partnerships.end(),
                                      [](const Partnership &p) { return p.org_a == "Oracle" && p.org_b == "OpenAI"; }));
    const auto changes = diffScenarios(defaultScenario(), s);
    const InputChange *added = find(changes, "Newco");
    const InputChange *removed = find(changes, "Apple");
    const InputChange *gone = find(changes, "Oracle/OpenAI");
    QVERIFY(added && removed && gone);
    QCOMPARE(added->baselineText, std::string("absent"));
    QCOMPARE(removed->text, std::string("absent"));
    QCOMPARE(gone->text, std::string("absent"));
    // Partnerships that mention Apple but remain are compared field by field, not reported whole.
    QCOMPARE(std::count_if(changes.begin(), changes.end(), [](const InputChange &c) { return !c.value && c.unit.empty() && c.text == "absent"; }), 2);
}

void TestScenarioDiff::distributions()
{
    Scenario base = defaultScenario();
    base.distributions.clear(); // the baseline ships with distributions; start from none
    Scenario s = base;
    Distribution d;
    d.path = "assumptions.alg_halving_months";
    d.kind = DistributionKind::Triangular;
    d.a = 5;
    d.b = 8;
    d.c = 14;
    s.distributions.push_back(d);
    auto changes = diffScenarios(base, s);
    QCOMPARE(changes.size(), size_t(1));
    QCOMPARE(changes.front().path, std::string("uncertainty of assumptions.alg_halving_months"));
    QCOMPARE(changes.front().text, std::string("triangular(5, 8, 14)"));
    QVERIFY(diffScenarios(s, s).empty());
    changes = diffScenarios(s, base);
    QCOMPARE(changes.front().text, std::string("fixed"));
}

void TestScenarioDiff::eventsPresentInOnlyOne()
{
    Scenario base = defaultScenario();
    base.events.clear();
    base.events.push_back({2027, 4, "OpenAI.mfu", 0.3, "kept"});
    Scenario s = base;
    s.events.front().note = "a note is no input";
    QVERIFY(diffScenarios(base, s).empty());
    s.events.front().value = 0.25;
    const auto changes = diffScenarios(base, s);
    QCOMPARE(changes.size(), size_t(2));
    QCOMPARE(changes[0].path, std::string("event 2027-04 OpenAI.mfu"));
    QCOMPARE(changes[0].baselineText, std::string("absent"));
    QCOMPARE(changes[0].text, std::string("= 0.25"));
    QCOMPARE(changes[1].baselineText, std::string("= 0.3"));
    QCOMPARE(changes[1].text, std::string("absent"));
}

void TestScenarioDiff::presetsDifferInTheirListedInputsOnly()
{
    // "Patel's view" sets six inputs on top of the evidence baseline (and,
    // being point values, takes them out of the baseline's uncertainty).
    const auto &all = builtinScenarios();
    const auto preset = std::find_if(all.begin(), all.end(), [](const Scenario &s) { return s.name == "Patel's view"; });
    QVERIFY(preset != all.end());
    const auto changes = diffScenarios(defaultScenario(), *preset);
    QStringList paths;
    for (const auto &c : changes) {
        const QString path = QString::fromStdString(c.path).remove(QStringLiteral("uncertainty of "));
        if (!paths.contains(path))
            paths << path;
    }
    paths.sort();
    QCOMPARE(paths, (QStringList{"Anthropic.research_talent", "Google DeepMind.willpower", "Meta.willpower",
                                 "OpenAI.research_talent", "assumptions.end_year", "xAI.outside_funding_usd"}));
}

QTEST_MAIN(TestScenarioDiff)
#include "tst_scenariodiff.moc"
