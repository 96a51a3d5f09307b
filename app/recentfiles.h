#pragma once
// The File > Recent files menu, kept in step with the settings.

#include <QObject>

class QMenu;

namespace asirace {

class Settings;

class RecentFiles : public QObject
{
    Q_OBJECT
public:
    RecentFiles(Settings *settings, QMenu *menu, QObject *parent = nullptr);

    void add(const QString &file); // after a successful open or save
    void remove(const QString &file); // a file that could not be opened any more
    void rebuildMenu();

signals:
    void fileChosen(const QString &file);

private:
    Settings *m_settings;
    QMenu *m_menu;
};

} // namespace asirace
