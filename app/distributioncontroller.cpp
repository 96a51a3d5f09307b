#include "distributioncontroller.h"

#include "assumptionspanel.h"
#include "distributiondialog.h"
#include "fieldlabel.h"
#include "fieldpath.h"
#include "scenariodocument.h"
#include "tableeditor.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

namespace asirace {

DistributionController::DistributionController(ScenarioDocument *document, AssumptionsPanel *assumptions,
                                               QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_document(document), m_dialogParent(dialogParent)
{
    connect(assumptions, &AssumptionsPanel::distributionEditRequested, this, [this](const QString &path) { edit(path); });
    // An open dialog edits the scenario it was opened on: another scenario or an undo past it closes it.
    connect(m_document, &ScenarioDocument::currentChanged, this, [this] {
        if (m_dialog)
            m_dialog->reject();
    });
}

void DistributionController::addTable(TableEditor *editor, std::function<QString(const QModelIndex &)> pathAt)
{
    QTableView *view = editor->view();
    auto *action = new QAction(tr("Edit &Distribution…"), view);
    action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("Edit the distribution Monte Carlo draws this input from"));
    view->addAction(action); // for the shortcut; the menu is TableEditor's
    connect(editor, &TableEditor::contextMenuAboutToShow, action,
            [action](QMenu *menu, const QModelIndex &) { menu->addAction(action); });
    connect(action, &QAction::triggered, this, [this, view, pathAt] {
        const QString path = pathAt(view->currentIndex());
        if (path.isEmpty() || !resolveNumericPath(m_document->current(), path.toStdString())) {
            emit statusMessage(tr("Pick a cell with a number to edit its distribution."));
            return;
        }
        edit(path);
    });
}

DistributionDialog *DistributionController::openDialog() const
{
    return m_dialog;
}

DistributionDialog *DistributionController::edit(const QString &path)
{
    if (!resolveNumericPath(m_document->current(), path.toStdString()))
        return nullptr;
    if (m_dialog)
        m_dialog->reject();
    m_dialog = new DistributionDialog(m_document->current(), path, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, path] { apply(path); });
    m_dialog->open();
    return m_dialog;
}

void DistributionController::apply(const QString &path)
{
    if (!m_dialog || !m_dialog->changed())
        return;
    const QString reason = m_document->setDistribution(path, m_dialog->result());
    const QString input = QString::fromStdString(fieldPathLabel(path.toStdString()));
    emit statusMessage(reason.isEmpty() ? tr("Distribution of %1 set (Ctrl+Z undoes it).").arg(input)
                                        : tr("Distribution of %1 refused: %2").arg(input, reason));
}

} // namespace asirace
