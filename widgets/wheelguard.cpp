#include "wheelguard.h"

#include <QEvent>
#include <QWidget>

namespace asirace {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::install(QWidget *input)
{
    input->setFocusPolicy(Qt::StrongFocus); // spin boxes default to WheelFocus
    input->installEventFilter(new WheelGuard(input));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *input = static_cast<QWidget *>(watched);
    if (input->hasFocus())
        return false;
    // Not handled here and not accepted: QApplication passes the wheel on to
    // the parents, so the scroll area around the input scrolls.
    event->ignore();
    return true;
}

} // namespace asirace
