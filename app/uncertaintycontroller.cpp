#include "uncertaintycontroller.h"

#include "assumptionspanel.h"
#include "editrequest.h"
#include "factorsdialog.h"
#include "fieldslider.h"
#include "montecarlopanel.h"
#include "scenariodocument.h"
#include "tableeditor.h"
#include "valueformat.h"

#include <QAction>
#include <QMenu>

namespace asirace {

UncertaintyController::UncertaintyController(ScenarioDocument *document, AssumptionsPanel *assumptions,
                                             std::vector<TableEditor *> tables, MonteCarloPanel *monteCarlo,
                                             QWidget *window)
    : QObject(window), m_document(document), m_assumptions(assumptions), m_window(window)
{
    setObjectName(QStringLiteral("uncertaintyController"));
    // The tables have one context menu (TableEditor's): Pin / Unpin joins it.
    for (TableEditor *editor : tables)
        connect(editor, &TableEditor::contextMenuAboutToShow, this, [this](QMenu *menu, const QModelIndex &index) {
            const QString path = index.data(FieldPathRole).toString();
            if (!path.isEmpty())
                addActions(*menu, path);
        });
    QStringList keys;
    for (const auto &field : assumptionNumericFields())
        keys << QStringLiteral("assumptions.") + fromView(field.name);
    for (const auto &field : AssumptionsPanel::labFields())
        keys << QStringLiteral("lab.") + field;
    for (const QString &key : keys) {
        FieldSlider *slider = m_assumptions->slider(key);
        if (!slider)
            continue;
        slider->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(slider, &QWidget::customContextMenuRequested, this, [this, slider, key](const QPoint &pos) {
            showMenu(slider, pos, pathOfSliderKey(key));
        });
    }
    connect(monteCarlo, &MonteCarloPanel::factorsRequested, this, &UncertaintyController::showFactors);
}

QString UncertaintyController::pathOfSliderKey(const QString &key) const
{
    if (key.startsWith(QStringLiteral("lab.")))
        return m_assumptions->selectedOrganisation() + QLatin1Char('.') + key.mid(4);
    return key;
}

bool UncertaintyController::addActions(QMenu &menu, const QString &path)
{
    const Distribution *d = m_document->current().findDistribution(path.toStdString());
    if (!d)
        return false;
    const bool pinned = d->isPinned();
    QAction *action = menu.addAction(pinned ? tr("Unpin: Monte Carlo draws it from its distribution again")
                                            : tr("Pin at this value: Monte Carlo keeps it fixed"));
    action->setObjectName(pinned ? QStringLiteral("unpinAction") : QStringLiteral("pinAction"));
    action->setStatusTip(pinned ? tr("Edits of this input will move its distribution again.")
                                : tr("Every Monte Carlo run uses the value shown; edits leave the distribution as it is."));
    connect(action, &QAction::triggered, this, [this, path, pinned] {
        const QString error = m_document->setPinned(path, !pinned);
        emit statusMessage(error.isEmpty() ? (pinned ? tr("Unpinned %1").arg(path) : tr("Pinned %1").arg(path))
                                           : error);
    });
    return true;
}

void UncertaintyController::showMenu(QWidget *widget, const QPoint &pos, const QString &path)
{
    QMenu menu(widget);
    if (!addActions(menu, path))
        return; // a certain input: nothing to offer
    menu.exec(widget->mapToGlobal(pos));
}

void UncertaintyController::showFactors()
{
    auto *dialog = new FactorsDialog(m_document->current(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace asirace
