#pragma once
// Removing and re-pointing partnerships (adding one is an InsertItemCommand). Distributions and events
// addressing a partnership (A/B.F) follow it: removed with it, renamed when its
// ends change.

#include "documentcommand.h"

#include <utility>
#include <vector>

namespace asirace {

class RemovePartnershipCommand : public DocumentCommand
{
public:
    RemovePartnershipCommand(ScenarioDocument *document, int scenarioIndex, int position);
    void redo() override;
    void undo() override;

private:
    int m_position;
    Partnership m_partnership;
    std::vector<std::pair<size_t, Distribution>> m_distributions; // with their old indices
    std::vector<std::pair<size_t, ScheduledEvent>> m_events;
};

// Changes which organisations a partnership joins (org_a, org_b).
class SetPartnershipOrganisationsCommand : public DocumentCommand
{
public:
    SetPartnershipOrganisationsCommand(ScenarioDocument *document, int scenarioIndex, int position, std::string orgA,
                                       std::string orgB);
    void redo() override;
    void undo() override;

private:
    void apply(const std::string &orgA, const std::string &orgB);

    int m_position;
    std::string m_oldA, m_oldB, m_newA, m_newB;
};

} // namespace asirace
