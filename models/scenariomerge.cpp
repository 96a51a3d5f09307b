#include "scenariomerge.h"

#include <algorithm>
#include <set>

namespace asirace {

std::string mergedName(const Scenario &incoming, const std::string &fromFile,
                       const std::function<bool(const std::string &)> &taken)
{
    if (!taken(incoming.name))
        return incoming.name;
    const std::string base = incoming.name + " (from " + (incoming.author.empty() ? fromFile : incoming.author) + ")";
    std::string name = base;
    for (int n = 2; taken(name); ++n)
        name = base + " " + std::to_string(n);
    return name;
}

MergePlan planMerge(const std::vector<Scenario> &into, const std::vector<Scenario> &from,
                    const std::vector<std::string> &picked, const std::string &fromFile)
{
    MergePlan plan;
    for (const auto &name : picked)
        if (std::none_of(from.begin(), from.end(), [&](const Scenario &s) { return s.name == name; }))
            plan.unknown.push_back(name);
    std::set<std::string> names;
    for (const auto &s : into)
        names.insert(s.name);
    const auto taken = [&](const std::string &name) { return names.count(name) > 0; };
    for (const auto &s : from) {
        if (!picked.empty() && std::find(picked.begin(), picked.end(), s.name) == picked.end())
            continue;
        Scenario copy = s;
        copy.name = mergedName(s, fromFile, taken);
        names.insert(copy.name);
        plan.originalNames.push_back(s.name);
        plan.scenarios.push_back(std::move(copy));
    }
    return plan;
}

} // namespace asirace
