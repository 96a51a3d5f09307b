#pragma once
// Sets the description of a scenario (what it assumes and why, shown under the
// headline and printed in the report): one undo step per committed text.

#include "documentcommand.h"

#include <string>

namespace asirace {

class DescriptionCommand : public DocumentCommand
{
public:
    DescriptionCommand(ScenarioDocument *document, int index, std::string newText);
    void redo() override;
    void undo() override;

private:
    void apply(const std::string &text);

    std::string m_oldText;
    std::string m_newText;
};

} // namespace asirace
