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
    if (!m_result || m_result->months.empty())
        return;
    const double first = m_result->months.front(), last = m_result->months.back();
    const QList<QCPAxis *> axes = timeAxes();
    const QColor colour = m_style.foreground.lighter(160);
    // Labels need room: one whose line is closer than 1/40 of the time axis
    // to the previous label's stays unlabelled (its tooltip still names it).
    // In axis units, because the layout is not known yet when items are built.
    const QFont font = chartFont(std::max(6, m_style.fontPointSize - 2));
    const double spacing = (last - first) / 40;
    for (int a = 0; a < axes.size(); ++a) {
        QCPAxis *time = axes[a];
        QCPAxis *value = time->axisRect()->axis(QCPAxis::atLeft);
        double lastLabel = -1e9;
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

            if (event.year - lastLabel < spacing)
                continue;
            lastLabel = event.year;
            // Rotated to read upwards along the line, its end just under the top of the plot.
            auto *label = poolItem<QCPItemText>(key + QStringLiteral(":label"), {}, LabBinding::StayVisible);
            label->position->setAxes(time, value);
            label->position->setAxisRect(time->axisRect());
            label->position->setTypeX(QCPItemPosition::ptPlotCoords);
            label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            label->position->setCoords(event.year, 0.02);
            label->setRotation(-90);
            label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
            label->setClipAxisRect(time->axisRect());
            label->setText(event.label);
            label->setFont(font);
            label->setColor(colour.darker(130));
            label->setPadding(QMargins(2, 2, 2, 2));
            label->setSelectable(false);
        }
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
