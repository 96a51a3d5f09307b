#pragma once
// The toolbar's Undo and Redo buttons. The Edit menu's actions (from the
// QUndoStack) rename themselves on every edit: "Undo Set MFU to 0.41", and a
// slider drag merges into one step whose text changes on every tick. A tool
// button re-reads its action on each change and asks the toolbar, and with it
// the whole main window, to lay out again. So the buttons get their own
// action: enabled and triggered like the menu's at once, its tooltip (the
// full text) brought up to date at most every kTextIntervalMs.

class QAction;
class QToolBar;

namespace asirace {

inline constexpr int kUndoButtonTextIntervalMs = 250;

// Adds a button to `bar` that acts for `action` (an undo or redo action) and returns its action.
QAction *addUndoToolButton(QToolBar *bar, QAction *action);

} // namespace asirace
