#pragma once
// Typed access to what the application remembers between sessions. Every key
// is declared here once; nothing else in the program touches QSettings.

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace asirace {

class Settings
{
public:
    static constexpr int kMaxRecentFiles = 8;

    Settings();
    ~Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const; // docks and toolbars
    void setWindowState(const QByteArray &state);

    QString theme() const; // "system" (default), "light" or "dark"
    void setTheme(const QString &theme);

    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &files);
    // Puts `file` first, drops duplicates and the oldest beyond kMaxRecentFiles.
    void addRecentFile(const QString &file);

    QString lastDirectory() const; // for file dialogs; home when never set
    void setLastDirectory(const QString &directory);

    // The author recorded in scenarios this user saves (provenance). Empty until
    // set: the first save asks once, suggesting defaultAuthor().
    QString author() const;
    void setAuthor(const QString &author);
    bool hasAuthor() const;
    // The operating system's user name ($USER, %USERNAME%), or "unknown".
    static QString defaultAuthor();

private:
    QSettings *m_settings;
};

} // namespace asirace
