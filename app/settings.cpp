#include "settings.h"

#include <QDir>
#include <QSettings>

namespace asirace {
namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kTheme = QStringLiteral("window/theme");
const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastDirectory = QStringLiteral("files/lastDirectory");
const QString kAuthor = QStringLiteral("provenance/author");
} // namespace

Settings::Settings()
    : m_settings(new QSettings)
{
}

Settings::~Settings() { delete m_settings; }

QByteArray Settings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &geometry) { m_settings->setValue(kGeometry, geometry); }
QByteArray Settings::windowState() const { return m_settings->value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray &state) { m_settings->setValue(kState, state); }

QString Settings::theme() const { return m_settings->value(kTheme, QStringLiteral("system")).toString(); }
void Settings::setTheme(const QString &theme) { m_settings->setValue(kTheme, theme); }

QStringList Settings::recentFiles() const { return m_settings->value(kRecentFiles).toStringList(); }
void Settings::setRecentFiles(const QStringList &files) { m_settings->setValue(kRecentFiles, files); }

void Settings::addRecentFile(const QString &file)
{
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    setRecentFiles(files);
}

QString Settings::lastDirectory() const { return m_settings->value(kLastDirectory, QDir::homePath()).toString(); }
void Settings::setLastDirectory(const QString &directory) { m_settings->setValue(kLastDirectory, directory); }

QString Settings::author() const { return m_settings->value(kAuthor).toString(); }
void Settings::setAuthor(const QString &author) { m_settings->setValue(kAuthor, author); }
bool Settings::hasAuthor() const { return m_settings->contains(kAuthor); }

QString Settings::defaultAuthor()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace asirace
