#pragma once
// Presentation styling for exported charts: type, line widths and colours
// sized from the layout size (the reference is 1920×1080, where tick labels
// are 18 px, axis labels 20 px and lab lines 3.5 px), in a light or dark theme.

#include "chartstyle.h"
#include "exportoptions.h"

#include <QColor>
#include <QFont>
#include <QSize>

namespace asirace {

struct FigureStyle {
    ChartStyle chart;        // handed to the off-screen chart (pixel fonts)
    double factor = 1.0;     // size relative to 1920×1080
    int titlePx = 40;
    int subtitlePx = 22;
    int footnotePx = 16;
    int marginPx = 40;       // left and right
    int topPx = 28;
    int bottomPx = 20;
    int gapPx = 18;          // between the text blocks and the chart
    QSize legendIcon{44, 18};
    QColor background, text, muted, rule;

    QFont font(int pixelSize, bool bold = false) const;
};

FigureStyle figureStyle(ExportTheme theme, const QSize &layoutSize);

} // namespace asirace
