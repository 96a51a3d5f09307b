#pragma once
// Writes the current schema and a set of scenarios into an empty database, in
// one transaction, with prepared statements only. The caller has checked the
// scenarios (checkScenarioSet); CHECK constraints are the second line.

#include "scenario.h"

#include <string>
#include <vector>

namespace asirace::sqlite {
class Connection;
}

namespace asirace::store {

// `now` fills empty created/modified times. Returns false with `error` set.
bool writeScenarios(sqlite::Connection &db, const std::vector<Scenario> &scenarios, const std::string &now,
                    std::string &error);

} // namespace asirace::store
