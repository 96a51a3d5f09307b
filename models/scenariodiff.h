#pragma once
// The inputs in which a scenario differs from another, field by field through
// the declared field tables, so every field added to a table is compared
// without touching this code. Used by the PDF report's "inputs that differ
// from the baseline", by `asirace-cli diff` and by the window's Differences
// panel, which also applies one difference at a time (applyChange) to show
// what it alone does to the race.

#include "scenario.h"

#include <optional>
#include <string>
#include <vector>

namespace asirace {

enum class ChangeKind {
    Field,        // one input (numeric or text) of the assumptions, an organisation or a partnership
    Organisation, // an organisation present in only one of the scenarios
    Partnership,  // a partnership present in only one
    Distribution, // the uncertainty (Monte Carlo distribution) of one input
    Event,        // a scheduled event present in only one
};

struct InputChange {
    ChangeKind kind = ChangeKind::Field;
    // A field path as --set takes it ("assumptions.alg_halving_months",
    // "OpenAI.mfu", "Microsoft/OpenAI.compute_share"); for an organisation or
    // partnership present in only one scenario, just its name or key;
    // "uncertainty of PATH" and "event YYYY-MM PATH" for the other kinds.
    std::string path;
    // Human words for the row ("OpenAI: mfu", "uncertainty of OpenAI: mfu",
    // "event 2027-04 OpenAI: MFU"): fieldPathLabel() of the input it concerns.
    std::string label;
    std::string unit;                    // numeric fields, and events (the unit of the input they set)
    std::optional<double> baselineValue; // numeric fields present in both
    std::optional<double> value;
    std::string baselineText; // text fields, or "absent" / "present" for whole entries
    std::string text;
    // What applyChange() needs: the field path, organisation name, partnership
    // key or distribution path; for an event, the event itself.
    std::string target;
    ScheduledEvent event;
};

// Ordered: assumptions, organisations (in the scenario's order), partnerships,
// uncertainty distributions, then scheduled events ("event 2027-04 OpenAI.mfu",
// "= 0.3" against "absent"). Descriptions, citations and provenance are not
// inputs and are ignored; numbers equal to within 1e-12 relative count as equal.
std::vector<InputChange> diffScenarios(const Scenario &baseline, const Scenario &scenario);

// `baseline` with the one difference `change` (from diffScenarios(baseline,
// scenario)) taken from `scenario`: that input's value, that organisation or
// partnership added (or removed with what points to it), that distribution or
// event taken over or dropped.
Scenario applyChange(const Scenario &baseline, const Scenario &scenario, const InputChange &change);


// Two sets of scenarios (two files), scenario by scenario, matched by name.
struct ScenarioDifferences {
    std::string scenario;
    std::vector<InputChange> changes; // never empty
};
struct ScenarioSetDifferences {
    std::vector<ScenarioDifferences> scenarios; // in the order of `a`, only those that differ
    std::vector<std::string> onlyInA;
    std::vector<std::string> onlyInB;
    bool empty() const { return scenarios.empty() && onlyInA.empty() && onlyInB.empty(); }
};
// `only`, when not empty, limits the comparison to those names.
ScenarioSetDifferences diffScenarioSets(const std::vector<Scenario> &a, const std::vector<Scenario> &b,
                                        const std::vector<std::string> &only = {});

} // namespace asirace
