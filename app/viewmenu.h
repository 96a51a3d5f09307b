#pragma once
// The View menu's own entries (after the dock toggles): Reset Layout and the
// Theme choice (System / Light / Dark), which the settings remember.

#include <QObject>

class QAction;
class QMenu;

namespace asirace {

class Settings;
class Theme;
class WindowLayout;

class ViewMenu : public QObject
{
    Q_OBJECT
public:
    ViewMenu(QMenu *menu, WindowLayout *layout, Theme *theme, Settings *settings, QObject *parent);

    QAction *resetLayoutAction() const { return m_reset; }
    QAction *themeAction(const QString &key) const; // "system", "light", "dark"

private:
    QAction *m_reset;
    QList<QAction *> m_themes;
};

} // namespace asirace
