#pragma once
// Where the main window and its docks go on whatever screen it opens on: the
// first start fills the available screen area, a layout saved on another
// screen is clamped to this one (window inside the screen, docks no larger
// than a share of the window), and View > Reset Layout returns to the layout
// the window was built with, sized for the current screen.

#include <QByteArray>
#include <QObject>
#include <QRect>

class QDockWidget;
class QMainWindow;

namespace asirace {

class WindowLayout : public QObject
{
    Q_OBJECT
public:
    // Bumped when the dock arrangement changes: an older saved state is ignored.
    static constexpr int kStateVersion = 4;

    explicit WindowLayout(QMainWindow *window); // a child of `window`

    // Call once the docks exist: the arrangement Reset Layout returns to.
    void captureDefault();
    // Restores a saved geometry and dock state, or lays out afresh when there is none.
    void restore(const QByteArray &geometry, const QByteArray &state);
    QByteArray saveState() const;
    // The built-in arrangement, sized for the screen the window is on.
    void reset();

    // The screen area the window may use (the screen it is on, or the primary one).
    QRect availableGeometry() const;

private:
    void fillScreen();
    void sizeDocks();
    int defaultAssumptionsWidth() const; // a quarter of the window, 320-460 px
    int defaultLabsHeight() const;       // 36% of the window, 230-420 px
    void splitBottomRow(int assumptionsWidth);
    int widthNeeded(const QDockWidget *d) const; // wide enough for its contents and its tabs' titles
    void clampToScreen();
    void clampDocks();
    QDockWidget *dock(const char *name) const;

    QMainWindow *m_window;
    QByteArray m_defaultState;
};

} // namespace asirace
