#include "windowlayout.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QTabBar>
#include <QTimer>

#include <algorithm>

namespace asirace {

WindowLayout::WindowLayout(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

QDockWidget *WindowLayout::dock(const char *name) const
{
    return m_window->findChild<QDockWidget *>(QLatin1String(name));
}

QRect WindowLayout::availableGeometry() const
{
    QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
}

void WindowLayout::captureDefault() { m_defaultState = m_window->saveState(kStateVersion); }

QByteArray WindowLayout::saveState() const { return m_window->saveState(kStateVersion); }

void WindowLayout::fillScreen()
{
    // The whole available area (not a fixed 1600x1000): a laptop gets all of
    // its 1366x768, a large monitor is used rather than left empty.
    const QRect area = availableGeometry();
    m_window->setGeometry(area);
}

int WindowLayout::defaultAssumptionsWidth() const { return std::clamp(m_window->width() / 4, 320, 460); }

int WindowLayout::defaultLabsHeight() const { return std::clamp(m_window->height() * 36 / 100, 230, 420); }

void WindowLayout::splitBottomRow(int assumptionsWidth)
{
    // Labs beside the Leaderboard: the board gets 9/20 of the row, never less
    // than it needs to show every column.
    QDockWidget *labs = dock("labsDock");
    QDockWidget *board = dock("leaderboardDock");
    if (!labs || !board)
        return;
    const int rest = m_window->width() - assumptionsWidth;
    const int boardWidth = std::max(board->minimumSizeHint().width(), rest * 9 / 20);
    m_window->resizeDocks({labs, board}, {std::max(200, rest - boardWidth), boardWidth}, Qt::Horizontal);
}

int WindowLayout::widthNeeded(const QDockWidget *d) const
{
    // Its contents' minimum, and when it shares a tab bar, every tab's title whole.
    int need = d->minimumSizeHint().width();
    for (const QTabBar *tabs : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        if (!tabs->isVisible())
            continue;
        for (int t = 0; t < tabs->count(); ++t)
            if (tabs->tabText(t) == d->windowTitle())
                need = std::max(need, tabs->sizeHint().width());
    }
    return need;
}

void WindowLayout::sizeDocks()
{
    // Shares of the window, not pixels: the same proportions on every screen.
    // The bottom row (Labs beside the Leaderboard) gets a third of the height,
    // enough for 5 leaderboard rows and 3 lab rows at 768 px; the charts the rest.
    QDockWidget *assumptions = dock("assumptionsDock");
    const int assumptionsWidth = defaultAssumptionsWidth();
    if (assumptions)
        m_window->resizeDocks({assumptions}, {assumptionsWidth}, Qt::Horizontal);
    splitBottomRow(assumptions && !assumptions->isFloating() ? assumptionsWidth : 0);
    if (QDockWidget *labs = dock("labsDock"))
        m_window->resizeDocks({labs}, {defaultLabsHeight()}, Qt::Vertical);
}

void WindowLayout::clampToScreen()
{
    const QRect area = availableGeometry();
    QRect frame = m_window->frameGeometry();
    const QSize extra = frame.size() - m_window->geometry().size(); // the window manager's frame
    const QSize fits = area.size() - extra;
    if (m_window->width() > fits.width() || m_window->height() > fits.height())
        m_window->resize(std::min(m_window->width(), fits.width()), std::min(m_window->height(), fits.height()));
    frame = m_window->frameGeometry();
    // Entirely on this screen: a position saved on a wider desktop may be off it.
    const int x = std::clamp(frame.x(), area.left(), std::max(area.left(), area.right() + 1 - frame.width()));
    const int y = std::clamp(frame.y(), area.top(), std::max(area.top(), area.bottom() + 1 - frame.height()));
    if (x != frame.x() || y != frame.y())
        m_window->move(x, y);
}

void WindowLayout::clampDocks()
{
    // A state saved on a larger screen keeps its dock sizes in pixels: the
    // charts would shrink to nothing and the leaderboard lose its columns.
    const QSize size = m_window->size();
    QDockWidget *assumptions = dock("assumptionsDock");
    QDockWidget *labs = dock("labsDock");
    // Squeezed ones are widened again: the window may have shrunk to fit.
    const bool docked = assumptions && !assumptions->isFloating();
    if (docked && (assumptions->width() > size.width() * 2 / 5 || assumptions->width() < std::min(320, size.width() / 4)))
        m_window->resizeDocks({assumptions}, {defaultAssumptionsWidth()}, Qt::Horizontal);
    // The bottom row keeps its saved pixels too: on a narrower window the
    // Leaderboard could end up with a sliver (199 px of the 330 its tabs
    // need). A side narrower than it needs gets the default split back; a
    // split the user chose that fits is kept.
    QDockWidget *board = dock("leaderboardDock");
    if (labs && board && !labs->isFloating() && !board->isFloating() &&
        (labs->width() < widthNeeded(labs) || board->width() < widthNeeded(board)))
        splitBottomRow(docked ? assumptions->width() : 0);
    if (labs && !labs->isFloating() && (labs->height() > size.height() / 2 || labs->height() < std::min(230, size.height() / 3)))
        m_window->resizeDocks({labs}, {defaultLabsHeight()}, Qt::Vertical);
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>()) {
        if (!d->isFloating())
            continue;
        // A floating dock from another screen comes back where it can be seen.
        const QRect area = availableGeometry();
        QRect g = d->geometry();
        g.setSize(g.size().boundedTo(area.size()));
        g.moveLeft(std::clamp(g.left(), area.left(), area.right() + 1 - g.width()));
        g.moveTop(std::clamp(g.top(), area.top(), area.bottom() + 1 - g.height()));
        d->setGeometry(g);
    }
}

void WindowLayout::restore(const QByteArray &geometry, const QByteArray &state)
{
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry))
        fillScreen();
    clampToScreen();
    const bool restored = !state.isEmpty() && m_window->restoreState(state, kStateVersion);
    if (!restored)
        sizeDocks();
    // The docks' minimum sizes in the restored state may have grown the window past the screen.
    clampToScreen();
    // Again once shown: only then do the docks have their real sizes.
    // The window manager's frame is known then too: the frame, not only the
    // client area, must fit the screen.
    QTimer::singleShot(0, this, [this, restored] {
        clampToScreen();
        restored ? clampDocks() : sizeDocks();
    });
}

void WindowLayout::reset()
{
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>())
        d->setFloating(false);
    if (!m_defaultState.isEmpty())
        m_window->restoreState(m_defaultState, kStateVersion);
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>())
        d->show(); // closed docks come back too
    if (QDockWidget *labs = dock("labsDock"))
        labs->raise();
    sizeDocks();
}

} // namespace asirace
