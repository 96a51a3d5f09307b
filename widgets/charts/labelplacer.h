#pragma once
// The one label-placement mechanism of the charts. During each layout pass a
// chart fills a LabelPlacer with what labels must not cover (its plotted lines
// in pixels, bars and markers), then offers each label a list of candidate
// rectangles in order of preference; the placer takes the first one that lies
// inside the label's area and is free. Labels placed earlier are obstacles for
// later ones, so no two labels overlap. Screen replots and every export run
// the same layout pass, so they place labels alike at any size.

#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <QHash>

class QCPItemText;
class QCustomPlot;

namespace asirace {

class LabelPlacer
{
public:
    // Avoid: plotted lines and marks; AvoidData: plotted lines only (labels on an
    // opaque box may cover a dashed mark); Ignore: labels that run along lines (event dates).
    enum class Lines { Avoid, AvoidData, Ignore };

    void clear();
    // A plotted line in pixels; NaN points break it.
    void addLine(const QPolygonF &pixels);
    // A vertical mark (a dashed event line) from top to bottom at x, pixels.
    void addVerticalMark(double x, double top, double bottom);
    int marksThrough(const QRectF &rect) const;
    // Never covered by a label (bars, markers, points).
    void addObstacle(const QRectF &pixels);
    // Reserved for a label: later labels keep off it.
    void claim(const QRectF &pixels);

    // The first candidate inside `bounds` that is free, claimed; -1 if none is.
    int place(const QList<QRectF> &candidates, const QRectF &bounds, Lines lines = Lines::Avoid);
    // Like place(), but when no candidate is free takes the inside candidate that
    // covers no label and the fewest lines and obstacles; -1 only when none
    // lies inside `bounds` clear of other labels.
    int placeBestEffort(const QList<QRectF> &candidates, const QRectF &bounds, Lines lines = Lines::Avoid);

    bool coversLabel(const QRectF &rect) const;
    int linesThrough(const QRectF &rect, int stopAt = 1) const; // counts up to stopAt
    int obstaclesUnder(const QRectF &rect) const;

    // Every visible line graph of the chart, at its current axis ranges.
    void addGraphLines(const QCustomPlot &plot);

    // The pixel size an unrotated text item takes, padding included.
    static QSizeF textSize(const QCPItemText &label);
    // Puts the label's top-left corner at `pixels` (absolute, unrotated labels only).
    static void moveLabel(QCPItemText &label, const QPointF &topLeft);

private:
    struct Segment {
        QPointF a, b;
    };
    // Segments bucketed by pixel column band: a label only tests its own bands.
    static constexpr double kBandPx = 32;
    QHash<int, QList<Segment>> m_bands;
    QList<QRectF> m_obstacles;
    struct Mark {
        double x, top, bottom;
    };
    QList<Mark> m_marks;
    QList<QRectF> m_labels;
};

} // namespace asirace
