#include "theme.h"

#include "chartpanel.h"
#include "headlineband.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace asirace {
namespace {
bool looksDark(const QPalette &p) { return p.color(QPalette::Window).lightness() < 128; }
} // namespace

QString themeChoiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light: return QStringLiteral("light");
    case ThemeChoice::Dark: return QStringLiteral("dark");
    case ThemeChoice::System: break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return ThemeChoice::Light;
    if (key == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

ChartStyle screenChartStyle(bool dark)
{
    ChartStyle s = ChartStyle::screen();
    if (dark) {
        // The colours of the dark export theme, so a dark slide matches the screen.
        s.background = QColor(0x11, 0x18, 0x27);
        s.foreground = QColor(0xe5, 0xe7, 0xeb);
        s.grid = QColor(0x33, 0x3d, 0x4d);
        s.subGrid = QColor(0x1f, 0x29, 0x37);
        s.muted = QColor(0x8b, 0x93, 0xa1);
    }
    return s;
}

QPalette Theme::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QApplication::style()->standardPalette();
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x23, 0x2b), base(0x16, 0x19, 0x1f), text(0xe6, 0xe8, 0xeb), disabled(0x6b, 0x72, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x27, 0x30));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x30, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9c, 0xa3, 0xaf));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x2f, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x38, 0x42));
    p.setColor(QPalette::Mid, QColor(0x26, 0x2b, 0x33));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x08, 0x09, 0x0b));
    p.setColor(QPalette::Highlight, QColor(0x3b, 0x6f, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x40, 0x4b));
    return p;
}

Theme::Theme(ChartPanel *charts, HeadlineBand *headline, QObject *parent)
    : QObject(parent)
    , m_charts(charts)
    , m_headline(headline)
    , m_system(QApplication::palette())
{
    m_headline->window()->installEventFilter(this);
    apply();
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_headline->window()) {
        const bool compact = m_headline->window()->height() < 900;
        if (compact != m_compact) {
            m_compact = compact;
            styleHeadline();
        }
    }
    return QObject::eventFilter(watched, event);
}

void Theme::styleHeadline()
{
    // A band in a tint of the window colour; one size smaller on a laptop, where
    // every line of text is a line less of the charts. The Compare line is
    // smaller still and not bold, so it fits on one line beside the headline's.
    const QString headline = m_compact ? QStringLiteral("font-size: 14pt; padding: 5px 16px;")
                                       : QStringLiteral("font-size: 17pt; padding: 10px 16px;");
    const QString detail = m_compact ? QStringLiteral("font-size: 10.5pt; padding: 0 16px 5px 16px;")
                                     : QStringLiteral("font-size: 12.5pt; padding: 0 16px 10px 16px;");
    const QString ink = m_dark ? QStringLiteral("#f1f5f9") : QStringLiteral("#0f172a");
    m_headline->setStyleSheet(
        QStringLiteral("QFrame#headlineBand { background: %1; border-bottom: 1px solid %2; }"
                       "QLabel#headline { %3 font-weight: 600; color: %4; background: transparent; }"
                       "QLabel#headlineDetail { %5 font-weight: 400; color: %4; background: transparent; }")
            .arg(m_dark ? QStringLiteral("#0f172a") : QStringLiteral("#f1f5f9"),
                 m_dark ? QStringLiteral("#334155") : QStringLiteral("#cbd5e1"), headline, ink, detail));
}

void Theme::setChoice(ThemeChoice choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    apply();
}

void Theme::apply()
{
    QPalette palette = m_system;
    if (m_choice == ThemeChoice::Light)
        palette = lightPalette();
    else if (m_choice == ThemeChoice::Dark)
        palette = darkPalette();
    QApplication::setPalette(palette);
    m_dark = looksDark(palette);

    styleHeadline();
    const ChartStyle style = screenChartStyle(m_dark);
    for (RaceChart *chart : m_charts->charts())
        chart->setChartStyle(style);
    emit changed(m_dark);
}

} // namespace asirace
