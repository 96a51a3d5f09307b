#pragma once
// Keeps the Why panel in step with the document: after every edit the lead is
// explained again off the GUI thread, never on the path from a slider to the
// replot. Latest wins without waiting: an edit while an explanation runs
// marks a newer one as due; the running one (a few milliseconds) finishes,
// its now stale figures are dropped, and the due one starts. The GUI thread
// never joins a running job. While edits keep coming (a drag) it explains at
// most once per kExplainIntervalMs, so its runs do not compete with the live
// simulation for the CPU on every tick. A hidden panel waits until it is shown.

#include "leadexplanation.h"

#include <QObject>

#include <memory>

class QTimer;

namespace asirace {

class JobRunner;
class ScenarioDocument;
class WhyPanel;

class WhyController : public QObject
{
    Q_OBJECT
public:
    WhyController(ScenarioDocument *document, WhyPanel *panel, QObject *parent = nullptr);

    // Longest wait from an edit to the start of its explanation.
    static constexpr int kExplainIntervalMs = 500;

    // Whether the panel is on screen (its dock tab selected).
    void setShown(bool shown);
    std::shared_ptr<const LeadExplanation> explanation() const { return m_explanation; }
    JobRunner *runner() const { return m_runner; }

signals:
    void explanationShown(); // a fresh explanation reached the panel

private:
    void onScenarioChanged();
    void restart();

    ScenarioDocument *m_document;
    WhyPanel *m_panel;
    JobRunner *m_runner; // its own lane: explaining must not cancel the odds
    QTimer *m_throttle;         // runs once per interval while edits keep coming
    std::shared_ptr<const LeadExplanation> m_explanation;
    bool m_shown = false;
    bool m_due = false; // the scenario changed while an explanation was running
};

} // namespace asirace
