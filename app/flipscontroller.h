#pragma once
// Keeps the "What must be true" view in step with the document: after an
// edit (once edits pause) and while the view is on screen, the flips of the
// winner are searched again on a worker (JobRunner, latest job wins);
// the GUI thread never waits for it.

#include "flips.h"

#include <QObject>

#include <memory>

class QTimer;

namespace asirace {

class JobRunner;
class MustBeTrueView;
class ScenarioDocument;

class FlipsController : public QObject
{
    Q_OBJECT
public:
    FlipsController(ScenarioDocument *document, MustBeTrueView *view, QObject *parent = nullptr);

    // Whether the view is on screen (its dock tab selected); a hidden view waits.
    void setShown(bool shown);
    JobRunner *runner() const { return m_runner; }
    std::shared_ptr<const FlipReport> report() const { return m_report; }

private:
    void onScenarioChanged();
    void search();

    ScenarioDocument *m_document;
    MustBeTrueView *m_view;
    JobRunner *m_runner;
    QTimer *m_delay; // search once edits pause: one search is thousands of runs
    bool m_shown = false;
    std::shared_ptr<const FlipReport> m_report;
};

} // namespace asirace
