#pragma once
// Gives an input a distribution, replaces it, or removes it (one undo step).
// Views hear it as a change of the input's field path, so the slider's
// uncertainty mark and the odds refresh like after a value edit.

#include "documentcommand.h"

#include <optional>
#include <string>

namespace asirace {

class SetDistributionCommand : public DocumentCommand
{
public:
    // `before` / `after` empty: the input has no distribution.
    SetDistributionCommand(ScenarioDocument *document, int scenarioIndex, std::string path,
                           std::optional<Distribution> before, std::optional<Distribution> after);

    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Distribution> &distribution);

    std::string m_path;
    std::optional<Distribution> m_before, m_after;
};

} // namespace asirace
