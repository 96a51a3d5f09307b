#pragma once
// How a chart is drawn: screen defaults are lean (1 px lines, small type);
// exports switch to presentation sizes through the same chart code.

#include <QColor>
#include <QString>

namespace asirace {

struct ChartStyle {
    qreal lineWidth = 1.0;      // lab series [px]
    int fontPointSize = 9;      // tick labels, legend
    int labelPointSize = 9;     // axis labels, annotations
    int titlePointSize = 11;    // chart title
    // The least size names and dates on the plot are drawn at: what does not
    // fit at it is left out or merged (and said so), not shrunk further.
    int legibleFontSize = 7;
    // Exports set sizes in pixels: pixel fonts measure and draw the same on
    // every paint device (PNG, SVG at 72 dpi, PDF at 150 dpi), point fonts do not.
    bool pixelFonts = false;
    qreal markerScale = 1.0;    // point markers and annotation pens (exports enlarge them)
    // Hatched fills; off for SVG, whose pattern masks many slide tools draw black.
    bool patternFills = true;
    QString fontFamily;         // empty = application default
    QColor background = Qt::white;
    QColor foreground = QColor(0x33, 0x33, 0x33); // text and axes
    QColor grid = QColor(0xe3, 0xe3, 0xe3);
    QColor subGrid = QColor(0xf2, 0xf2, 0xf2);
    QColor muted = QColor(0x99, 0x99, 0x99); // hidden labs in legends, thresholds
    bool showTitle = true;

    static ChartStyle screen() { return {}; }
};

} // namespace asirace
