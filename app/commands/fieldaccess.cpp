#include "fieldaccess.h"

#include "fieldpath.h"

namespace asirace {
namespace {

struct Owner {
    std::string_view owner; // "assumptions", "ORG" or "A/B"
    std::string_view field;
};

std::optional<Owner> splitPath(std::string_view path)
{
    auto dot = path.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == path.size())
        return std::nullopt;
    return Owner{path.substr(0, dot), path.substr(dot + 1)};
}

template <class T>
std::optional<std::string> readOn(const T &object, std::span<const NumericField<T>> numeric,
                                  std::span<const TextField<T>> text, std::string_view field)
{
    if (const auto *f = findNumericField(numeric, field))
        return formatValue(object.*f->member);
    if (const auto *f = findTextField(text, field))
        return object.*f->member;
    return std::nullopt;
}

} // namespace

std::optional<std::string> readFieldPath(const Scenario &scenario, std::string_view path)
{
    auto parts = splitPath(path);
    if (!parts)
        return std::nullopt;
    if (parts->owner == "assumptions")
        return readOn(scenario.assumptions, assumptionNumericFields(), assumptionTextFields(), parts->field);
    if (auto slash = parts->owner.find('/'); slash != std::string_view::npos) {
        const auto *p = scenario.findPartnership(parts->owner.substr(0, slash), parts->owner.substr(slash + 1));
        return p ? readOn(*p, partnershipNumericFields(), partnershipTextFields(), parts->field) : std::nullopt;
    }
    const auto *org = scenario.findOrganisation(parts->owner);
    return org ? readOn(*org, organisationNumericFields(), organisationTextFields(), parts->field) : std::nullopt;
}

bool pathMentionsOrganisation(std::string_view path, std::string_view orgName)
{
    auto parts = splitPath(path);
    if (!parts || parts->owner == "assumptions")
        return false;
    auto slash = parts->owner.find('/');
    if (slash == std::string_view::npos)
        return parts->owner == orgName;
    return parts->owner.substr(0, slash) == orgName || parts->owner.substr(slash + 1) == orgName;
}

std::string renameOrganisationInPath(std::string_view path, std::string_view from, std::string_view to)
{
    auto parts = splitPath(path);
    if (!parts || parts->owner == "assumptions")
        return std::string(path);
    auto rename = [&](std::string_view name) { return std::string(name == from ? to : name); };
    std::string owner;
    if (auto slash = parts->owner.find('/'); slash != std::string_view::npos)
        owner = rename(parts->owner.substr(0, slash)) + "/" + rename(parts->owner.substr(slash + 1));
    else
        owner = rename(parts->owner);
    return owner + "." + std::string(parts->field);
}

} // namespace asirace
