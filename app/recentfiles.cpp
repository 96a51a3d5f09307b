#include "recentfiles.h"

#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace asirace {

RecentFiles::RecentFiles(Settings *settings, QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_menu(menu)
{
    rebuildMenu();
}

void RecentFiles::add(const QString &file)
{
    m_settings->addRecentFile(QFileInfo(file).absoluteFilePath());
    rebuildMenu();
}

void RecentFiles::remove(const QString &file)
{
    QStringList files = m_settings->recentFiles();
    files.removeAll(QFileInfo(file).absoluteFilePath());
    m_settings->setRecentFiles(files);
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList files = m_settings->recentFiles();
    int n = 1;
    for (const QString &file : files) {
        const QString label = QStringLiteral("&%1 %2").arg(n++).arg(QFileInfo(file).fileName());
        QAction *action = m_menu->addAction(label);
        action->setStatusTip(QDir::toNativeSeparators(file));
        action->setToolTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit fileChosen(file); });
    }
    if (files.isEmpty())
        m_menu->addAction(tr("(none)"))->setEnabled(false);
    else {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Clear list")), &QAction::triggered, this, [this] {
            m_settings->setRecentFiles({});
            rebuildMenu();
        });
    }
}

} // namespace asirace
