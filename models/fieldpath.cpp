#include "fieldpath.h"

#include <charconv>

namespace asirace {
namespace {

constexpr std::string_view kExpected = ": expected assumptions.FIELD, ORG.FIELD or ORG_A/ORG_B.FIELD";

// Calls visit(object, numericFields, textFields) on the object `path` belongs
// to in `scenario` (const or not). nullopt when that organisation or
// partnership does not exist; missingOwner() says so.
template <class S, class Visit>
auto withOwner(S &scenario, const FieldPath &path, Visit &&visit)
    -> std::optional<decltype(visit(scenario.assumptions, assumptionNumericFields(), assumptionTextFields()))>
{
    switch (path.owner) {
    case FieldPath::Owner::Assumptions:
        return visit(scenario.assumptions, assumptionNumericFields(), assumptionTextFields());
    case FieldPath::Owner::Organisation:
        if (auto *org = scenario.findOrganisation(path.org))
            return visit(*org, organisationNumericFields(), organisationTextFields());
        return std::nullopt;
    case FieldPath::Owner::Partnership:
        if (auto *p = scenario.findPartnership(path.org, path.orgB))
            return visit(*p, partnershipNumericFields(), partnershipTextFields());
        return std::nullopt;
    }
    return std::nullopt;
}

std::string missingOwner(std::string_view text, const FieldPath &path)
{
    const char *what = path.owner == FieldPath::Owner::Partnership ? ": no partnership '" : ": no organisation '";
    return std::string(text) + what + path.ownerText() + "'";
}

template <class Object, class Field>
FieldRef refTo(Object &object, const Field &f)
{
    return FieldRef{const_cast<double *>(&(object.*f.member)), f.name, f.unit, f.min, f.max, f.type,
                    f.description, f.logScale};
}

template <class S>
std::optional<FieldRef> resolve(S &scenario, std::string_view text, FieldPathError *error)
{
    auto fail = [&](std::string message) -> std::optional<FieldRef> {
        if (error)
            error->message = std::move(message);
        return std::nullopt;
    };
    std::string parseError;
    const auto path = FieldPath::parse(text, &parseError);
    if (!path)
        return fail(parseError);
    auto ref = withOwner(scenario, *path, [&](auto &object, auto numeric, auto) -> std::optional<FieldRef> {
        if (const auto *f = findNumericField(numeric, path->field))
            return refTo(object, *f);
        return std::nullopt;
    });
    if (!ref)
        return fail(missingOwner(text, *path));
    if (!*ref)
        return fail(std::string(text) + ": unknown numeric field '" + path->field + "'");
    return *ref;
}

template <class Object, class Numeric, class Text>
std::optional<FieldPathError> setOn(Object &object, Numeric numeric, Text text, std::string_view path,
                                    std::string_view field, std::string_view value)
{
    if (const auto *f = findNumericField(numeric, field)) {
        auto number = parseFieldNumber(value);
        if (!number)
            return FieldPathError{std::string(path) + ": '" + std::string(value) + "' is not a number (allowed: " +
                                  formatRange(f->min, f->max) + " " + std::string(f->unit) + ")"};
        auto reason = checkNumeric(*number, f->min, f->max, f->type);
        if (!reason.empty())
            return FieldPathError{std::string(path) + ": " + std::string(value) + " " + reason + " (allowed: " +
                                  formatRange(f->min, f->max) + " " + std::string(f->unit) + ")"};
        object.*f->member = *number;
        return std::nullopt;
    }
    if (const auto *f = findTextField(text, field)) {
        std::string s(value);
        auto reason = checkText(s, f->rule, f->choices);
        if (!reason.empty())
            return FieldPathError{std::string(path) + ": '" + s + "' " + reason};
        if (f->rule == TextRule::Name)
            return FieldPathError{std::string(path) + ": names cannot be changed with --set"};
        object.*f->member = s;
        return std::nullopt;
    }
    return FieldPathError{std::string(path) + ": unknown field '" + std::string(field) + "'"};
}

} // namespace

std::optional<FieldPath> FieldPath::parse(std::string_view text, std::string *error)
{
    const auto dot = text.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == text.size()) {
        if (error)
            *error = std::string(text).append(kExpected);
        return std::nullopt;
    }
    FieldPath path;
    const std::string_view owner = text.substr(0, dot);
    path.field = std::string(text.substr(dot + 1));
    if (owner == "assumptions") {
        path.owner = Owner::Assumptions;
    } else if (const auto slash = owner.find('/'); slash != std::string_view::npos) {
        path.owner = Owner::Partnership;
        path.org = std::string(owner.substr(0, slash));
        path.orgB = std::string(owner.substr(slash + 1));
    } else {
        path.owner = Owner::Organisation;
        path.org = std::string(owner);
    }
    return path;
}

std::string FieldPath::ownerText() const
{
    switch (owner) {
    case Owner::Assumptions: return "assumptions";
    case Owner::Organisation: return org;
    case Owner::Partnership: return org + "/" + orgB;
    }
    return {};
}

std::string FieldPath::text() const { return ownerText() + "." + field; }

bool FieldPath::mentions(std::string_view name) const
{
    return (owner == Owner::Organisation && org == name) ||
           (owner == Owner::Partnership && (org == name || orgB == name));
}

void FieldPath::renameOrganisation(std::string_view from, std::string_view to)
{
    if (owner == Owner::Assumptions)
        return;
    if (org == from)
        org = std::string(to);
    if (owner == Owner::Partnership && orgB == from)
        orgB = std::string(to);
}

std::optional<FieldRef> resolveNumericPath(Scenario &scenario, std::string_view path, FieldPathError *error)
{
    return resolve(scenario, path, error);
}

std::optional<FieldRef> resolveNumericPath(const Scenario &scenario, std::string_view path, FieldPathError *error)
{
    return resolve(scenario, path, error);
}

std::optional<FieldPathError> setFieldPath(Scenario &scenario, std::string_view text, std::string_view value)
{
    std::string parseError;
    const auto path = FieldPath::parse(text, &parseError);
    if (!path)
        return FieldPathError{parseError};
    auto result = withOwner(scenario, *path, [&](auto &object, auto numeric, auto fields) {
        return setOn(object, numeric, fields, text, path->field, value);
    });
    if (!result)
        return FieldPathError{missingOwner(text, *path)};
    return *result;
}

std::optional<double> parseFieldNumber(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text == "true")
        return 1.0;
    if (text == "false")
        return 0.0;
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return value;
}

std::optional<FieldPathError> applyAssignment(Scenario &scenario, std::string_view assignment)
{
    auto eq = assignment.find('=');
    if (eq == std::string_view::npos)
        return FieldPathError{"'" + std::string(assignment) + "': expected PATH=VALUE"};
    return setFieldPath(scenario, assignment.substr(0, eq), assignment.substr(eq + 1));
}

std::optional<std::string> readFieldPath(const Scenario &scenario, std::string_view text)
{
    const auto path = FieldPath::parse(text);
    if (!path)
        return std::nullopt;
    auto value = withOwner(scenario, *path, [&](const auto &object, auto numeric, auto fields) -> std::optional<std::string> {
        if (const auto *f = findNumericField(numeric, path->field))
            return formatValue(object.*f->member);
        if (const auto *f = findTextField(fields, path->field))
            return object.*f->member;
        return std::nullopt;
    });
    return value ? *value : std::nullopt;
}

bool pathMentionsOrganisation(std::string_view text, std::string_view orgName)
{
    const auto path = FieldPath::parse(text);
    return path && path->mentions(orgName);
}

std::vector<std::string> numericPaths(const Scenario &scenario)
{
    std::vector<std::string> paths;
    auto add = [&](const std::string &owner, auto fields) {
        for (const auto &f : fields)
            paths.push_back(owner + "." + std::string(f.name));
    };
    add("assumptions", assumptionNumericFields());
    for (const auto &org : scenario.organisations)
        add(org.name, organisationNumericFields());
    for (const auto &p : scenario.partnerships)
        add(p.key(), partnershipNumericFields());
    return paths;
}

std::string renameOrganisationInPath(std::string_view text, std::string_view from, std::string_view to)
{
    auto path = FieldPath::parse(text);
    if (!path)
        return std::string(text);
    path->renameOrganisation(from, to);
    return path->text();
}

} // namespace asirace
