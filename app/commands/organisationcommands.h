#pragma once
// Removing and renaming organisations (adding one is an InsertItemCommand). Removing one also removes the
// partnerships, distributions and events that name it; undo puts every piece back at
// its old position, so the scenario compares equal to what it was.

#include "documentcommand.h"

#include <utility>
#include <vector>

namespace asirace {

class RemoveOrganisationCommand : public DocumentCommand
{
public:
    RemoveOrganisationCommand(ScenarioDocument *document, int scenarioIndex, int position);
    void redo() override;
    void undo() override;

private:
    int m_position;
    Organisation m_organisation;
    std::vector<std::pair<size_t, Partnership>> m_partnerships;   // with their old indices
    std::vector<std::pair<size_t, Distribution>> m_distributions; // with their old indices
    std::vector<std::pair<size_t, ScheduledEvent>> m_events;      // with their old indices
    std::vector<SharedFactor> m_factors; // before the organisation's loadings were dropped
};

// Renames an organisation and every partnership end, distribution and event path naming it.
class RenameOrganisationCommand : public DocumentCommand
{
public:
    RenameOrganisationCommand(ScenarioDocument *document, int scenarioIndex, std::string oldName,
                              std::string newName);
    void redo() override;
    void undo() override;

private:
    void rename(const std::string &from, const std::string &to);

    std::string m_oldName;
    std::string m_newName;
};

} // namespace asirace
