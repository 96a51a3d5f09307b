#pragma once
// The top-level window of type T now on screen (a dialog a test must answer).

#include <QApplication>
#include <QWidget>

template <class T>
T *visibleWindow()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<T *>(w); window && window->isVisible())
            return window;
    return nullptr;
}
