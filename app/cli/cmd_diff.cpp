#include "cliargs.h"
#include "clicommands.h"
#include "scenariodiff.h"
#include "scenariostore.h"
#include "storeoutput.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace asirace::cli {
namespace {

// One side of a difference: the number, or the text ("absent", a distribution).
nlohmann::json sideJson(const std::optional<double> &value, const std::string &text)
{
    if (value)
        return *value;
    return text;
}

std::string sideText(const std::optional<double> &value, const std::string &text)
{
    return value ? formatValue(*value) : text;
}

std::string_view kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Field: return "input";
    case ChangeKind::Organisation: return "organisation";
    case ChangeKind::Partnership: return "partnership";
    case ChangeKind::Distribution: return "distribution";
    case ChangeKind::Event: return "event";
    }
    return {};
}

} // namespace

// diff A.db B.db [--scenario NAME]... [--json]: scenario by scenario (matched by
// name), every input, event and distribution of B that differs from A, with
// its label and unit, then the scenarios only one file has. Identical files
// print nothing. Both files are read as Open reads them and never written.
int runDiff(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {"--scenario"}, {"--json"});
    if (!parsed.ok() || parsed.positional().size() != 2) {
        std::cerr << (parsed.ok() ? "" : parsed.error() + "\n")
                  << "usage: asirace-cli diff A.db B.db [--scenario NAME]... [--json]\n";
        return ExitInvalid;
    }
    const std::string &pathA = parsed.positional()[0];
    const std::string &pathB = parsed.positional()[1];
    const auto a = loadScenarioFile(pathA);
    if (int code = reportLoad("diff", a))
        return code;
    const auto b = loadScenarioFile(pathB);
    if (int code = reportLoad("diff", b))
        return code;
    const auto names = parsed.values("--scenario");
    for (const auto &name : names) {
        const auto has = [&](const LoadResult &r) {
            for (const auto &s : r.scenarios)
                if (s.name == name)
                    return true;
            return false;
        };
        if (!has(a) && !has(b)) {
            std::cerr << "asirace-cli diff: no scenario named '" << name << "' in '" << pathA << "' or '" << pathB
                      << "'; available: " << scenarioNameList(a.scenarios) << "\n";
            return ExitInvalid;
        }
    }

    const auto differences = diffScenarioSets(a.scenarios, b.scenarios, names);
    if (parsed.flag("--json")) {
        nlohmann::json scenarios = nlohmann::json::array();
        for (const auto &s : differences.scenarios) {
            nlohmann::json changes = nlohmann::json::array();
            for (const auto &c : s.changes)
                changes.push_back(nlohmann::json{{"kind", std::string(kindName(c.kind))},
                                   {"path", c.path},
                                   {"label", c.label},
                                   {"unit", c.unit},
                                   {"a", sideJson(c.baselineValue, c.baselineText)},
                                   {"b", sideJson(c.value, c.text)}});
            scenarios.push_back(nlohmann::json{{"name", s.scenario}, {"changes", std::move(changes)}});
        }
        std::cout << nlohmann::json{{"a", pathA},
                                    {"b", pathB},
                                    {"scenarios", std::move(scenarios)},
                                    {"only_in_a", differences.onlyInA},
                                    {"only_in_b", differences.onlyInB}}
                         .dump(2)
                  << "\n";
        return ExitOk;
    }
    for (const auto &s : differences.scenarios) {
        std::cout << "scenario '" << s.scenario << "':\n";
        for (const auto &c : s.changes) {
            std::cout << "  " << c.label << " [" << c.path << "]: " << sideText(c.baselineValue, c.baselineText)
                      << " -> " << sideText(c.value, c.text);
            if (!c.unit.empty())
                std::cout << " (" << c.unit << ")";
            std::cout << "\n";
        }
    }
    for (const auto &name : differences.onlyInA)
        std::cout << "only in '" << pathA << "': scenario '" << name << "'\n";
    for (const auto &name : differences.onlyInB)
        std::cout << "only in '" << pathB << "': scenario '" << name << "'\n";
    return ExitOk;
}

} // namespace asirace::cli
