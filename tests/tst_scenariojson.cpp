// JSON import and export: errors name the JSON pointer of the bad value, unknown
// keys are reported rather than dropped, newer format versions are refused,
// and export -> import -> export gives the same bytes.
#include "builtinscenarios.h"
#include "randomscenario.h"
#include "scenariojson.h"
#include "scenariojsonfile.h"

#include <nlohmann/json.hpp>

#include <QTest>

using namespace asirace;
using nlohmann::json;

namespace {

json builtinDocument() { return json::parse(scenariosJsonText(builtinScenarios())); }

QStringList problemsOf(const json &document)
{
    const auto result = parseScenariosJson(document.dump(), "in.json");
    QStringList out;
    for (const auto &p : result.problems)
        out << QString::fromStdString(p);
    return out;
}

} // namespace

class TestScenarioJson : public QObject
{
    Q_OBJECT
private slots:
    void outOfRangeNamesThePointer();
    void everyProblemIsReported();
    void unknownKeysAreReported();
    void crossFieldProblemsPointAtTheObject();
    void duplicateScenarioNames();
    void sourcesMustNameAField();
    void badTimesAreReported();
    void newerFormatVersionIsRefused();
    void notJsonGivesTheParseError();
    void singleScenarioObjectImports();
    void exportImportExportIsByteIdentical();
    void integerFieldsAreWrittenAsIntegers();
    void eventsRoundTripUnderTheirKey();
    void documentsWithoutEventsImport();
    void badEventsNameThePointer();
};

void TestScenarioJson::outOfRangeNamesThePointer()
{
    json document = builtinDocument();
    document["scenarios"][0]["organisations"][3]["mfu"] = 1.7;
    const auto result = parseScenariosJson(document.dump(), "in.json");
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    QVERIFY(result.scenarios.empty());
    QCOMPARE(result.problems.size(), size_t(1));
    QCOMPARE(QString::fromStdString(result.problems[0]),
             QStringLiteral("/scenarios/0/organisations/3/mfu: 1.7 is outside [0.05, 0.8]"));
    QCOMPARE(QString::fromStdString(result.message), QStringLiteral("'in.json' has 1 problem; nothing was imported"));
}

void TestScenarioJson::everyProblemIsReported()
{
    json document = builtinDocument();
    document["scenarios"][1]["assumptions"]["end_year"] = "soon";
    document["scenarios"][2]["organisations"][0]["run_months"] = 4.5;
    document["scenarios"][4]["partnerships"][0]["rofr"] = 2;
    const auto problems = problemsOf(document);
    QCOMPARE(problems, (QStringList{
                           "/scenarios/1/assumptions/end_year: \"soon\" is not a number (allowed: [2021, 2060])",
                           "/scenarios/2/organisations/0/run_months: 4.5 is not a whole number",
                           "/scenarios/4/partnerships/0/rofr: 2 is outside [0, 1]",
                       }));
}

void TestScenarioJson::unknownKeysAreReported()
{
    json document = builtinDocument();
    document["scenarios"][0]["organisations"][1]["mfu_typo"] = 0.4;
    document["scenarios"][0]["colour"] = "#ffffff";
    document["scenarios"][0]["organisations"][2]["a/b~c"] = 1;
    document["extra"] = true;
    const auto problems = problemsOf(document);
    QVERIFY2(problems.contains("/extra: unknown key"), qPrintable(problems.join('\n')));
    QVERIFY2(problems.contains("/scenarios/0/colour: unknown key"), qPrintable(problems.join('\n')));
    QVERIFY2(problems.contains("/scenarios/0/organisations/1/mfu_typo: unknown key"), qPrintable(problems.join('\n')));
    // Keys with '/' and '~' are escaped as JSON pointers require (RFC 6901).
    QVERIFY2(problems.contains("/scenarios/0/organisations/2/a~1b~0c: unknown key"), qPrintable(problems.join('\n')));
}

void TestScenarioJson::crossFieldProblemsPointAtTheObject()
{
    json document = builtinDocument();
    document["scenarios"][0]["partnerships"][1]["org_b"] = "Nobody";
    document["scenarios"][3]["assumptions"]["end_year"] = 2024;
    const auto problems = problemsOf(document);
    QVERIFY2(problems.contains("/scenarios/0/partnerships/1/org_b: \"Nobody\" names no organisation (allowed: an "
                               "organisation of this scenario)"),
             qPrintable(problems.join('\n')));
    QVERIFY2(problems.contains("/scenarios/3/assumptions/end_year: 2024 must be after start_year (allowed: after "
                               "start_year (2026))"),
             qPrintable(problems.join('\n')));
}

void TestScenarioJson::duplicateScenarioNames()
{
    json document = builtinDocument();
    document["scenarios"][2]["name"] = "Evidence baseline";
    QCOMPARE(problemsOf(document),
             QStringList{"/scenarios/2/name: \"Evidence baseline\" is already the name of /scenarios/0"});
}

void TestScenarioJson::sourcesMustNameAField()
{
    json document = builtinDocument();
    document["scenarios"][0]["organisations"][0]["sources"]["mfuu"] = "typo";
    document["scenarios"][0]["assumptions"]["sources"]["start_year"] = 2025;
    QCOMPARE(problemsOf(document), (QStringList{"/scenarios/0/assumptions/sources/start_year: is not text",
                                                "/scenarios/0/organisations/0/sources/mfuu: names no field"}));
}

void TestScenarioJson::badTimesAreReported()
{
    json document = builtinDocument();
    document["scenarios"][0]["created"] = "31/01/2025";
    QCOMPARE(problemsOf(document),
             QStringList{"/scenarios/0/created: \"31/01/2025\" is not a UTC time like \"2025-01-31T12:00:00Z\""});
}

void TestScenarioJson::newerFormatVersionIsRefused()
{
    json document = builtinDocument();
    document["version"] = 5;
    const auto result = parseScenariosJson(document.dump(), "in.json");
    QCOMPARE(result.kind, StoreErrorKind::NewerVersion);
    QVERIFY2(QString::fromStdString(result.message)
                 .contains(QStringLiteral("is in JSON format version 5; this ASI Race reads up to %1").arg(kJsonFormatVersion)),
             result.message.c_str());
}

void TestScenarioJson::notJsonGivesTheParseError()
{
    const auto result = parseScenariosJson("{\"format\": \"asirace-scenarios\",\n \"scenarios\": [}", "in.json");
    QCOMPARE(result.kind, StoreErrorKind::InvalidContent);
    QVERIFY2(QString::fromStdString(result.message).startsWith("'in.json' is not valid JSON: parse error at line 2"),
             result.message.c_str());
}

void TestScenarioJson::singleScenarioObjectImports()
{
    const json one = scenarioToJson(builtinScenarios()[2]);
    const auto result = parseScenariosJson(one.dump(), "one.json");
    QVERIFY2(result.ok(), result.message.c_str());
    QCOMPARE(result.scenarios.size(), size_t(1));
    QVERIFY(scenarioToJson(result.scenarios[0]) == one);
}

void TestScenarioJson::exportImportExportIsByteIdentical()
{
    for (const auto &scenarios : {builtinScenarios(), testing::randomScenarios(42, 6)}) {
        const std::string first = scenariosJsonText(scenarios);
        const auto imported = parseScenariosJson(first, "first.json");
        QVERIFY2(imported.ok(), (imported.message + (imported.problems.empty() ? "" : imported.problems[0])).c_str());
        QCOMPARE(scenariosJsonText(imported.scenarios), first);
    }
}

void TestScenarioJson::integerFieldsAreWrittenAsIntegers()
{
    const json document = builtinDocument();
    const auto &org = document["scenarios"][0]["organisations"][0];
    QVERIFY(org["run_months"].is_number_integer());
    QVERIFY(org["moe"].is_number_integer());
    QVERIFY(org["mfu"].is_number_float());
    QCOMPARE(document["format"].get<std::string>(), std::string("asirace-scenarios"));
    QCOMPARE(document["version"].get<int>(), kJsonFormatVersion);
}

void TestScenarioJson::eventsRoundTripUnderTheirKey()
{
    Scenario s = builtinScenarios()[0];
    s.events.clear();
    s.events.push_back({2026, 4, "OpenAI.mfu", 0.3, "assumption: a bad run"});
    s.events.push_back({2031, 12, "Microsoft/OpenAI.rofr", 0, ""});
    const json object = scenarioToJson(s);
    QCOMPARE(object["events"].size(), size_t(2));
    const json first = {{"from", "2026-04"}, {"path", "OpenAI.mfu"}, {"value", 0.3}, {"note", "assumption: a bad run"}};
    QCOMPARE(object["events"][0].dump(), first.dump());
    const auto result = parseScenariosJson(object.dump(), "one.json");
    QVERIFY2(result.ok(), result.message.c_str());
    const auto &events = result.scenarios.at(0).events;
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events[1].year, 2031);
    QCOMPARE(events[1].month, 12);
    QCOMPARE(events[1].path, std::string("Microsoft/OpenAI.rofr"));
    QCOMPARE(scenarioToJson(result.scenarios[0]).dump(), object.dump());
}

void TestScenarioJson::documentsWithoutEventsImport()
{
    // Version 1 documents (before events) have no "events" key.
    json document = builtinDocument();
    document["version"] = 1;
    for (auto &scenario : document["scenarios"])
        scenario.erase("events");
    const auto result = parseScenariosJson(document.dump(), "old.json");
    QVERIFY2(result.ok(), result.message.c_str());
    for (const auto &s : result.scenarios)
        QVERIFY(s.events.empty());
}

void TestScenarioJson::badEventsNameThePointer()
{
    json document = builtinDocument();
    auto &events = document["scenarios"][0]["events"];
    events = json::array();
    events.push_back({{"from", "2026-13"}, {"path", "OpenAI.mfu"}, {"value", 0.3}});
    events.push_back({{"from", "2026-05"}, {"path", "OpenAI.mfu"}, {"value", "high"}, {"when", 1}});
    QCOMPARE(problemsOf(document), (QStringList{"/scenarios/0/events/0/from: month 13 is not 1-12",
                                                "/scenarios/0/events/1/when: unknown key",
                                                "/scenarios/0/events/1/value: \"high\" is not a number"}));
    document = builtinDocument();
    document["scenarios"][1]["events"] = json::array({{{"from", "2027-02"}, {"path", "Nobody.mfu"}, {"value", 1}},
                                                      {{"from", "2027-03"}, {"path", "OpenAI.run_months"}, {"value", 2.5}}});
    QCOMPARE(problemsOf(document),
             (QStringList{"/scenarios/1/events/0/path: \"Nobody.mfu\" no organisation 'Nobody' "
                          "(allowed: a numeric input of this scenario)",
                          "/scenarios/1/events/1/value: 2.5 is not a whole number for OpenAI.run_months "
                          "(allowed: [1, 24] months)"}));
}

QTEST_GUILESS_MAIN(TestScenarioJson)
#include "tst_scenariojson.moc"
