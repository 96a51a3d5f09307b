// The event markers of RaceChart: kept apart from the series code, drawn as
// pooled items during refresh(), so the screen and every export (which paint
// the same chart) show them alike.
#include "racechart.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace asirace {
namespace {
constexpr double kMarkerTolerancePx = 5;
} // namespace


void RaceChart::setEvents(const QList<ChartEvent> &events)
{
    if (events == m_events)
        return;
    m_events = events;
    if (m_result)
        refresh();
}

QList<QCPItemStraightLine *> RaceChart::eventMarkers() const
{
    // In the scenario's order of events (they are drawn in time order).
    auto ordered = m_eventLines;
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &x, const auto &y) { return x.second < y.second; });
    QList<QCPItemStraightLine *> lines;
    for (const auto &[line, index] : ordered)
        lines << line;
    return lines;
}

void RaceChart::addEventMarkers()
{
    m_eventLines.clear();
    m_eventLabels.clear();
    if (!m_result || m_result->months.empty())
        return;
    const double first = m_result->months.front(), last = m_result->months.back();
    const QList<QCPAxis *> axes = timeAxes();
    const QColor colour = m_style.foreground.lighter(160);
    const QFont font = chartFont(std::max(6, m_style.fontPointSize - 2));
    for (int a = 0; a < axes.size(); ++a) {
        QCPAxis *time = axes[a];
        QCPAxis *value = time->axisRect()->axis(QCPAxis::atLeft);
        QList<int> byYear(m_events.size());
        std::iota(byYear.begin(), byYear.end(), 0);
        std::stable_sort(byYear.begin(), byYear.end(), [this](int x, int y) { return m_events[x].year < m_events[y].year; });
        for (int i : byYear) {
            const ChartEvent &event = m_events[i];
            if (event.year < first || event.year > last)
                continue;
            const QString key = QStringLiteral("event:%1:%2").arg(a).arg(i);
            auto *line = poolItem<QCPItemStraightLine>(key, {}, LabBinding::StayVisible);
            line->point1->setAxes(time, value);
            line->point2->setAxes(time, value);
            line->point1->setCoords(event.year, 0);
            line->point2->setCoords(event.year, 1);
            line->setClipAxisRect(time->axisRect());
            line->setPen(QPen(colour, std::max(1.0, 0.6 * m_style.markerScale), Qt::DashLine)); // thin: a date, not data
            line->setSelectable(false);
            m_eventLines.append({line, i});

            // Rotated to read upwards along the line; placeEventLabels() puts it
            // beside the line where it covers no other label.
            auto *label = poolItem<QCPItemText>(key + QStringLiteral(":label"), {}, LabBinding::StayVisible);
            label->setRotation(-90);
            label->setClipAxisRect(time->axisRect());
            label->setText(event.label);
            label->setFont(font);
            label->setColor(colour.darker(130));
            label->setPadding(QMargins(2, 2, 2, 2));
            label->setSelectable(false);
            m_eventLabels.append({label, event.year, time});
        }
    }
}

void RaceChart::placeEventLabels()
{
    // Labels that would cover another label (or no longer fit) stay off:
    // the dashed line and its tooltip still name the event.
    for (const EventLabel &e : std::as_const(m_eventLabels)) {
        QCPItemText *label = e.label;
        const QRectF area = e.time->axisRect()->rect();
        const double x = e.time->coordToPixel(e.year);
        const QSizeF text = LabelPlacer::textSize(*label); // unrotated: the rotated box is text.height() wide
        const double wide = text.height(), tall = text.width();
        if (x < area.left() || x > area.right() || tall + 4 > area.height()) {
            label->setVisible(false);
            continue;
        }
        // Right of the line, then left of it, from the top down in steps.
        QList<QRectF> candidates;
        for (double top = area.top() + 2; top + tall <= area.bottom(); top += std::max(8.0, tall / 4)) {
            candidates << QRectF(x, top, wide, tall) << QRectF(x - wide, top, wide, tall);
        }
        int chosen = m_placer.place(candidates, area, LabelPlacer::Lines::Avoid);
        if (chosen < 0)
            chosen = m_placer.place(candidates, area, LabelPlacer::Lines::Ignore);
        label->setVisible(chosen >= 0);
        if (chosen < 0)
            continue;
        // Rotated by -90 degrees about its position, a top-right aligned text
        // box covers the rectangle right of and below that position.
        const QRectF box = candidates[chosen];
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->position->setCoords(box.left(), box.top());
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    }
}

QString RaceChart::eventTextAt(const QPointF &pos) const
{
    for (const auto &[line, index] : m_eventLines) {
        const double d = line->selectTest(pos, false);
        if (d >= 0 && d < kMarkerTolerancePx && line->clipAxisRect()->rect().contains(pos.toPoint()))
            return m_events[index].tooltip;
    }
    return {};
}

} // namespace asirace
