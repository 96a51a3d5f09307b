#pragma once
// Keeps the Differences panel in step with the scenario being edited and the
// one it is compared with (Compare with…: this file, a built-in, or a scenario
// of another file). The rows are diffScenarios(); each row's effect on the
// winner's arrival is computed through a JobRunner lane, latest request wins,
// so the GUI thread never waits on the extra runs.

#include "differenceeffects.h"

#include <QObject>
#include <QString>
#include <QTimer>


class QWidget;

namespace asirace {

class DifferencesPanel;
class FileController;
class JobRunner;
class LiveController;
class ScenarioDocument;

class DifferencesController : public QObject
{
    Q_OBJECT
public:
    DifferencesController(ScenarioDocument *document, LiveController *live, FileController *files,
                          DifferencesPanel *panel, QWidget *window);
    ~DifferencesController() override;

    // Scenario > Compare with Scenario from File…: picks a file, then one of its scenarios.
    void compareWithFile();
    // Compares with the scenario `name` of the file at `path` (empty name: ask).
    bool compareWithFileAt(const QString &path, const QString &name = {});

    // The effects last delivered to the panel, and how many computations ran.
    const DifferenceEffects &effects() const { return m_effects; }
    int deliveredEffects() const { return m_delivered; }

signals:
    void effectsShown(); // tests wait for this
    void statusMessage(const QString &message);

private:
    void refresh();
    void startEffects();

    ScenarioDocument *m_document;
    LiveController *m_live;
    FileController *m_files;
    DifferencesPanel *m_panel;
    QWidget *m_window;
    QTimer m_debounce; // a slider drag computes once it pauses
    JobRunner *m_runner; // its own lane: listing effects must not cancel the live run
    DifferenceEffects m_effects;
    int m_delivered = 0;
};

} // namespace asirace
