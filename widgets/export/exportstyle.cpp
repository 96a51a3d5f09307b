#include "exportstyle.h"

#include <algorithm>
#include <cmath>

namespace asirace {

namespace {
const QString kFontFamily = QStringLiteral("DejaVu Sans"); // installed by scripts/setup; wide glyph coverage (κ, ₁₀, ×)

int px(double base, double factor, int minimum = 1)
{
    return std::max(minimum, int(std::lround(base * factor)));
}
} // namespace

QFont FigureStyle::font(int pixelSize, bool bold) const
{
    QFont f(kFontFamily);
    f.setPixelSize(std::max(pixelSize, 1));
    f.setBold(bold);
    return f;
}

FigureStyle figureStyle(ExportTheme theme, const QSize &layoutSize)
{
    FigureStyle s;
    // Type follows the smaller of the two ratios, so a 4:3 or A4 page keeps the
    // proportions of a 16:9 slide instead of overflowing sideways.
    s.factor = std::clamp(std::min(layoutSize.width() / 1920.0, layoutSize.height() / 1080.0), 0.4, 4.0);
    const double f = s.factor;
    s.titlePx = px(40, f);
    s.subtitlePx = px(22, f);
    s.footnotePx = px(16, f, 8);
    s.marginPx = px(44, f);
    s.topPx = px(30, f);
    s.bottomPx = px(22, f);
    s.gapPx = px(18, f);
    s.legendIcon = QSize(px(46, f), px(20, f));

    ChartStyle &c = s.chart;
    c.pixelFonts = true;
    c.fontFamily = kFontFamily;
    c.fontPointSize = px(18, f, 8);  // tick labels, legend, annotations
    c.labelPointSize = px(20, f, 8); // axis labels
    c.titlePointSize = px(28, f, 8);
    c.legibleFontSize = std::min(c.fontPointSize, 9); // pixels: 7 pt at 96 dpi
    c.showTitle = false;             // the figure draws title and subtitle above the chart
    c.lineWidth = std::max(3.0, 3.5 * f);
    c.markerScale = std::max(1.5, 2.0 * f);

    if (theme == ExportTheme::Dark) {
        s.background = QColor(0x11, 0x18, 0x27);
        s.text = QColor(0xf3, 0xf4, 0xf6);
        s.muted = QColor(0x9c, 0xa3, 0xaf);
        s.rule = QColor(0x37, 0x41, 0x51);
        c.background = s.background;
        c.foreground = QColor(0xe5, 0xe7, 0xeb);
        c.grid = QColor(0x33, 0x3d, 0x4d);
        c.subGrid = QColor(0x1f, 0x29, 0x37);
        c.muted = QColor(0x8b, 0x93, 0xa1);
    } else {
        s.background = Qt::white;
        s.text = QColor(0x11, 0x18, 0x27);
        s.muted = QColor(0x4b, 0x55, 0x63);
        s.rule = QColor(0xd1, 0xd5, 0xdb);
        c.background = s.background;
        c.foreground = QColor(0x1f, 0x29, 0x37);
        c.grid = QColor(0xe5, 0xe7, 0xeb);
        c.subGrid = QColor(0xf3, 0xf4, 0xf6);
        c.muted = QColor(0x9c, 0xa3, 0xaf);
    }
    return s;
}

} // namespace asirace
