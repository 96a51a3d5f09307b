#include "differencescontroller.h"

#include "differencespanel.h"
#include "filecontroller.h"
#include "jobrunner.h"
#include "livecontroller.h"
#include "scenariodiff.h"
#include "scenariodocument.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>

namespace asirace {

DifferencesController::DifferencesController(ScenarioDocument *document, LiveController *live, FileController *files,
                                             DifferencesPanel *panel, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_live(live)
    , m_files(files)
    , m_panel(panel)
    , m_window(window)
    , m_runner(new JobRunner(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &DifferencesController::startEffects);
    connect(m_live, &LiveController::comparisonChanged, this, &DifferencesController::refresh);
    connect(m_document, &ScenarioDocument::currentChanged, this, &DifferencesController::refresh);
    connect(m_document, &ScenarioDocument::edited, this, &DifferencesController::refresh);
    refresh();
}

DifferencesController::~DifferencesController() = default; // the runner cancels its job and never waits

void DifferencesController::refresh()
{
    m_runner->cancel(); // the effects of the rows shown before are stale
    const Scenario *compared = m_live->comparedScenario();
    if (!compared) {
        m_debounce.stop();
        m_panel->showMessage(tr("Pick a scenario in Compare with (this file, a built-in or Scenario > Compare "
                                "with Scenario from File…) to list what differs."));
        return;
    }
    const Scenario &current = m_document->current();
    m_panel->setChanges(diffScenarios(current, *compared), QString::fromStdString(current.name),
                        m_live->comparisonName());
    m_debounce.start();
}

void DifferencesController::startEffects()
{
    const Scenario *compared = m_live->comparedScenario();
    if (!compared)
        return;
    m_runner->submit(
        [baseline = m_document->current(), other = *compared](const CancelToken &token) {
            return computeDifferenceEffects(baseline, other, diffScenarios(baseline, other), token.flag());
        },
        [this](DifferenceEffects effects) {
            if (effects.cancelled)
                return;
            m_effects = std::move(effects);
            ++m_delivered;
            m_panel->setEffects(m_effects);
            emit effectsShown();
        });
}

void DifferencesController::compareWithFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare with a scenario from file"), QString(),
                                                      tr("ASI Race scenario files (*.db);;All files (*)"));
    if (!path.isEmpty())
        compareWithFileAt(path);
}

bool DifferencesController::compareWithFileAt(const QString &path, const QString &name)
{
    const auto scenarios = m_files->readOtherFile(path, tr("Cannot compare with %1"));
    if (!scenarios)
        return false;
    QStringList names;
    for (const auto &s : *scenarios)
        names << QString::fromStdString(s.name);
    QString chosen = name;
    if (chosen.isEmpty()) {
        bool ok = false;
        chosen = QInputDialog::getItem(m_window, tr("Compare with"),
                                       tr("Scenario of %1 to compare with:").arg(QFileInfo(path).fileName()), names, 0,
                                       false, &ok);
        if (!ok)
            return false;
    }
    const int index = int(names.indexOf(chosen));
    if (index < 0) {
        emit statusMessage(tr("%1 has no scenario named %2").arg(QFileInfo(path).fileName(), chosen));
        return false;
    }
    m_live->setComparisonFromFile((*scenarios)[size_t(index)], QFileInfo(path).fileName());
    return true;
}

} // namespace asirace
