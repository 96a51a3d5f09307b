#pragma once
// Reads every scenario from a checked database of the current schema. Nothing
// read is trusted: each value's type is checked before use, rows that point
// nowhere or are missing are reported, and every scenario is validated.

#include "scenario.h"
#include "storeschema.h"

#include <string>
#include <vector>

namespace asirace::sqlite {
class Connection;
}

namespace asirace::store {

struct ReadOutcome {
    std::vector<Scenario> scenarios;
    // "scenario 'Evidence baseline': organisation 'OpenAI'.mfu: 1.7 is outside [0.05, 0.8]"
    std::vector<std::string> problems;
};

// Field columns in `absentFields` are not read; those fields keep their defaults.
ReadOutcome readScenarios(sqlite::Connection &db, const ColumnSet &absentFields);

} // namespace asirace::store
