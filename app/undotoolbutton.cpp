#include "undotoolbutton.h"

#include <QAction>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace asirace {

QAction *addUndoToolButton(QToolBar *bar, QAction *action)
{
    auto *proxy = new QAction(action->icon(), action->text(), bar);
    proxy->setObjectName(action->objectName() + QStringLiteral("Button"));
    proxy->setEnabled(action->isEnabled());
    proxy->setToolTip(action->toolTip());
    QObject::connect(proxy, &QAction::triggered, action, &QAction::trigger);
    // Not restarted by later changes: during a drag the tooltip follows every interval.
    auto *sync = new QTimer(proxy);
    sync->setSingleShot(true);
    sync->setInterval(kUndoButtonTextIntervalMs);
    QObject::connect(sync, &QTimer::timeout, proxy, [proxy, action] {
        proxy->setText(action->text());
        proxy->setToolTip(action->toolTip());
    });
    QObject::connect(action, &QAction::changed, proxy, [proxy, action, sync] {
        if (proxy->isEnabled() != action->isEnabled())
            proxy->setEnabled(action->isEnabled());
        if ((proxy->text() != action->text() || proxy->toolTip() != action->toolTip()) && !sync->isActive())
            sync->start();
    });
    bar->addAction(proxy);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(proxy)))
        button->setToolButtonStyle(Qt::ToolButtonIconOnly); // the text names the edit: in the tooltip and Edit menu
    return proxy;
}

} // namespace asirace
