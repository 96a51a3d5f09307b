// The event markers of RaceChart: kept apart from the series code, drawn as
// pooled items during refresh(), so the screen and every export (which paint
// the same chart) show them alike.
#include "racechart.h"

#include "racetext.h"

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
            m_eventLabels.append({label, event.year, time, i});
        }
    }
}

void RaceChart::placeEventLabels()
{
    // Events closer together than a label's width share one label ("3 events,
    // Feb-Apr 2026", its tooltip lists them): side by side, rotated labels
    // would cross each other's lines and read as one block. A label that would
    // cover another label (or no longer fits) stays off: the dashed line and
    // its tooltip still name the event.
    m_eventGroupTips.clear();
    QList<int> shown; // indices into m_eventLabels whose line is in view, per axis in time order
    for (int i = 0; i < m_eventLabels.size(); ++i) {
        const EventLabel &e = m_eventLabels[i];
        e.label->setText(m_events[e.event].label);
        const QRectF area = e.time->axisRect()->rect();
        const double x = e.time->coordToPixel(e.year);
        const bool inView = x >= area.left() && x <= area.right();
        e.label->setVisible(inView);
        if (inView)
            shown << i;
    }
    for (qsizetype g = 0; g < shown.size();) {
        const qsizetype begin = g;
        const EventLabel &first = m_eventLabels[shown[g]];
        const QRectF area = first.time->axisRect()->rect();
        const double wide = LabelPlacer::textSize(*first.label).height(); // rotated: the text's height is its width
        const double gap = 3;
        qsizetype end = g + 1;
        double lastX = first.time->coordToPixel(first.year);
        while (end < shown.size()) {
            const EventLabel &next = m_eventLabels[shown[end]];
            const double x = next.time->coordToPixel(next.year);
            if (next.time != first.time || x - lastX >= wide + gap)
                break;
            lastX = x;
            ++end;
        }
        const double firstX = first.time->coordToPixel(first.year);
        QCPItemText *label = first.label;
        if (end - g > 1) {
            const EventLabel &last = m_eventLabels[shown[end - 1]];
            QString from = formatMonthYear(first.year);
            const QString to = formatMonthYear(last.year);
            if (from != to && from.section(QLatin1Char(' '), -1) == to.section(QLatin1Char(' '), -1))
                from = from.section(QLatin1Char(' '), 0, -2); // "Feb-Apr 2026"
            label->setText(from == to ? tr("%1 events, %2").arg(end - g).arg(to)
                                      : tr("%1 events, %2\u2013%3").arg(end - g).arg(from, to));
            for (qsizetype k = g + 1; k < end; ++k)
                m_eventLabels[shown[k]].label->setVisible(false);
        }
        const QSizeF text = LabelPlacer::textSize(*label); // unrotated: the rotated box is text.height() wide
        const double tall = text.width();
        g = end;
        if (tall + 4 > area.height()) {
            label->setVisible(false);
            continue;
        }
        // Right of the group's last line, then left of its first, from the top down in steps.
        QList<QRectF> candidates;
        for (double top = area.top() + 2; top + tall <= area.bottom(); top += std::max(8.0, tall / 4))
            candidates << QRectF(lastX, top, wide, tall) << QRectF(firstX - wide, top, wide, tall);
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
        if (end - begin > 1) {
            QStringList tips;
            for (qsizetype k = begin; k < end; ++k)
                tips << m_events[m_eventLabels[shown[k]].event].tooltip;
            m_eventGroupTips.append({box, tips.join(QStringLiteral("\n\n"))});
        }
    }
}

QString RaceChart::eventTextAt(const QPointF &pos) const
{
    for (const auto &[box, tip] : m_eventGroupTips)
        if (box.contains(pos))
            return tip;
    for (const auto &[line, index] : m_eventLines) {
        const double d = line->selectTest(pos, false);
        if (d >= 0 && d < kMarkerTolerancePx && line->clipAxisRect()->rect().contains(pos.toPoint()))
            return m_events[index].tooltip;
    }
    return {};
}

} // namespace asirace
