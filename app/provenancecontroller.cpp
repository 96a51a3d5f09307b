#include "provenancecontroller.h"

#include "livecontroller.h"
#include "modelversion.h"
#include "provenancepanel.h"
#include "scenariodocument.h"

namespace asirace {

ProvenanceController::ProvenanceController(ScenarioDocument *document, LiveController *live, ProvenancePanel *panel,
                                           QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_panel(panel)
{
    connect(m_document, &ScenarioDocument::currentChanged, this, &ProvenanceController::show);
    connect(m_document, &ScenarioDocument::edited, this, &ProvenanceController::show);
    connect(m_document, &ScenarioDocument::provenanceChanged, this, [this](int index) {
        if (index == m_document->currentIndex())
            show();
    });
    connect(m_panel, &ProvenancePanel::notesEdited, this, [this](const QString &notes) {
        const QString error = m_document->setNotes(notes);
        if (!error.isEmpty()) {
            emit statusMessage(error);
            show();
        }
    });
    // The live run is of the current scenario as it is now: that is the model it was last run with.
    connect(live, &LiveController::resultShown, this, [this, live] {
        if (live->result())
            m_document->recordRun(m_document->currentIndex(), currentModelVersion());
    });
    show();
}

void ProvenanceController::show() { m_panel->setScenario(m_document->current()); }

} // namespace asirace
