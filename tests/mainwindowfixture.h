#pragma once
// A MainWindow on screen with its first result replotted, for the window
// tests. The undo stack is marked clean at the end, so closing the window
// never opens a "save changes?" prompt that would block the test.

#include "chartpanel.h"
#include "mainwindow.h"
#include "scenariodocument.h"

#include <QSignalSpy>
#include <QSize>
#include <QTest>
#include <QUndoStack>

namespace asirace::test {

struct ShownMainWindow {
    MainWindow window;
    QSignalSpy replots{window.chartPanel(), &ChartPanel::replotted};

    // An empty size keeps the size WindowLayout chose for the screen.
    explicit ShownMainWindow(QSize size = QSize(1600, 1000))
    {
        if (!size.isEmpty())
            window.resize(size);
        window.show();
        if (!QTest::qWaitFor([&] { return replots.count() > 0; }, 10000))
            qWarning("no first result within 10 s");
        QTest::qWait(50); // the layout pass after show (dock sizes)
    }
    ~ShownMainWindow() { window.document()->undoStack()->setClean(); }
};

} // namespace asirace::test
