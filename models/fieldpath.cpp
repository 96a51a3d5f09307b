#include "fieldpath.h"

#include <charconv>

namespace asirace {
namespace {

struct SplitPath {
    std::string_view owner;
    std::string_view field;
};

std::optional<SplitPath> split(std::string_view path)
{
    auto dot = path.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == path.size())
        return std::nullopt;
    return SplitPath{path.substr(0, dot), path.substr(dot + 1)};
}

std::optional<double> parseNumber(std::string_view text)
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

template <class Owner>
std::optional<FieldRef> numericRef(Owner &owner, std::span<const NumericField<Owner>> fields,
                                   std::string_view name)
{
    const auto *f = findNumericField(fields, name);
    if (!f)
        return std::nullopt;
    return FieldRef{&(owner.*f->member), f->name, f->unit, f->min, f->max, f->type};
}

template <class Owner>
std::optional<FieldPathError> setOn(Owner &owner, std::span<const NumericField<Owner>> numeric,
                                    std::span<const TextField<Owner>> text, std::string_view path,
                                    std::string_view field, std::string_view value)
{
    if (const auto *f = findNumericField(numeric, field)) {
        auto number = parseNumber(value);
        if (!number)
            return FieldPathError{std::string(path) + ": '" + std::string(value) + "' is not a number (allowed: " +
                                  formatRange(f->min, f->max) + " " + std::string(f->unit) + ")"};
        auto reason = checkNumeric(*number, f->min, f->max, f->type);
        if (!reason.empty())
            return FieldPathError{std::string(path) + ": " + std::string(value) + " " + reason + " (allowed: " +
                                  formatRange(f->min, f->max) + " " + std::string(f->unit) + ")"};
        owner.*f->member = *number;
        return std::nullopt;
    }
    if (const auto *f = findTextField(text, field)) {
        std::string s(value);
        auto reason = checkText(s, f->rule, f->choices);
        if (!reason.empty())
            return FieldPathError{std::string(path) + ": '" + s + "' " + reason};
        if (f->rule == TextRule::Name)
            return FieldPathError{std::string(path) + ": names cannot be changed with --set"};
        owner.*f->member = s;
        return std::nullopt;
    }
    return FieldPathError{std::string(path) + ": unknown field '" + std::string(field) + "'"};
}

} // namespace

std::optional<FieldRef> resolveNumericPath(Scenario &scenario, std::string_view path,
                                           FieldPathError *error)
{
    auto fail = [&](std::string message) -> std::optional<FieldRef> {
        if (error)
            error->message = std::move(message);
        return std::nullopt;
    };
    auto parts = split(path);
    if (!parts)
        return fail(std::string(path) + ": expected assumptions.FIELD, ORG.FIELD or ORG_A/ORG_B.FIELD");
    std::optional<FieldRef> ref;
    if (parts->owner == "assumptions") {
        ref = numericRef(scenario.assumptions, assumptionNumericFields(), parts->field);
    } else if (auto slash = parts->owner.find('/'); slash != std::string_view::npos) {
        auto *p = scenario.findPartnership(parts->owner.substr(0, slash), parts->owner.substr(slash + 1));
        if (!p)
            return fail(std::string(path) + ": no partnership '" + std::string(parts->owner) + "'");
        ref = numericRef(*p, partnershipNumericFields(), parts->field);
    } else {
        auto *org = scenario.findOrganisation(parts->owner);
        if (!org)
            return fail(std::string(path) + ": no organisation '" + std::string(parts->owner) + "'");
        ref = numericRef(*org, organisationNumericFields(), parts->field);
    }
    if (!ref)
        return fail(std::string(path) + ": unknown numeric field '" + std::string(parts->field) + "'");
    return ref;
}

std::optional<FieldPathError> setFieldPath(Scenario &scenario, std::string_view path,
                                           std::string_view value)
{
    auto parts = split(path);
    if (!parts)
        return FieldPathError{std::string(path) + ": expected assumptions.FIELD, ORG.FIELD or ORG_A/ORG_B.FIELD"};
    if (parts->owner == "assumptions")
        return setOn(scenario.assumptions, assumptionNumericFields(), assumptionTextFields(), path,
                     parts->field, value);
    if (auto slash = parts->owner.find('/'); slash != std::string_view::npos) {
        auto *p = scenario.findPartnership(parts->owner.substr(0, slash), parts->owner.substr(slash + 1));
        if (!p)
            return FieldPathError{std::string(path) + ": no partnership '" + std::string(parts->owner) + "'"};
        return setOn(*p, partnershipNumericFields(), partnershipTextFields(), path, parts->field, value);
    }
    auto *org = scenario.findOrganisation(parts->owner);
    if (!org)
        return FieldPathError{std::string(path) + ": no organisation '" + std::string(parts->owner) + "'"};
    return setOn(*org, organisationNumericFields(), organisationTextFields(), path, parts->field, value);
}

std::optional<FieldPathError> applyAssignment(Scenario &scenario, std::string_view assignment)
{
    auto eq = assignment.find('=');
    if (eq == std::string_view::npos)
        return FieldPathError{"'" + std::string(assignment) + "': expected PATH=VALUE"};
    return setFieldPath(scenario, assignment.substr(0, eq), assignment.substr(eq + 1));
}

} // namespace asirace
