#include "documentcommand.h"

namespace asirace {

DocumentCommand::DocumentCommand(ScenarioDocument *document, int scenarioIndex, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_scenarioIndex(scenarioIndex)
{
}

} // namespace asirace
