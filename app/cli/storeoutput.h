#pragma once
// How CLI commands report the outcome of opening or importing a scenario file:
// the message and every problem on stderr, warnings marked as such, and the
// exit code for the kind of failure (1 invalid content, 2 unreadable or not ours).

#include "scenariostore.h"

#include <string>
#include <string_view>
#include <vector>

namespace asirace::cli {

int exitCodeFor(StoreErrorKind kind);

// Prints warnings always, and the message and problems on failure; returns
// the exit code (0 when `result` is ok).
int reportLoad(std::string_view command, const LoadResult &result);

// Prints a failed save; returns 1 when the scenarios were refused or the file
// already exists (a no-clobber save), 2 when the file could not be written.
int reportSave(std::string_view command, const SaveResult &result);

// "'A', 'B', 'C'" for "available: ..." lists.
std::string scenarioNameList(const std::vector<Scenario> &scenarios);

} // namespace asirace::cli
