#pragma once
// Keeps the Provenance panel in step with the current scenario, applies its
// notes edits through the document (undo), and records the model version a
// scenario was run with when the live simulation shows its result.

#include <QObject>

namespace asirace {

class LiveController;
class ProvenancePanel;
class ScenarioDocument;

class ProvenanceController : public QObject
{
    Q_OBJECT
public:
    ProvenanceController(ScenarioDocument *document, LiveController *live, ProvenancePanel *panel, QObject *parent);

signals:
    void statusMessage(const QString &message);

private:
    void show();

    ScenarioDocument *m_document;
    ProvenancePanel *m_panel;
};

} // namespace asirace
