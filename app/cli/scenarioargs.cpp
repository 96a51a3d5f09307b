#include "scenarioargs.h"

#include "clicommands.h"
#include "fieldpath.h"
#include "recentring.h"
#include "scenarioinput.h"
#include "scheduledevents.h"
#include "validation.h"

#include <charconv>
#include <iostream>

namespace asirace::cli {

int loadCheckedScenario(const CliArgs &parsed, std::string_view command, Scenario &out)
{
    const std::string prefix = "asirace-cli " + std::string(command) + ": ";
    std::optional<std::string> file;
    if (!parsed.positional().empty())
        file = parsed.positional().front();
    auto input = loadScenarioInput(file, parsed.value("--scenario"));
    if (!input.scenario) {
        std::cerr << prefix << input.error << "\n";
        return input.exitCode == ExitOk ? ExitInvalid : input.exitCode;
    }
    out = std::move(*input.scenario);
    // --set moves an uncertain input's distribution with it (recentring.h);
    // --pin fixes the input at the value in every Monte Carlo run.
    for (const auto &assignment : parsed.values("--set")) {
        if (auto error = applyAssignmentRecentring(out, assignment)) {
            std::cerr << prefix << "--set " << error->message << "\n";
            return ExitInvalid;
        }
    }
    for (const auto &assignment : parsed.values("--pin")) {
        if (auto error = applyPin(out, assignment)) {
            std::cerr << prefix << "--pin " << error->message << "\n";
            return ExitInvalid;
        }
    }
    // Events come after --set, so they are checked against the inputs as set.
    for (const auto &event : parsed.values("--event")) {
        if (auto error = addEventFromText(out, event)) {
            std::cerr << prefix << "--event " << event << ": " << *error << "\n";
            return ExitInvalid;
        }
    }
    // Cross-field rules (end_year after start_year, partnership ends) are not
    // visible to a single --set, so the whole scenario is checked.
    if (const auto problems = validate(out); !problems.empty()) {
        for (const auto &p : problems)
            std::cerr << prefix << p.toString() << "\n";
        return ExitInvalid;
    }
    return ExitOk;
}

std::optional<std::int64_t> countOption(const CliArgs &parsed, std::string_view command, std::string_view option,
                                        std::int64_t fallback, std::int64_t min, std::int64_t max)
{
    const auto text = parsed.value(option);
    if (!text)
        return fallback;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size() || value < min || value > max) {
        std::cerr << "asirace-cli " << command << ": " << option << " '" << *text << "' is not a whole number in ["
                  << min << ", " << max << "]\n";
        return std::nullopt;
    }
    return value;
}

} // namespace asirace::cli
