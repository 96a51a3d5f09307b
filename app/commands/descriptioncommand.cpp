#include "descriptioncommand.h"

namespace asirace {

DescriptionCommand::DescriptionCommand(ScenarioDocument *document, int index, std::string newText)
    : DocumentCommand(document, index, QObject::tr("Edit the description of %1").arg(QString::fromStdString(document->scenario(index).name)))
    , m_oldText(document->scenario(index).description)
    , m_newText(std::move(newText))
{
    setObsolete(m_oldText == m_newText);
}

void DescriptionCommand::redo() { apply(m_newText); }
void DescriptionCommand::undo() { apply(m_oldText); }

void DescriptionCommand::apply(const std::string &text)
{
    scenario().description = text;
    notify(DocumentChange::Scenario);
}

} // namespace asirace
