#pragma once
// A scenario's provenance in one line of words, for the import list, the
// report and tooltips.

#include "scenario.h"

#include <QString>

namespace asirace {

// "Ana Lopez · created 2026-11-30 · modified 2026-12-01 · data as of 2025-12 ·
// run with race model v2, ASI Race 0.1.0"; parts the scenario does not record
// are left out ("not run yet" when no model version is recorded).
QString provenanceLine(const Scenario &scenario);

} // namespace asirace
