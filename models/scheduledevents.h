#pragma once
// What a scheduled event (ScheduledEvent, scenario.h) may hold, declared once
// for validation, JSON, the scenario file, the CLI's --event and the Events
// table. Its value has no range of its own: it takes the range, unit and type
// of the input its path addresses, so it is checked against that field.

#include "fieldspec.h"
#include "scenario.h"
#include "validation.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace asirace {

// Events start on the first day of a month of these years. Year and month are
// whole-number members (int), so they are declared here rather than as
// NumericFields, which address doubles.
inline constexpr int kEventFirstYear = 2020;
inline constexpr int kEventLastYear = 2060;

// path and note.
std::span<const TextField<ScheduledEvent>> eventTextFields();
// The other two keys of an event in JSON and the Events table: the month it
// starts ("YYYY-MM") and its value (in the unit of the input).
inline constexpr std::string_view kEventFromKey = "from";
inline constexpr std::string_view kEventValueKey = "value";

// "2026-04", as JSON and the Events table show the month an event starts.
std::string formatEventMonth(int year, int month);
// Reads "YYYY-MM" into year and month; otherwise the reason, naming what is
// wrong ("month 13 is not 1-12", "year 2070 is not 2020-2060", ...).
std::optional<std::string> parseEventMonth(std::string_view text, int &year, int &month);

// "events[2] (2026-04 OpenAI.mfu)": how problems name the event at `index`.
std::string eventLabel(size_t index, const ScheduledEvent &event);

// The problems of `event` (at `index` of scenario.events): month 1..12, year in
// [kEventFirstYear, kEventLastYear], a path to a numeric input of `scenario`,
// and a value that input accepts (its range, whole numbers, 0 or 1).
void checkEvent(const Scenario &scenario, size_t index, const ScheduledEvent &event, std::vector<Problem> &problems);

// Sets one key of `event` (kEventFromKey, "path", kEventValueKey or "note")
// from text, as the Events table edits it; otherwise the reason. A new path
// also takes that input's current value in `scenario`, so the event stays
// valid; whether a value is in range is left to checkEvent().
std::optional<std::string> setEventKey(const Scenario &scenario, ScheduledEvent &event, std::string_view key,
                                       std::string_view text);

// Parses "YYYY-MM:PATH=VALUE" (the CLI's --event), checks it as validate()
// does and appends it to scenario.events; otherwise the reason.
std::optional<std::string> addEventFromText(Scenario &scenario, std::string_view text);

} // namespace asirace
