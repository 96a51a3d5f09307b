#pragma once
// Reading and checking one input of a scenario by field path (see fieldpath.h),
// without changing it: what undo commands need to remember the old value and to
// refuse a bad new one before anything is touched.

#include "scenario.h"

#include <optional>
#include <string>
#include <string_view>

namespace asirace {

// The current value at `path` as text that setFieldPath() reads back exactly
// (numbers in shortest round-trip form). nullopt when the path names nothing.
std::optional<std::string> readFieldPath(const Scenario &scenario, std::string_view path);

// Whether `path` addresses the organisation `orgName` (as ORG.F, ORG/B.F or A/ORG.F).
bool pathMentionsOrganisation(std::string_view path, std::string_view orgName);

// `path` with the organisation `from` renamed to `to` wherever it is an owner.
std::string renameOrganisationInPath(std::string_view path, std::string_view from, std::string_view to);

} // namespace asirace
