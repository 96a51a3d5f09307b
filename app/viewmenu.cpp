#include "viewmenu.h"

#include "settings.h"
#include "theme.h"
#include "windowlayout.h"

#include <QActionGroup>
#include <QMenu>

namespace asirace {

ViewMenu::ViewMenu(QMenu *menu, WindowLayout *layout, Theme *theme, Settings *settings, QObject *parent)
    : QObject(parent)
{
    menu->addSeparator();
    m_reset = menu->addAction(tr("Reset &Layout"), this, [layout] { layout->reset(); });
    m_reset->setObjectName(QStringLiteral("resetLayoutAction"));
    m_reset->setStatusTip(tr("Put every panel back where it started, sized for this screen"));

    QMenu *themes = menu->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> choices[] = {
        {ThemeChoice::System, tr("&System")}, {ThemeChoice::Light, tr("&Light")}, {ThemeChoice::Dark, tr("&Dark")}};
    for (const auto &[choice, text] : choices) {
        QAction *a = themes->addAction(text);
        a->setCheckable(true);
        a->setData(themeChoiceKey(choice));
        a->setChecked(choice == theme->choice());
        group->addAction(a);
        m_themes << a;
        connect(a, &QAction::triggered, this, [theme, settings, choice = choice] {
            theme->setChoice(choice);
            settings->setTheme(themeChoiceKey(choice));
        });
    }
    themes->actions().at(0)->setStatusTip(tr("Follow the desktop's colours"));
}

QAction *ViewMenu::themeAction(const QString &key) const
{
    for (QAction *a : m_themes)
        if (a->data().toString() == key)
            return a;
    return nullptr;
}

} // namespace asirace
