#pragma once
// The Help menu: the user guide shipped with the program (resources/help),
// the keyboard shortcuts read from the window's own actions, and About with
// the data sources and the model version.

#include <QObject>
#include <QString>

class QMainWindow;
class QMenu;

namespace asirace {

class HelpMenu : public QObject
{
    Q_OBJECT
public:
    HelpMenu(QMainWindow *window, QMenu *menu);

    // The guide as Markdown (from the resources).
    static QString userGuide();
    // Every action of `window` with a shortcut, as an HTML table (menu, action, keys).
    static QString shortcutsTable(const QMainWindow *window);
    static QString aboutText();

    void showUserGuide();
    void showShortcuts();

private:
    QMainWindow *m_window;
};

} // namespace asirace
