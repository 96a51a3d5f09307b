#pragma once
// Field-level validation of a scenario. Every problem names the object, the
// field, the offending value, the allowed range and a sentence for the user.

#include "scenario.h"

#include <string>
#include <vector>

namespace asirace {

struct Problem {
    std::string object;  // "assumptions", "organisation 'OpenAI'", "partnership 'Microsoft/OpenAI'", "scenario"
    std::string field;   // canonical field name, or "" for object-level problems
    std::string value;   // the offending value as text
    std::string allowed; // "[0.05, 0.8]", "#rrggbb", "lab | provider", ...
    std::string message; // full sentence shown to the user

    std::string toString() const; // "organisation 'OpenAI'.mfu: 1.7 is outside [0.05, 0.8]"
};

std::vector<Problem> validate(const Scenario &scenario);

} // namespace asirace
