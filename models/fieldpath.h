#pragma once
// Addressing one input of a scenario by text, as the CLI's --set, Monte Carlo
// distributions, scheduled events and sensitivity analysis do:
//   assumptions.FIELD        a global assumption
//   ORG.FIELD                a field of the organisation named ORG
//   ORG_A/ORG_B.FIELD        a term of the partnership between ORG_A and ORG_B
// The text is split in one place (FieldPath::parse); everything else works on
// the parsed form, so the three kinds of owner are told apart only here.

#include "scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asirace {

struct FieldPath {
    enum class Owner { Assumptions, Organisation, Partnership };
    Owner owner = Owner::Assumptions;
    std::string org;  // the organisation, or the partnership's first organisation
    std::string orgB; // the partnership's second organisation
    std::string field;

    // nullopt (and `error` set to the reason, naming `path`) unless `path` has
    // the form OWNER.FIELD with both parts non-empty. Whether the owner and the
    // field exist in a scenario is for the functions below to say.
    static std::optional<FieldPath> parse(std::string_view path, std::string *error = nullptr);

    std::string ownerText() const; // "assumptions", "ORG" or "ORG_A/ORG_B"
    std::string text() const;      // ownerText() + "." + field, what parse() reads back

    // Whether the organisation `name` is an owner (ORG.F, ORG/B.F or A/ORG.F).
    bool mentions(std::string_view name) const;
    // Renames the organisation `from` to `to` wherever it is an owner.
    void renameOrganisation(std::string_view from, std::string_view to);
};

struct FieldPathError {
    std::string message; // names the path, the value and the allowed range
};

// A resolved numeric field: where it lives and its declared limits.
struct FieldRef {
    double *value = nullptr;
    std::string_view name;
    std::string_view unit;
    double min = 0, max = 0;
    FieldType type = FieldType::Real;
    std::string_view description;
    bool logScale = false;
};

// Finds the numeric field behind `path` in `scenario`; nullopt with `error` set otherwise.
std::optional<FieldRef> resolveNumericPath(Scenario &scenario, std::string_view path,
                                           FieldPathError *error = nullptr);
// The same without changing anything: the returned `value` points into `scenario`
// and must only be read.
std::optional<FieldRef> resolveNumericPath(const Scenario &scenario, std::string_view path,
                                           FieldPathError *error = nullptr);

// Sets `path` from text (numbers; text fields such as colour or kind by value).
// On failure leaves the scenario unchanged and returns the reason.
std::optional<FieldPathError> setFieldPath(Scenario &scenario, std::string_view path,
                                           std::string_view value);

// A number as --set reads it: surrounding spaces ignored, "true" and "false" are 1 and 0.
std::optional<double> parseFieldNumber(std::string_view text);

// Parses "PATH=VALUE" and applies it.
std::optional<FieldPathError> applyAssignment(Scenario &scenario, std::string_view assignment);

// The current value at `path` as text that setFieldPath() reads back exactly
// (numbers in shortest round-trip form). nullopt when the path names nothing.
std::optional<std::string> readFieldPath(const Scenario &scenario, std::string_view path);

// Whether `path` addresses the organisation `orgName` (as ORG.F, ORG/B.F or A/ORG.F).
bool pathMentionsOrganisation(std::string_view path, std::string_view orgName);

// Every numeric input of `scenario` as a path, generated from the field tables:
// the assumptions, then each organisation's and each partnership's fields.
std::vector<std::string> numericPaths(const Scenario &scenario);

// `path` with the organisation `from` renamed to `to` wherever it is an owner.
std::string renameOrganisationInPath(std::string_view path, std::string_view from, std::string_view to);

} // namespace asirace
