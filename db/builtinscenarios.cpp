#include "builtinscenarios.h"

#include "fieldpath.h"
#include "scenariojson.h"
#include "scheduledevents.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

namespace asirace {

extern const char *const kBuiltinScenariosJson; // generated from resources/scenarios/builtin.json

namespace {

// A preset's "events", in the scenario JSON format ({"from": "YYYY-MM", "path", "value", "note"}).
std::vector<ScheduledEvent> readEvents(const nlohmann::json &list)
{
    std::vector<ScheduledEvent> events;
    for (const auto &item : list) {
        ScheduledEvent e;
        if (auto error = parseEventMonth(item.at(kEventFromKey).get<std::string>(), e.year, e.month))
            throw std::logic_error("built-in preset event: " + *error);
        e.path = item.at("path").get<std::string>();
        e.value = item.at(kEventValueKey).get<double>();
        e.note = item.value("note", std::string());
        events.push_back(std::move(e));
    }
    return events;
}

std::vector<Scenario> loadBuiltins()
{
    auto document = nlohmann::json::parse(kBuiltinScenariosJson);
    auto presets = document.value("presets", nlohmann::json::array());
    document.erase("presets");

    std::vector<Scenario> scenarios;
    std::vector<JsonIssue> issues;
    if (!scenariosFromJson(document, scenarios, issues))
        throw std::logic_error("built-in scenarios are invalid: " + issues.front().toString());

    for (const auto &preset : presets) {
        const auto baseName = preset.at("base").get<std::string>();
        const Scenario *base = nullptr;
        for (const auto &s : scenarios)
            base = s.name == baseName ? &s : base;
        if (!base)
            throw std::logic_error("built-in preset names an unknown base: " + baseName);
        Scenario scenario = *base;
        scenario.name = preset.at("name").get<std::string>();
        scenario.description = preset.at("description").get<std::string>();
        for (const auto &item : preset.at("set").items()) {
            // Named copies, not a structured binding: clang 14 (the fuzz build)
            // cannot capture a binding in the lambda below.
            const std::string path = item.key();
            const auto &value = item.value();
            auto text = value.is_string() ? value.get<std::string>() : value.dump();
            if (auto error = setFieldPath(scenario, path, text))
                throw std::logic_error("built-in preset '" + scenario.name + "': " + error->message);
            // A preset states its claim as point values: an input it sets is
            // no longer drawn from the baseline's distribution in Monte Carlo.
            std::erase_if(scenario.distributions, [&](const Distribution &d) { return d.path == path; });
        }
        for (auto &event : readEvents(preset.value("events", nlohmann::json::array()))) {
            std::erase_if(scenario.distributions, [&](const Distribution &d) { return d.path == event.path; });
            scenario.events.push_back(std::move(event));
        }
        scenarios.push_back(std::move(scenario));
    }
    // The default first, then the claims and views built on it; the backtest
    // (another start date) last.
    std::stable_partition(scenarios.begin() + 1, scenarios.end(),
                          [](const Scenario &s) { return s.name != "Backtest 2025"; });
    return scenarios;
}

} // namespace

const std::vector<Scenario> &builtinScenarios()
{
    static const std::vector<Scenario> scenarios = loadBuiltins();
    return scenarios;
}

const Scenario &defaultScenario()
{
    return builtinScenarios().front();
}

} // namespace asirace
