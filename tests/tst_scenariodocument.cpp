// The document: every edit is one undo step that restores the previous state
// exactly (whole scenarios compared), and bad input never reaches a scenario.
#include "builtinscenarios.h"
#include "scenariodocument.h"
#include "scenariojson.h"

#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace asirace;

namespace {
// Whole-scenario comparison: the JSON form holds every field, source and distribution.
bool same(const Scenario &a, const Scenario &b)
{
    auto ja = scenarioToJson(a), jb = scenarioToJson(b);
    if (ja != jb)
        qWarning().noquote() << "differs:" << QString::fromStdString(nlohmann::json::diff(ja, jb).dump());
    return ja == jb;
}

void loadBuiltins(ScenarioDocument &doc) { doc.reset(builtinScenarios(), {}); }
} // namespace

class TestScenarioDocument : public QObject
{
    Q_OBJECT
private slots:
    void setFieldIsOneUndoStep();
    void textFieldsUndoToo();
    void sliderDragMergesIntoOneStep();
    void dragBackToStartLeavesNoStep();
    void outOfRangeIsRefusedWithRangeAndUnit();
    void crossFieldProblemsAreRefused();
    void removeOrganisationTakesItsPartnershipsAndUndoRestoresThem();
    void lastLabCannotBeRemoved();
    void renameFollowsPartnershipsAndDistributions();
    void duplicateNameIsRefused();
    void duplicateOrganisationInsertsBelowOriginal();
    void partnershipsAddRemoveRepoint();
    void scenarioListEdits();
    void modifiedFollowsUndoAndSave();
    void undoOfAnotherScenarioShowsIt();
};

void TestScenarioDocument::setFieldIsOneUndoStep()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const Scenario before = doc.current();
    QSignalSpy spy(&doc, &ScenarioDocument::edited);
    QCOMPARE(doc.setField("OpenAI.mfu", "0.5"), QString());
    QCOMPARE(doc.current().findOrganisation("OpenAI")->mfu, 0.5);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("OpenAI.mfu"));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(same(doc.current(), before));
    doc.undoStack()->redo();
    QCOMPARE(doc.current().findOrganisation("OpenAI")->mfu, 0.5);
}

void TestScenarioDocument::textFieldsUndoToo()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const Scenario before = doc.current();
    QCOMPARE(doc.setField("Meta.colour", "#123456"), QString());
    QCOMPARE(doc.setField("assumptions.scaling_law", "hoffmann2022"), QString());
    QCOMPARE(doc.current().assumptions.scaling_law, std::string("hoffmann2022"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(same(doc.current(), before));
    QVERIFY(!doc.setField("Meta.colour", "blue").isEmpty());
}

void TestScenarioDocument::sliderDragMergesIntoOneStep()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const Scenario before = doc.current();
    QCOMPARE(doc.setField("assumptions.alg_halving_months", "9", false), QString());
    for (double v : {10.0, 11.0, 12.5, 13.0})
        QCOMPARE(doc.setField("assumptions.alg_halving_months", QString::number(v), true), QString());
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.current().assumptions.alg_halving_months, 13.0);
    // A separate edit of the same field is its own step.
    QCOMPARE(doc.setField("assumptions.alg_halving_months", "7", false), QString());
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.current().assumptions.alg_halving_months, 13.0);
    doc.undoStack()->undo();
    QVERIFY(same(doc.current(), before));
}

void TestScenarioDocument::dragBackToStartLeavesNoStep()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const double start = doc.current().assumptions.hw_doubling_years;
    QCOMPARE(doc.setField("assumptions.hw_doubling_years", "3"), QString());
    QCOMPARE(doc.setField("assumptions.hw_doubling_years", QString::number(start, 'g', 17), true), QString());
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TestScenarioDocument::outOfRangeIsRefusedWithRangeAndUnit()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const Scenario before = doc.current();
    const QString reason = doc.setField("OpenAI.mfu", "1.7");
    QVERIFY(reason.contains("[0.05, 0.8]"));
    QVERIFY(reason.contains("fraction of peak"));
    QVERIFY(!doc.setField("OpenAI.mfu", "abc").isEmpty());
    QVERIFY(!doc.setField("OpenAI.run_months", "2.5").isEmpty()); // months are whole
    QVERIFY(!doc.setField("Nobody.mfu", "0.5").isEmpty());
    QVERIFY(!doc.setField("OpenAI.name", "X").isEmpty()); // renames have their own request
    QVERIFY(same(doc.current(), before));
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestScenarioDocument::crossFieldProblemsAreRefused()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const QString reason = doc.setField("assumptions.end_year", "2024");
    QVERIFY2(reason.contains("start_year"), qPrintable(reason));
    QCOMPARE(doc.current().assumptions.end_year, defaultScenario().assumptions.end_year);
}

void TestScenarioDocument::removeOrganisationTakesItsPartnershipsAndUndoRestoresThem()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const Scenario before = doc.current();
    auto mentions = [](const Scenario &s, const std::string &n) {
        return std::count_if(s.partnerships.begin(), s.partnerships.end(),
                             [&](const Partnership &p) { return p.org_a == n || p.org_b == n; });
    };
    QVERIFY(mentions(before, "Microsoft") > 0);
    QCOMPARE(doc.removeOrganisation("Microsoft"), QString());
    QVERIFY(!doc.current().findOrganisation("Microsoft"));
    QCOMPARE(mentions(doc.current(), "Microsoft"), 0);
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(same(doc.current(), before));
    doc.undoStack()->redo();
    QCOMPARE(mentions(doc.current(), "Microsoft"), 0);
}

void TestScenarioDocument::lastLabCannotBeRemoved()
{
    Scenario s = defaultScenario();
    s.partnerships.clear();
    s.distributions.clear();
    std::erase_if(s.organisations, [](const Organisation &o) { return o.name != "OpenAI"; });
    ScenarioDocument doc;
    doc.reset({s}, {});
    QVERIFY(doc.removeOrganisation("OpenAI").contains("last racing lab"));
    QCOMPARE(doc.current().organisations.size(), size_t(1));
}

void TestScenarioDocument::renameFollowsPartnershipsAndDistributions()
{
    Scenario s = defaultScenario();
    s.distributions.push_back({"OpenAI.mfu", DistributionKind::Uniform, 0.3, 0.5, 0, 0.3, 0.5, ""});
    ScenarioDocument doc;
    doc.reset({s}, {});
    QCOMPARE(doc.renameOrganisation("OpenAI", "OpenAI Global"), QString());
    const Scenario &now = doc.current();
    QVERIFY(now.findOrganisation("OpenAI Global"));
    QVERIFY(std::none_of(now.partnerships.begin(), now.partnerships.end(),
                         [](const Partnership &p) { return p.org_a == "OpenAI" || p.org_b == "OpenAI"; }));
    QCOMPARE(now.distributions.back().path, std::string("OpenAI Global.mfu"));
    doc.undoStack()->undo();
    QVERIFY(same(doc.current(), s));
}

void TestScenarioDocument::duplicateNameIsRefused()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    QVERIFY(doc.renameOrganisation("OpenAI", "Meta").contains("already used"));
    QVERIFY(doc.renameOrganisation("OpenAI", "Open/AI").contains("'/'"));
    QVERIFY(!doc.renameOrganisation("OpenAI", "").isEmpty());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestScenarioDocument::duplicateOrganisationInsertsBelowOriginal()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const Scenario before = doc.current();
    QCOMPARE(doc.duplicateOrganisation("Meta"), QString());
    QCOMPARE(doc.duplicateOrganisation("Meta"), QString());
    const auto &orgs = doc.current().organisations;
    QCOMPARE(orgs.size(), before.organisations.size() + 2);
    QVERIFY(doc.current().findOrganisation("Meta copy"));
    QVERIFY(doc.current().findOrganisation("Meta copy 2"));
    QCOMPARE(doc.current().findOrganisation("Meta copy")->mfu, before.findOrganisation("Meta")->mfu);
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QVERIFY(same(doc.current(), before));
}

void TestScenarioDocument::partnershipsAddRemoveRepoint()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const Scenario before = doc.current();
    Partnership p;
    p.org_a = "Amazon";
    p.org_b = "xAI";
    if (!before.findOrganisation("Amazon"))
        p.org_a = "Microsoft";
    QCOMPARE(doc.addPartnership(p), QString());
    const int row = int(doc.current().partnerships.size()) - 1;
    // The same pair twice, or a partnership with itself, is refused.
    QVERIFY(!doc.addPartnership(p).isEmpty());
    QVERIFY(!doc.setPartnershipOrganisations(row, "xAI", "xAI").isEmpty());
    QVERIFY(!doc.setPartnershipOrganisations(row, "Nobody", "xAI").isEmpty());
    QCOMPARE(doc.setPartnershipOrganisations(row, QString::fromStdString(p.org_a), "Meta"), QString());
    QCOMPARE(doc.current().partnerships.back().org_b, std::string("Meta"));
    QCOMPARE(doc.setField(QString::fromStdString(p.org_a) + "/Meta.compute_supplied_h100e", "1000"), QString());
    QCOMPARE(doc.removePartnership(0), QString());
    QCOMPARE(doc.undoStack()->count(), 4);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QVERIFY(same(doc.current(), before));
}

void TestScenarioDocument::scenarioListEdits()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    const auto before = doc.scenarios();
    const int n = doc.scenarioCount();
    QCOMPARE(doc.duplicateScenario(0, "Mine"), QString());
    QCOMPARE(doc.scenarioCount(), n + 1);
    QCOMPARE(doc.currentIndex(), n);
    QCOMPARE(doc.current().name, std::string("Mine"));
    QVERIFY(doc.renameScenario(n, QString::fromStdString(before[0].name)).contains("already exists"));
    QCOMPARE(doc.renameScenario(n, "Mine too"), QString());
    QCOMPARE(doc.removeScenario(0), QString());
    QCOMPARE(doc.scenarioCount(), n);
    QCOMPARE(doc.current().name, std::string("Mine too"));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    const auto after = doc.scenarios();
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i)
        QVERIFY(same(after[i], before[i]));
    QCOMPARE(doc.currentIndex(), 0);

    ScenarioDocument single;
    single.reset({defaultScenario()}, {});
    QVERIFY(!single.removeScenario(0).isEmpty());
}

void TestScenarioDocument::modifiedFollowsUndoAndSave()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    QSignalSpy spy(&doc, &ScenarioDocument::modifiedChanged);
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.setField("OpenAI.willpower", "0.5"), QString());
    QVERIFY(doc.isModified());
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    doc.markSaved("/tmp/x.db");
    QVERIFY(!doc.isModified());
    QCOMPARE(doc.displayFileName(), QStringLiteral("x.db"));
    QVERIFY(spy.count() >= 3);
}

void TestScenarioDocument::undoOfAnotherScenarioShowsIt()
{
    ScenarioDocument doc;
    loadBuiltins(doc);
    QVERIFY(doc.scenarioCount() >= 2);
    QCOMPARE(doc.setField("OpenAI.willpower", "0.5"), QString());
    doc.setCurrentIndex(1);
    QSignalSpy spy(&doc, &ScenarioDocument::currentChanged);
    doc.undoStack()->undo();
    QCOMPARE(doc.currentIndex(), 0);
    QCOMPARE(spy.count(), 1);
    QVERIFY(same(doc.current(), builtinScenarios()[0]));
}

QTEST_GUILESS_MAIN(TestScenarioDocument)
#include "tst_scenariodocument.moc"
