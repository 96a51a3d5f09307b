#pragma once
// Taking the items of a scenario's list that name something being removed, and
// putting them back on undo at exactly their old positions, so the scenario
// compares equal to what it was.

#include <cstddef>
#include <utility>
#include <vector>

namespace asirace {

// Removes the elements matching `pred`, remembering each with its index.
template <class T, class Pred>
std::vector<std::pair<size_t, T>> takeAll(std::vector<T> &items, Pred pred)
{
    std::vector<std::pair<size_t, T>> taken;
    std::vector<T> kept;
    for (size_t i = 0; i < items.size(); ++i) {
        if (pred(items[i]))
            taken.emplace_back(i, std::move(items[i]));
        else
            kept.push_back(std::move(items[i]));
    }
    items = std::move(kept);
    return taken;
}

template <class T>
void restoreAll(std::vector<T> &items, const std::vector<std::pair<size_t, T>> &taken)
{
    for (const auto &[index, item] : taken) // ascending, so every index is valid when inserted
        items.insert(items.begin() + std::ptrdiff_t(index), item);
}

} // namespace asirace
