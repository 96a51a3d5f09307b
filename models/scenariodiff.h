#pragma once
// The inputs in which a scenario differs from another (normally the built-in
// baseline), field by field through the declared field tables, so every field
// added to a table is compared without touching this code. Used by the PDF
// report's "inputs that differ from the baseline".

#include "scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace asirace {

struct InputChange {
    // A field path as --set takes it ("assumptions.alg_halving_months",
    // "OpenAI.mfu", "Microsoft/OpenAI.compute_share"); for an organisation or
    // partnership present in only one scenario, just its name or key.
    std::string path;
    std::string unit;                    // numeric fields only
    std::optional<double> baselineValue; // numeric fields present in both
    std::optional<double> value;
    std::string baselineText; // text fields, or "absent" / "present" for whole entries
    std::string text;
};

// Ordered: assumptions, organisations (in the scenario's order), partnerships,
// uncertainty distributions, then scheduled events ("event 2027-04 OpenAI.mfu",
// "= 0.3" against "absent"). Descriptions and citations are not inputs
// and are ignored; numbers equal to within 1e-12 relative count as equal.
std::vector<InputChange> diffScenarios(const Scenario &baseline, const Scenario &scenario);

} // namespace asirace
