#pragma once
// Slow file work (opening, importing) off the GUI thread. The caller waits in
// a local event loop, so the window keeps painting and the charts keep
// running; past `delayMs` a window-modal progress dialog with Cancel appears
// (and blocks other input to the window meanwhile). Cancel returns at once:
// the work finishes on its thread and its result is dropped, so nothing of it
// reaches the document.

#include <QString>

#include <functional>

class QWidget;

namespace asirace {

// Runs `work` on a new thread; true when it finished, false when cancelled.
bool runWithProgress(QWidget *parent, const QString &label, int delayMs, std::function<void()> work);

} // namespace asirace
