#pragma once
// JSON import and export of scenario files, for the CLI and the GUI alike.
// Import checks everything before returning anything (same rules as opening a
// scenario file); export always gives the same bytes for the same scenarios.

#include "scenariostore.h"

#include <string>
#include <vector>

namespace asirace {

// Reads a whole-file document {"format", "version", "scenarios"} or one bare
// scenario object. Problems are JSON pointers with a reason, e.g.
// "/scenarios/0/organisations/3/mfu: 1.7 is outside [0.05, 0.8]".
LoadResult importScenariosJson(const std::string &path);
LoadResult parseScenariosJson(const std::string &text, const std::string &displayName);

// The whole-file document, indented by two spaces, ending in a newline.
std::string scenariosJsonText(const std::vector<Scenario> &scenarios);

// Writes scenariosJsonText() to `path` through a temporary file and a rename.
SaveResult exportScenariosJson(const std::string &path, const std::vector<Scenario> &scenarios);

} // namespace asirace
