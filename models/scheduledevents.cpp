#include "scheduledevents.h"

#include "fieldpath.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace asirace {
namespace {

const std::array kText{
    TextField<ScheduledEvent>{"path", TextRule::Free, &ScheduledEvent::path,
                              "The input that changes: assumptions.FIELD, ORG.FIELD or ORG_A/ORG_B.FIELD."},
    TextField<ScheduledEvent>{"note", TextRule::Free, &ScheduledEvent::note,
                              "What happened and where it is reported, or \"assumption: why\"."},
};

std::optional<int> wholeNumber(std::string_view text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string yearRange() { return formatRange(kEventFirstYear, kEventLastYear); }

} // namespace

std::span<const TextField<ScheduledEvent>> eventTextFields() { return kText; }

std::string formatEventMonth(int year, int month)
{
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d", year, month);
    return text;
}

std::optional<std::string> parseEventMonth(std::string_view text, int &year, int &month)
{
    const auto dash = text.find('-');
    const auto y = dash == std::string_view::npos ? std::nullopt : wholeNumber(text.substr(0, dash));
    const auto m = dash == std::string_view::npos ? std::nullopt : wholeNumber(text.substr(dash + 1));
    if (!y || !m || dash != 4 || text.size() != 7)
        return "'" + std::string(text) + "' is not a month like 2026-04";
    if (*m < 1 || *m > 12)
        return "month " + std::to_string(*m) + " is not 1-12";
    if (*y < kEventFirstYear || *y > kEventLastYear)
        return "year " + std::to_string(*y) + " is not " + std::to_string(kEventFirstYear) + "-" +
               std::to_string(kEventLastYear);
    year = *y;
    month = *m;
    return std::nullopt;
}

std::string eventLabel(size_t index, const ScheduledEvent &event)
{
    return "events[" + std::to_string(index) + "] (" + formatEventMonth(event.year, event.month) + " " + event.path +
           ")";
}

void checkEvent(const Scenario &scenario, size_t index, const ScheduledEvent &event, std::vector<Problem> &problems)
{
    const std::string object = eventLabel(index, event);
    if (event.year < kEventFirstYear || event.year > kEventLastYear)
        problems.push_back({object, "year", std::to_string(event.year), yearRange(), "is outside " + yearRange()});
    if (event.month < 1 || event.month > 12)
        problems.push_back({object, "month", std::to_string(event.month), "[1, 12]", "is outside [1, 12]"});
    FieldPathError error;
    const auto ref = resolveNumericPath(scenario, event.path, &error);
    if (!ref) {
        // The label names the path already; the reason follows it without repeating it.
        std::string_view reason = error.message;
        if (reason.starts_with(event.path + ": "))
            reason.remove_prefix(event.path.size() + 2);
        problems.push_back({object, "path", "\"" + event.path + "\"", "a numeric input of this scenario",
                            std::string(reason)});
        return;
    }
    auto reason = checkNumeric(event.value, ref->min, ref->max, ref->type);
    if (reason.empty())
        return;
    if (event.value >= ref->min && event.value <= ref->max)
        reason += " for " + event.path; // whole numbers or 0/1: the range alone would not say why
    else if (!std::isnan(event.value) && !std::isinf(event.value))
        reason = "is outside the range of " + event.path;
    const std::string allowed = formatRange(ref->min, ref->max) + (ref->unit.empty() ? "" : " ") + std::string(ref->unit);
    problems.push_back({object, "value", formatValue(event.value), allowed, reason});
}

std::optional<std::string> setEventKey(const Scenario &scenario, ScheduledEvent &event, std::string_view key,
                                       std::string_view text)
{
    if (key == kEventFromKey)
        return parseEventMonth(text, event.year, event.month);
    if (key == kEventValueKey) {
        const auto value = parseFieldNumber(text);
        if (!value)
            return "'" + std::string(text) + "' is not a number";
        event.value = *value;
        return std::nullopt;
    }
    if (key == "path") {
        FieldPathError error;
        const auto ref = resolveNumericPath(scenario, text, &error);
        if (!ref)
            return error.message;
        event.path = std::string(text);
        event.value = *ref->value;
        return std::nullopt;
    }
    if (const auto *f = findTextField(eventTextFields(), key)) {
        event.*f->member = std::string(text);
        return std::nullopt;
    }
    return "unknown key '" + std::string(key) + "'";
}

std::optional<std::string> addEventFromText(Scenario &scenario, std::string_view text)
{
    const auto colon = text.find(':');
    const auto eq = text.find('=', colon == std::string_view::npos ? 0 : colon);
    if (colon == std::string_view::npos || eq == std::string_view::npos)
        return std::string("expected YYYY-MM:PATH=VALUE");
    ScheduledEvent event;
    if (auto reason = parseEventMonth(text.substr(0, colon), event.year, event.month))
        return reason;
    event.path = std::string(text.substr(colon + 1, eq - colon - 1));
    const std::string_view valueText = text.substr(eq + 1);
    FieldPathError error;
    const auto ref = resolveNumericPath(scenario, event.path, &error);
    if (!ref)
        return error.message;
    const auto value = parseFieldNumber(valueText);
    if (!value)
        return event.path + ": '" + std::string(valueText) + "' is not a number (allowed: " +
               formatRange(ref->min, ref->max) + " " + std::string(ref->unit) + ")";
    event.value = *value;
    std::vector<Problem> problems;
    checkEvent(scenario, scenario.events.size(), event, problems);
    if (!problems.empty()) {
        const Problem &p = problems.front();
        return "value " + p.value + " " + p.message + " (allowed: " + p.allowed + ")";
    }
    scenario.events.push_back(std::move(event));
    return std::nullopt;
}

} // namespace asirace
