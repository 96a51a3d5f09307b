// The report's "inputs that differ from the built-in baseline": every kind of
// change is found through the field tables, and nothing else is reported.
// Applying each difference alone (the Differences panel), file-against-file
// differences (asirace-cli diff) and the names a merge gives (asirace-cli merge).
#include "builtinscenarios.h"
#include "fieldpath.h"
#include "scenariodiff.h"
#include "scenariomerge.h"
#include "validation.h"

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
    void changesCarryLabels();
    void applyingEveryChangeOneByOneGivesTheOtherScenario();
    void scenarioSetsDifferByNameAndContent();
    void mergeRenamesAClashAfterTheAuthorOrTheFile();
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

void TestScenarioDiff::changesCarryLabels()
{
    Scenario s = defaultScenario();
    s.assumptions.alg_halving_months += 1;
    s.events.push_back({2028, 3, "Meta.mfu", 0.2, "assumption"});
    const auto changes = diffScenarios(defaultScenario(), s);
    QCOMPARE(changes.size(), size_t(2));
    QCOMPARE(changes[0].kind, ChangeKind::Field);
    QCOMPARE(changes[0].label, std::string("Algorithmic halving time")); // the field's label, never its path
    QCOMPARE(changes[1].kind, ChangeKind::Event);
    QCOMPARE(changes[1].label, std::string("event 2028-03 Meta: MFU"));
    QVERIFY(!changes[1].unit.empty()); // the unit of the input it sets
}

void TestScenarioDiff::applyingEveryChangeOneByOneGivesTheOtherScenario()
{
    // One change of each kind: a value, a text field, a lab added, a lab
    // removed (with what points to it), a distribution changed, an event added.
    const Scenario base = defaultScenario();
    Scenario other = base;
    other.assumptions.alg_halving_months += 2;
    other.findOrganisation("xAI")->colour = "#123456";
    Organisation newco = *base.findOrganisation("xAI");
    newco.name = "Newco";
    other.organisations.push_back(newco);
    other.organisations.erase(std::find_if(other.organisations.begin(), other.organisations.end(),
                                           [](const Organisation &o) { return o.name == "Apple"; }));
    std::erase_if(other.partnerships, [](const Partnership &p) { return p.org_a == "Apple" || p.org_b == "Apple"; });
    std::erase_if(other.distributions, [](const Distribution &d) { return pathMentionsOrganisation(d.path, "Apple"); });
    std::erase_if(other.events, [](const ScheduledEvent &e) { return pathMentionsOrganisation(e.path, "Apple"); });
    other.distributions.front().b *= 2;
    other.events.push_back({2029, 6, "OpenAI.mfu", 0.25, "assumption"});
    for (const auto &problem : validate(other))
        QVERIFY2(false, problem.toString().c_str());

    const auto changes = diffScenarios(base, other);
    QVERIFY(changes.size() >= 6);
    Scenario walked = base;
    for (const auto &change : changes) {
        // Each one alone changes the baseline in exactly that row (or the rows of a whole entry).
        const Scenario alone = applyChange(base, other, change);
        QVERIFY2(validate(alone).empty(), change.path.c_str());
        const auto left = diffScenarios(alone, other);
        QVERIFY2(left.size() < changes.size(), change.path.c_str());
        walked = applyChange(walked, other, change);
    }
    // All of them together give the other scenario's inputs (order of entries aside).
    for (const auto &c : diffScenarios(walked, other))
        QVERIFY2(false, ("left over: " + c.path).c_str());
}

void TestScenarioDiff::scenarioSetsDifferByNameAndContent()
{
    const auto &a = builtinScenarios();
    QVERIFY(diffScenarioSets(a, a).empty());
    std::vector<Scenario> b(a.begin(), a.end() - 1);
    b.front().assumptions.alg_halving_months += 1;
    Scenario extra = defaultScenario();
    extra.name = "Extra";
    b.push_back(extra);
    const auto differences = diffScenarioSets(a, b);
    QCOMPARE(differences.scenarios.size(), size_t(1));
    QCOMPARE(differences.scenarios.front().scenario, a.front().name);
    QCOMPARE(differences.scenarios.front().changes.size(), size_t(1));
    QCOMPARE(differences.onlyInA, std::vector<std::string>{a.back().name});
    QCOMPARE(differences.onlyInB, std::vector<std::string>{"Extra"});
    const auto limited = diffScenarioSets(a, b, {"Extra"});
    QVERIFY(limited.scenarios.empty() && limited.onlyInA.empty());
    QCOMPARE(limited.onlyInB.size(), size_t(1));
}

void TestScenarioDiff::mergeRenamesAClashAfterTheAuthorOrTheFile()
{
    const auto &into = builtinScenarios();
    Scenario patel = into[0];
    patel.author = "Ana";
    Scenario anonymous = into[1];
    Scenario fresh = defaultScenario();
    fresh.name = "Fresh";
    const auto plan = planMerge(into, {patel, anonymous, fresh}, {}, "ana.db");
    QCOMPARE(plan.scenarios.size(), size_t(3));
    QCOMPARE(plan.scenarios[0].name, into[0].name + " (from Ana)");
    QCOMPARE(plan.scenarios[1].name, into[1].name + " (from ana.db)");
    QCOMPARE(plan.scenarios[2].name, std::string("Fresh"));
    QCOMPARE(plan.originalNames[0], into[0].name);
    QVERIFY(plan.unknown.empty());
    // Picking by name, an unknown name reported, and a taken rename numbered.
    std::vector<Scenario> already(into.begin(), into.end());
    already.push_back(plan.scenarios[0]);
    const auto second = planMerge(already, {patel}, {patel.name, "Nope"}, "ana.db");
    QCOMPARE(second.scenarios.size(), size_t(1));
    QCOMPARE(second.scenarios[0].name, into[0].name + " (from Ana) 2");
    QCOMPARE(second.unknown, std::vector<std::string>{"Nope"});
}

QTEST_MAIN(TestScenarioDiff)
#include "tst_scenariodiff.moc"
