#include "helpmenu.h"

#include "asirace_version.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace asirace {
namespace {
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

// Actions of the menus in menu-bar order, sub-menus included, each once.
void collect(const QMenu *menu, const QString &path, QList<std::pair<QString, const QAction *>> &out,
             QSet<const QAction *> &seen)
{
    for (const QAction *a : menu->actions()) {
        if (a->menu()) {
            collect(a->menu(), path + QStringLiteral(" > ") + plainText(a), out, seen);
            continue;
        }
        if (!a->isSeparator() && !a->shortcuts().isEmpty() && !seen.contains(a)) {
            seen.insert(a);
            out.push_back({path, a});
        }
    }
}

void showDocument(QWidget *parent, const QString &title, const QString &text, bool markdown)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(markdown ? QStringLiteral("userGuideDialog") : QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(title);
    auto *browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(true);
    if (markdown)
        browser->setMarkdown(text);
    else
        browser->setHtml(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    // Readable on a laptop, never taller than its screen.
    const QSize screen = parent->screen() ? parent->screen()->availableSize() : QSize(1366, 768);
    dialog->resize(std::min(720, screen.width() - 40), std::min(820, screen.height() - 60));
    dialog->show();
}
} // namespace

HelpMenu::HelpMenu(QMainWindow *window, QMenu *menu)
    : QObject(window)
    , m_window(window)
{
    QAction *guide = menu->addAction(tr("&User Guide"), this, &HelpMenu::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How to explore, compare, read the odds, export and share"));
    QAction *keys = menu->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    keys->setShortcut(QKeySequence(QStringLiteral("Ctrl+/")));
    keys->setStatusTip(tr("Every keyboard shortcut of the window"));
    menu->addSeparator();
    QAction *about = menu->addAction(tr("&About ASI Race"), this, [this] {
        QMessageBox::about(m_window, tr("About ASI Race"), aboutText());
    });
    about->setStatusTip(tr("Version, model and data sources"));
}

QString HelpMenu::userGuide()
{
    QFile file(QStringLiteral(":/help/userguide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    return QString::fromUtf8(file.readAll());
}

QString HelpMenu::shortcutsTable(const QMainWindow *window)
{
    QList<std::pair<QString, const QAction *>> actions;
    QSet<const QAction *> seen;
    for (const QAction *top : window->menuBar()->actions())
        if (top->menu())
            collect(top->menu(), plainText(top), actions, seen);
    // Actions on panels and tables rather than in a menu (Edit Distribution on a cell, ...).
    for (const QAction *a : window->findChildren<QAction *>())
        if (!a->menu() && !a->isSeparator() && !a->shortcuts().isEmpty() && !a->associatedObjects().isEmpty() &&
            !seen.contains(a)) {
            seen.insert(a);
            actions.push_back({tr("Panels and tables"), a});
        }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'><tr><th align='left'>%1</th>"
                                  "<th align='left'>%2</th><th align='left'>%3</th></tr>")
                       .arg(tr("Menu"), tr("Action"), tr("Keys"));
    for (const auto &[menu, action] : actions) {
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText).toHtmlEscaped();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td></tr>")
                    .arg(menu.toHtmlEscaped(), plainText(action).toHtmlEscaped(), keys.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("In tables: Enter or F2 edits a cell, Escape cancels, Tab moves on. In value boxes: Enter "
                        "commits, the arrow keys step. On charts: wheel zooms, drag pans, double-click resets."));
    return html;
}

QString HelpMenu::aboutText()
{
    return tr("<b>ASI Race %1</b> (race model v%2)"
              "<p>Which AI lab reaches artificial superintelligence first? A scenario model of compute, "
              "money, partnerships, training runs and capability; docs/MODEL.md gives every equation "
              "and the source of every default.</p>"
              "<p><b>Data sources</b></p><ul>"
              "<li>Epoch AI: per-lab compute estimates (ai-compute-users), Data on AI Models "
              "(frontier training runs), <i>Can AI scaling continue through 2030?</i></li>"
              "<li>Scaling laws: Hoffmann et al. 2022 (Chinchilla) and Epoch AI's 2024 refit</li>"
              "<li>AI 2027 (research speed-ups from automation)</li>"
              "<li>Wang et al. 2024 (mixture-of-experts load balancing)</li>"
              "<li>NVIDIA datasheets, company filings and public partnership terms</li>"
              "</ul><p>Inputs without a source are marked <i>assumption</i>.</p>")
        .arg(QApplication::applicationVersion(), QString::number(kRaceModelVersion));
}

void HelpMenu::showUserGuide() { showDocument(m_window, tr("ASI Race User Guide"), userGuide(), true); }

void HelpMenu::showShortcuts() { showDocument(m_window, tr("Keyboard Shortcuts"), shortcutsTable(m_window), false); }

} // namespace asirace
