#pragma once
// Pins or unpins the distribution on one input: a pinned input keeps the
// scenario's value in every Monte Carlo run and edits no longer move its
// distribution, which is kept (unpinning restores the uncertainty as it was).

#include "documentcommand.h"

#include <string>

namespace asirace {

class PinCommand : public DocumentCommand
{
public:
    PinCommand(ScenarioDocument *document, int scenarioIndex, std::string path, bool pin);

    void redo() override;
    void undo() override;

private:
    void apply(bool pin);

    std::string m_path;
    bool m_pin;
};

} // namespace asirace
