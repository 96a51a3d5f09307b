#pragma once
// Undo and redo of the document wherever the focus is. A line edit or spin box
// claims Ctrl+Z for its own text history (ShortcutOverride), so after typing a
// value and pressing Enter, Ctrl+Z did nothing until the user clicked a chart.
// This filter, installed on the application, refuses that claim for widgets
// of one main window: the window's Undo and Redo actions then fire. What was
// typed is committed on Enter or focus-out, one undo step each, so the
// document's history holds every edit a widget's own history would.

#include <QObject>

class QMainWindow;

namespace asirace {

class DocumentUndoKeys : public QObject
{
    Q_OBJECT
public:
    // Watches key overrides in `window` and its docks (floating ones too).
    explicit DocumentUndoKeys(QMainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
};

} // namespace asirace
