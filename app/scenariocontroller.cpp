#include "scenariocontroller.h"

#include "builtinscenarios.h"
#include "livecontroller.h"
#include "scenariobar.h"
#include "scenariodocument.h"

#include <QInputDialog>
#include <QMessageBox>

namespace asirace {

ScenarioController::ScenarioController(ScenarioDocument *document, ScenarioBar *bar, LiveController *live,
                                       QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_bar(bar)
    , m_live(live)
    , m_window(window)
{
    connect(m_bar, &ScenarioBar::scenarioChosen, m_document, &ScenarioDocument::setCurrentIndex);
    connect(m_bar, &ScenarioBar::newRequested, this, &ScenarioController::newScenario);
    connect(m_bar, &ScenarioBar::duplicateRequested, this, &ScenarioController::duplicateScenario);
    connect(m_bar, &ScenarioBar::renameRequested, this, &ScenarioController::renameScenario);
    connect(m_bar, &ScenarioBar::deleteRequested, this, &ScenarioController::deleteScenario);
    connect(m_bar, &ScenarioBar::comparisonChosen, m_live, &LiveController::setComparison);
    connect(m_live, &LiveController::comparisonChanged, this, &ScenarioController::updateBar);
    connect(m_document, &ScenarioDocument::scenarioListChanged, this, &ScenarioController::updateBar);
    connect(m_document, &ScenarioDocument::currentChanged, this, &ScenarioController::updateBar);
    updateBar();
}

void ScenarioController::updateBar()
{
    m_bar->setScenarios(m_document->scenarioNames(), m_document->currentIndex());
    QStringList builtins;
    for (const auto &s : builtinScenarios())
        builtins << QString::fromStdString(s.name);
    const QString current = QString::fromStdString(m_document->current().name);
    if (m_live->comparison() == QStringLiteral("file:") + current)
        m_live->setComparison({}); // the compared scenario became the current one: nothing left to compare
    m_bar->setComparisonChoices(m_document->scenarioNames(), builtins, m_live->comparison(), current);
    if (m_live->comparison().startsWith(QLatin1String("other:")))
        m_bar->addOtherFileChoice(m_live->comparisonName(), m_live->comparison());
}

void ScenarioController::report(const QString &error)
{
    if (error.isEmpty())
        return;
    QMessageBox::warning(m_window, tr("Scenario not changed"), error);
    emit statusMessage(error);
}

void ScenarioController::newScenario()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("New scenario"),
                                               tr("Name (starts as a copy of the built-in baseline):"),
                                               QLineEdit::Normal, m_document->freeScenarioName(tr("New scenario")), &ok);
    if (!ok)
        return;
    Scenario s = defaultScenario();
    s.name = name.trimmed().toStdString();
    s.created.clear();
    s.modified.clear();
    report(m_document->addScenario(std::move(s)));
}

void ScenarioController::duplicateScenario()
{
    const QString current = QString::fromStdString(m_document->current().name);
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Duplicate scenario"), tr("Name of the copy:"),
                                               QLineEdit::Normal, m_document->freeScenarioName(current + tr(" copy")),
                                               &ok);
    if (ok)
        report(m_document->duplicateScenario(m_document->currentIndex(), name.trimmed()));
}

void ScenarioController::renameScenario()
{
    const QString current = QString::fromStdString(m_document->current().name);
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename scenario"), tr("New name:"), QLineEdit::Normal,
                                               current, &ok);
    if (ok)
        report(m_document->renameScenario(m_document->currentIndex(), name.trimmed()));
}

void ScenarioController::deleteScenario()
{
    const QString current = QString::fromStdString(m_document->current().name);
    if (m_document->scenarioCount() == 1)
        return report(tr("A file keeps at least one scenario"));
    if (QMessageBox::question(m_window, tr("Delete scenario"),
                              tr("Delete the scenario '%1' from this file? (Undo brings it back.)").arg(current)) !=
        QMessageBox::Yes)
        return;
    report(m_document->removeScenario(m_document->currentIndex()));
}

} // namespace asirace
