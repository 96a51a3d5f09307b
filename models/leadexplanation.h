#pragma once
// Why a lab leads: counterfactual attribution of the leader's lead over the
// runner-up to the driver groups of drivergroups.h (docs/MODEL.md, "Why a lab
// leads"). For each group the scenario is run again with the leader given the
// runner-up's values of that group's inputs, one group at a time; the change
// in the leader's ASI month is that driver's share of the lead (positive: the
// driver helps the leader). Interactions are not split: the drivers need not
// add up to the lead, and the residual says by how much they do not.

#include "drivergroups.h"
#include "scenario.h"

#include <atomic>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace asirace {

struct DriverEffect {
    const DriverGroup *group = nullptr; // nullptr for the all-groups swap
    // Leader's ASI month with the runner-up's values of the group minus its
    // actual ASI month: positive = the group contributes to the lead.
    int months = 0;
    // The leader no longer reaches ASI within the horizon with the swap:
    // months is the remaining horizon, a lower bound.
    bool atLeast = false;
    std::optional<double> arrivalYear; // the leader's arrival with the swap
};

struct LeadExplanation {
    enum class Status {
        Explained,  // a leader that reaches ASI, against a runner-up
        NoArrival,  // no lab reaches ASI within the horizon: no lead to explain
        NoRunnerUp, // only one racing lab
        Cancelled,
    };
    Status status = Status::NoArrival;
    std::string leader;   // first in the ranking (empty without racing labs)
    std::string runnerUp; // second in the ranking (empty with one lab)
    std::optional<double> leaderArrivalYear;
    std::optional<double> runnerUpArrivalYear;
    double horizonEndYear = 0; // decimal year of the first month after the horizon
    // Runner-up's ASI month minus the leader's (>= 0). When the runner-up does
    // not arrive within the horizon it is the remaining horizon, a lower bound.
    int leadMonths = 0;
    bool leadAtLeast = false;
    std::vector<DriverEffect> drivers; // one per driverGroups() entry, in that order
    DriverEffect allGroups;            // every group swapped at once

    bool explained() const { return status == Status::Explained; }
    // Lead minus the sum of the drivers: what one-at-a-time swaps do not
    // attribute (interactions). nullopt when a lower bound is involved.
    std::optional<int> residualMonths() const;
};

// The scenario with `leader` given the runner-up's inputs of `groups`:
// - organisation fields of a group take the runner-up's values; the leader's
//   dated events on them are dropped and the runner-up's are re-addressed to
//   the leader (each right after its original, so same-month order is kept);
// - for a group with partnership terms, every partnership (and event on one)
//   that involves the leader is dropped, and every one that involves the
//   runner-up is copied with the two names exchanged: "Amazon/R" becomes
//   "Amazon/L", "R/X" (R licenses from X) "L/X", and a deal between the two,
//   "L/R", becomes "R/L" (the runner-up's own copy of that deal is gone with it).
// Everything else is unchanged; distributions are dropped (the counterfactual
// is a deterministic run). Unknown names return the scenario unchanged.
Scenario counterfactualScenario(const Scenario &scenario, std::string_view leader, std::string_view runnerUp,
                                std::span<const DriverGroup *const> groups);

// Explains the lead of the ranking's first lab over its second.
LeadExplanation explainLead(const Scenario &scenario, const std::atomic<bool> *cancel = nullptr);

// The same for any two racing labs of `scenario`: how `lab` fares against
// `rival` (leadMonths may then be negative). status NoArrival when `lab`
// does not reach ASI; NoRunnerUp when either is not a racing lab.
LeadExplanation explainPair(const Scenario &scenario, std::string_view lab, std::string_view rival,
                            const std::atomic<bool> *cancel = nullptr);

} // namespace asirace
