#include "documentundokeys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace asirace {
namespace {
bool isUndoOrRedo(const QKeyEvent *key)
{
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
           (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_Y);
}

bool editsText(const QObject *o)
{
    return qobject_cast<const QLineEdit *>(o) || qobject_cast<const QAbstractSpinBox *>(o) ||
           qobject_cast<const QTextEdit *>(o) || qobject_cast<const QPlainTextEdit *>(o);
}
} // namespace

DocumentUndoKeys::DocumentUndoKeys(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool DocumentUndoKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !editsText(watched))
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    // This window or one of its docks, floating or not; dialogs keep their own undo.
    QWidget *top = widget->window();
    if (auto *dock = qobject_cast<QDockWidget *>(top))
        top = dock->parentWidget() ? dock->parentWidget()->window() : top;
    if (top != m_window || !isUndoOrRedo(static_cast<QKeyEvent *>(event)))
        return false;
    event->ignore(); // not claimed: the shortcut map triggers Edit > Undo / Redo
    return true;
}

} // namespace asirace
