#pragma once
// The UTC times kept for each scenario (created, modified): "2025-01-31T12:00:00Z".

#include <string>
#include <string_view>

namespace asirace {

std::string currentUtcTimestamp();
// True for "YYYY-MM-DDTHH:MM:SSZ" with a valid month, day, hour, minute and second.
bool isUtcTimestamp(std::string_view text);

} // namespace asirace
