#pragma once
// Which version of the race model produced a result. A scenario records the
// model it was last run with (Scenario::modelVersion), so a colleague reading
// the file knows whether its numbers came from the model they have.

#include "asirace_version.h" // kRaceModelVersion, bumped when the model's equations change

#include <string>

namespace asirace {

// "race model v2, ASI Race 0.1.0": the model version and the program that ran it.
std::string currentModelVersion();

} // namespace asirace
