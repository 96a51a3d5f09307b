#include "scenario.h"

#include "fieldpath.h"

#include <algorithm>
#include <array>
#include <utility>

namespace asirace {
namespace {
template <class Orgs>
auto findByName(Orgs &orgs, std::string_view name) -> decltype(&orgs.front())
{
    auto it = std::find_if(orgs.begin(), orgs.end(), [&](const auto &o) { return o.name == name; });
    return it == orgs.end() ? nullptr : &*it;
}

template <class Parts>
auto findPair(Parts &parts, std::string_view a, std::string_view b) -> decltype(&parts.front())
{
    auto it = std::find_if(parts.begin(), parts.end(),
                           [&](const auto &p) { return p.org_a == a && p.org_b == b; });
    return it == parts.end() ? nullptr : &*it;
}
} // namespace

const Organisation *Scenario::findOrganisation(std::string_view n) const { return findByName(organisations, n); }
Organisation *Scenario::findOrganisation(std::string_view n) { return findByName(organisations, n); }

const Partnership *Scenario::findPartnership(std::string_view a, std::string_view b) const
{
    return findPair(partnerships, a, b);
}
Partnership *Scenario::findPartnership(std::string_view a, std::string_view b)
{
    return findPair(partnerships, a, b);
}

const Distribution *Scenario::findDistribution(std::string_view path) const
{
    // Stored paths are canonical, so the exact text usually matches; a path
    // written another way ("OpenAI . mfu") matches in its parsed form.
    auto it = std::find_if(distributions.begin(), distributions.end(), [&](const Distribution &d) { return d.path == path; });
    if (it != distributions.end())
        return &*it;
    const auto wanted = FieldPath::parse(path);
    if (!wanted)
        return nullptr;
    const std::string text = wanted->text();
    it = std::find_if(distributions.begin(), distributions.end(), [&](const Distribution &d) {
        const auto parsed = FieldPath::parse(d.path);
        return parsed && parsed->text() == text;
    });
    return it == distributions.end() ? nullptr : &*it;
}
Distribution *Scenario::findDistribution(std::string_view path)
{
    return const_cast<Distribution *>(std::as_const(*this).findDistribution(path));
}

} // namespace asirace
