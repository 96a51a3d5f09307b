#pragma once
// Base of every undo command: knows its document and the scenario it edits,
// and reaches the document's private mutators on behalf of its subclasses.

#include "scenariodocument.h"

#include <QUndoCommand>

namespace asirace {

class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(ScenarioDocument *document, int scenarioIndex, const QString &text);

    int scenarioIndex() const { return m_scenarioIndex; }

protected:
    ScenarioDocument *document() const { return m_document; }
    Scenario &scenario() const { return m_document->mutableScenario(m_scenarioIndex); }
    void notify(DocumentChange change, const QString &path = {}) const
    {
        m_document->notifyEdited(m_scenarioIndex, change, path);
    }
    void insertScenario(int index, Scenario s) const { m_document->insertScenario(index, std::move(s)); }
    Scenario takeScenario(int index) const { return m_document->takeScenario(index); }

private:
    ScenarioDocument *m_document;
    int m_scenarioIndex;
};

} // namespace asirace
