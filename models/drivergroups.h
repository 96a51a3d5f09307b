#pragma once
// The drivers of a lab's lead, declared once: each group names the
// organisation inputs (fields of organisationNumericFields()) it covers, with
// a human label and what it stands for. Together the groups cover every
// numeric input of an organisation exactly once, and the partnerships group
// also covers the terms of the lab's partnerships and licences, so swapping
// every group gives one lab all of another's inputs (leadexplanation.h).
// The Why panel, asirace-cli explain and the PDF report all read this table.

#include <span>
#include <string_view>

namespace asirace {

struct DriverGroup {
    std::string_view name;        // stable snake_case id ("start_compute"), the JSON "name"
    std::string_view label;       // "Start compute", as people read it
    std::string_view description; // one line: what the group stands for
    std::span<const std::string_view> fields; // organisation fields of the group
    bool partnershipTerms = false;            // also the lab's partnerships and licences (every term)
};

std::span<const DriverGroup> driverGroups();

// The group holding organisation field `field`, nullptr when none does.
const DriverGroup *driverGroupOfField(std::string_view field);
// The group named `name`, nullptr when none is.
const DriverGroup *findDriverGroup(std::string_view name);

} // namespace asirace
