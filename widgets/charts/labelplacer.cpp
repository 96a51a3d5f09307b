#include "labelplacer.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace asirace {

namespace {
// Pixels outside this span are far off screen; their segments are not stored.
constexpr double kMinPx = -4000, kMaxPx = 20000;

// Liang-Barsky: does the segment a-b pass through r?
bool segmentHits(const QPointF &a, const QPointF &b, const QRectF &r)
{
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[] = {-dx, dx, -dy, dy};
    const double q[] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

bool inside(const QRectF &rect, const QRectF &bounds)
{
    return rect.left() >= bounds.left() - 0.01 && rect.right() <= bounds.right() + 0.01 &&
           rect.top() >= bounds.top() - 0.01 && rect.bottom() <= bounds.bottom() + 0.01;
}

// Touching edges are fine; a shared pixel row is not.
QRectF core(const QRectF &r) { return r.adjusted(0.5, 0.5, -0.5, -0.5); }

// QCPAxis::coordToPixel with its constants worked out once per axis: a layout
// pass maps every point of every line (two logarithms and two divisions each
// on a log axis, there), and a chart lays out again on every slider tick.
// Same mapping up to rounding; values a log axis cannot show go to the axis.
class PixelMap
{
public:
    explicit PixelMap(const QCPAxis &axis)
        : m_axis(axis)
        , m_log(axis.scaleType() == QCPAxis::stLogarithmic)
    {
        const QCPRange r = axis.range();
        const QRect rect = axis.axisRect()->rect();
        const bool horizontal = axis.orientation() == Qt::Horizontal;
        m_origin = horizontal ? rect.left() : rect.bottom();
        const double span = horizontal ? rect.width() : -rect.height();
        // Fraction of the axis: t = (f(v) - f(lower)) / (f(upper) - f(lower)), reversed 1 - t; f = log on log axes.
        const double lo = m_log ? std::log(r.lower) : r.lower, hi = m_log ? std::log(r.upper) : r.upper;
        const double size = hi - lo;
        m_slope = (axis.rangeReversed() ? -span : span) / size;
        m_offset = axis.rangeReversed() ? m_origin + span * hi / size : m_origin - span * lo / size;
        m_fast = std::isfinite(m_slope) && std::isfinite(m_offset) && (!m_log || (r.lower > 0 && r.upper > 0));
    }
    double operator()(double value) const
    {
        if (!m_fast || (m_log && !(value > 0)))
            return m_axis.coordToPixel(value);
        return m_offset + m_slope * (m_log ? std::log(value) : value);
    }

private:
    const QCPAxis &m_axis;
    bool m_log = false;
    bool m_fast = false;
    double m_origin = 0, m_slope = 0, m_offset = 0;
};
} // namespace

void LabelPlacer::clear()
{
    m_bands.clear();
    m_obstacles.clear();
    m_marks.clear();
    m_labels.clear();
}

void LabelPlacer::addLine(const QPolygonF &pixels)
{
    for (qsizetype i = 1; i < pixels.size(); ++i) {
        const QPointF a = pixels[i - 1], b = pixels[i];
        if (!std::isfinite(a.x()) || !std::isfinite(a.y()) || !std::isfinite(b.x()) || !std::isfinite(b.y()))
            continue;
        const double left = std::max(std::min(a.x(), b.x()), kMinPx), right = std::min(std::max(a.x(), b.x()), kMaxPx);
        if (left > right)
            continue;
        for (int band = int(std::floor(left / kBandPx)); band <= int(std::floor(right / kBandPx)); ++band)
            m_bands[band].append({a, b});
    }
}

void LabelPlacer::addObstacle(const QRectF &pixels) { m_obstacles << pixels; }

void LabelPlacer::addVerticalMark(double x, double top, double bottom) { m_marks.append({x, top, bottom}); }

int LabelPlacer::marksThrough(const QRectF &rect) const
{
    const QRectF c = rect.adjusted(1, 1, -1, -1); // a mark along the label's edge does not cross its text
    return int(std::count_if(m_marks.begin(), m_marks.end(), [&](const Mark &m) {
        return m.x > c.left() && m.x < c.right() && m.bottom > c.top() && m.top < c.bottom();
    }));
}

void LabelPlacer::claim(const QRectF &pixels) { m_labels << pixels; }

bool LabelPlacer::coversLabel(const QRectF &rect) const
{
    const QRectF c = core(rect);
    return std::any_of(m_labels.begin(), m_labels.end(), [&](const QRectF &r) { return core(r).intersects(c); });
}

int LabelPlacer::linesThrough(const QRectF &rect, int stopAt) const
{
    const QRectF c = rect.adjusted(1, 1, -1, -1); // a line grazing the padding does not hide text
    int hits = 0;
    for (int band = int(std::floor(c.left() / kBandPx)); band <= int(std::floor(c.right() / kBandPx)); ++band) {
        const auto it = m_bands.constFind(band);
        if (it == m_bands.constEnd())
            continue;
        for (const Segment &s : *it)
            if (segmentHits(s.a, s.b, c) && ++hits >= stopAt)
                return hits;
    }
    return hits;
}

int LabelPlacer::obstaclesUnder(const QRectF &rect) const
{
    const QRectF c = core(rect);
    return int(std::count_if(m_obstacles.begin(), m_obstacles.end(), [&](const QRectF &r) { return r.intersects(c); }));
}

int LabelPlacer::place(const QList<QRectF> &candidates, const QRectF &bounds, Lines lines)
{
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QRectF &r = candidates[i];
        if (!inside(r, bounds) || coversLabel(r) || obstaclesUnder(r) > 0)
            continue;
        if (lines != Lines::Ignore && linesThrough(r) > 0)
            continue;
        if (lines == Lines::Avoid && marksThrough(r) > 0)
            continue;
        claim(r);
        return int(i);
    }
    return -1;
}

int LabelPlacer::placeBestEffort(const QList<QRectF> &candidates, const QRectF &bounds, Lines lines)
{
    if (const int free = place(candidates, bounds, lines); free >= 0)
        return free;
    int best = -1, bestCost = 0;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QRectF &r = candidates[i];
        if (!inside(r, bounds) || coversLabel(r))
            continue;
        const int cost = 4 * obstaclesUnder(r) + (lines != Lines::Ignore ? linesThrough(r, 50) : 0) +
                         (lines == Lines::Avoid ? marksThrough(r) : 0);
        if (best < 0 || cost < bestCost) {
            best = int(i);
            bestCost = cost;
        }
    }
    if (best >= 0)
        claim(candidates[best]);
    return best;
}

void LabelPlacer::addGraphLines(const QCustomPlot &plot)
{
    for (int i = 0; i < plot.graphCount(); ++i) {
        const QCPGraph *g = plot.graph(i);
        if (!g->realVisibility() || g->lineStyle() == QCPGraph::lsNone || g->data()->isEmpty())
            continue;
        const QCPAxis *x = g->keyAxis();
        const QCPAxis *y = g->valueAxis();
        const PixelMap px(*x), py(*y);
        // Only the years in view, plus one point either side so edge segments count.
        auto begin = g->data()->findBegin(x->range().lower);
        auto end = g->data()->findEnd(x->range().upper);
        QPolygonF line;
        line.reserve(int(end - begin));
        for (auto it = begin; it != end; ++it)
            line << (std::isfinite(it->value) ? QPointF(px(it->key), py(it->value)) : QPointF(qQNaN(), qQNaN()));
        addLine(line);
    }
}

QSizeF LabelPlacer::textSize(const QCPItemText &label)
{
    // Every layout pass measures every label again, mostly the same texts in
    // the same fonts (a slider tick moves lines, not words): measured once.
    // Keyed by the whole font, so another size, family or weight (exports,
    // themes) is measured anew. GUI thread only.
    struct Key {
        QFont font;
        QString text;
        int flags;
        bool operator==(const Key &o) const { return flags == o.flags && text == o.text && font == o.font; }
    };
    struct KeyHash {
        size_t operator()(const Key &k) const { return qHashMulti(0, k.font, k.text, k.flags); }
    };
    static std::unordered_map<Key, QSize, KeyHash> measured;
    const int flags = Qt::TextDontClip | label.textAlignment();
    Key key{label.font(), label.text(), flags};
    auto it = measured.find(key);
    if (it == measured.end()) {
        if (measured.size() > 4096)
            measured.clear(); // bounded; labels come and go with scenarios
        it = measured.emplace(std::move(key), QFontMetrics(label.font()).boundingRect(0, 0, 0, 0, flags, label.text()).size()).first;
    }
    const QSize text = it->second;
    const QMargins p = label.padding();
    return QSizeF(text.width() + p.left() + p.right(), text.height() + p.top() + p.bottom());
}

void LabelPlacer::moveLabel(QCPItemText &label, const QPointF &topLeft)
{
    label.position->setParentAnchor(nullptr);
    label.position->setType(QCPItemPosition::ptAbsolute);
    label.position->setCoords(topLeft);
    label.setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
}

} // namespace asirace
