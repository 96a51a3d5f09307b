#pragma once
// Inserting or removing one item of one of a scenario's lists (organisations,
// partnerships, events) at a position. The item is remembered whole, so undo
// puts the list back exactly; `change` tells the views what to reload.
// Removals that take other items along (an organisation's partnerships) have
// their own commands.

#include "documentcommand.h"

#include <vector>

namespace asirace {

template <class T>
class InsertItemCommand : public DocumentCommand
{
public:
    using List = std::vector<T> Scenario::*;
    InsertItemCommand(ScenarioDocument *document, int scenarioIndex, List list, DocumentChange change, T item,
                      int position, const QString &text)
        : DocumentCommand(document, scenarioIndex, text), m_list(list), m_change(change), m_item(std::move(item)),
          m_position(position)
    {
    }
    void redo() override
    {
        auto &items = scenario().*m_list;
        items.insert(items.begin() + m_position, m_item);
        notify(m_change);
    }
    void undo() override
    {
        auto &items = scenario().*m_list;
        items.erase(items.begin() + m_position);
        notify(m_change);
    }

private:
    List m_list;
    DocumentChange m_change;
    T m_item;
    int m_position;
};

// The inverse: removing the item at `position`, and putting it back on undo.
template <class T>
class RemoveItemCommand : public DocumentCommand
{
public:
    using List = std::vector<T> Scenario::*;
    RemoveItemCommand(ScenarioDocument *document, int scenarioIndex, List list, DocumentChange change, int position,
                      const QString &text)
        : DocumentCommand(document, scenarioIndex, text), m_inverse(document, scenarioIndex, list, change,
                                                                    (scenario().*list).at(size_t(position)), position, text)
    {
    }
    void redo() override { m_inverse.undo(); }
    void undo() override { m_inverse.redo(); }

private:
    InsertItemCommand<T> m_inverse;
};

} // namespace asirace
