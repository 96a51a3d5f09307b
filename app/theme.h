#pragma once
// The window's colours: the system palette by default (a dark desktop gives a
// dark window), or light or dark by choice (View > Theme, remembered in the
// settings). The charts and the headline follow, so a dark window never shows
// white plots.

#include "chartstyle.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace asirace {

class ChartPanel;
class HeadlineBand;

enum class ThemeChoice { System, Light, Dark };

QString themeChoiceKey(ThemeChoice choice); // "system", "light", "dark" (settings)
ThemeChoice themeChoiceFromKey(const QString &key);

// The dashboard charts' colours for a light or a dark window.
ChartStyle screenChartStyle(bool dark);

class Theme : public QObject
{
    Q_OBJECT
public:
    // Remembers the application palette as the system's.
    Theme(ChartPanel *charts, HeadlineBand *headline, QObject *parent);

    void setChoice(ThemeChoice choice);
    ThemeChoice choice() const { return m_choice; }
    bool isDark() const { return m_dark; }

    static QPalette darkPalette();
    static QPalette lightPalette();

signals:
    void changed(bool dark);

protected:
    // Window resizes: a laptop-height window gets a smaller headline.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void styleHeadline();

    ChartPanel *m_charts;
    HeadlineBand *m_headline;
    QPalette m_system;
    ThemeChoice m_choice = ThemeChoice::System;
    bool m_dark = false;
    bool m_compact = false;
};

} // namespace asirace
