#include "capabilitychart.h"

#include "chartaxes.h"
#include "integerticker.h"
#include "racetext.h"

#include <algorithm>
#include <cmath>

namespace asirace {

namespace {
const QString kKappa = QStringLiteral("kappa");
const QString kLabelLayer = QStringLiteral("arrival-labels");
} // namespace

CapabilityChart::CapabilityChart(QWidget *parent)
    : RaceChart(parent)
{
    setupYearAxis(xAxis);
    xAxis->setLabel(tr("Year"));
    yAxis->setLabel(tr("Capability κ (log₁₀ effective FLOP)"));
    // Whole orders of magnitude only: κ 33 means 10^33 effective FLOP.
    yAxis->setTicker(QSharedPointer<IntegerTicker>::create());
    // Arrival labels above every line and connector, so stacked rows stay legible.
    addLayer(kLabelLayer, layer(QStringLiteral("main")), QCustomPlot::limAbove);
}

QString CapabilityChart::title() const
{
    if (showsDifference())
        return tr("Capability difference: κ here minus κ in %1").arg(comparisonName().isEmpty() ? tr("the compared scenario") : comparisonName());
    return tr("Capability race: κ against the AGI and ASI thresholds");
}

void CapabilityChart::rebuildDifference()
{
    // Δκ(t) = κ here − κ there, month by month, for the labs in both results.
    // A series ends at its lab's arrival, so a difference ends at the first arrival of the two.
    const SimulationResult &here = *result();
    const SimulationResult &there = *comparison();
    yAxis->setLabel(tr("Δκ, this scenario − compared (orders of magnitude)"));
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    QCPRange delta(0, 0);
    for (const auto &lab : here.labs) {
        const auto other = std::find_if(there.labs.begin(), there.labs.end(), [&](const LabSeries &l) { return l.name == lab.name; });
        if (other == there.labs.end())
            continue;
        QHash<long long, double> thereByMonth;
        for (size_t i = 0; i < there.months.size() && i < other->effective_flop_log10.size(); ++i)
            thereByMonth.insert(std::llround(there.months[i] * 12.0), other->effective_flop_log10[i]);
        QVector<double> keys, values;
        for (size_t i = 0; i < here.months.size() && i < lab.effective_flop_log10.size(); ++i) {
            const auto it = thereByMonth.constFind(std::llround(here.months[i] * 12.0));
            const double d = it == thereByMonth.constEnd() ? qQNaN() : lab.effective_flop_log10[i] - *it;
            keys << here.months[i];
            values << d;
            if (std::isfinite(d)) {
                delta.lower = std::min(delta.lower, d);
                delta.upper = std::max(delta.upper, d);
            }
        }
        SeriesInfo info;
        info.lab = QString::fromStdString(lab.name);
        info.role = QStringLiteral("kappa-difference");
        info.inLegend = true;
        info.quantity = tr("Δκ (this − compared)");
        info.unit = tr("orders of magnitude");
        info.decimals = 2;
        QCPGraph *graph = poolGraph(info, xAxis, yAxis);
        graph->setData(keys, values, true);
    }
    auto *zero = poolItem<QCPItemStraightLine>(QStringLiteral("zero"));
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setPen(QPen(chartStyle().foreground, chartStyle().markerScale));
    zero->setSelectable(false);
    const double pad = std::max(0.1, 0.08 * delta.size());
    m_homeTop = delta.upper + pad;
    setHomeRange(yAxis, QCPRange(delta.lower - pad, m_homeTop));
    if (!here.months.empty())
        setHomeRange(xAxis, QCPRange(here.months.front(), here.months.back() + 0.25));
}

void CapabilityChart::rebuild()
{
    m_arrivals.clear();
    m_thresholds.clear();
    m_markers.clear();
    if (showsDifference()) {
        rebuildDifference();
        return;
    }
    if (!yAxis->ticker().dynamicCast<IntegerTicker>()) {
        yAxis->setTicker(QSharedPointer<IntegerTicker>::create());
        yAxis->setLabel(tr("Capability κ (log₁₀ effective FLOP)"));
    }
    QCPRange kappa;
    bool haveKappa = false;
    double firstYear = 2025, lastYear = 2040;
    for (const auto *r : {result().get(), comparison().get()}) {
        if (!r)
            continue;
        const bool isComparison = r == comparison().get();
        const QVector<double> months = toVector(r->months);
        if (!r->months.empty() && !isComparison) {
            firstYear = r->months.front();
            lastYear = r->months.back();
        }
        for (const auto &lab : r->labs) {
            SeriesInfo info;
            info.lab = QString::fromStdString(lab.name);
            info.role = kKappa;
            info.comparison = isComparison;
            info.inLegend = true;
            info.quantity = QStringLiteral("κ");
            info.unit = tr("log₁₀ effective FLOP");
            info.decimals = 2;
            QCPGraph *graph = poolGraph(info, xAxis, yAxis);
            graph->setData(months, toVector(lab.effective_flop_log10, true), true);
            extendRange(kappa, haveKappa, lab.effective_flop_log10, true);
            if (lab.asi_year && isComparison)
                addMarker(info.lab, *lab.asi_year, r->asi_log10_flop, true);
        }
    }
    if (result())
        addArrivalLabels(*result());

    const SimulationResult *r = result() ? result().get() : comparison().get();
    if (r) {
        addThreshold(QStringLiteral("agi"), r->agi_log10_flop, tr("AGI threshold (κ %1)").arg(r->agi_log10_flop, 0, 'g', 3), Qt::DashDotLine);
        addThreshold(QStringLiteral("asi"), r->asi_log10_flop, tr("ASI threshold (κ %1)").arg(r->asi_log10_flop, 0, 'g', 3), Qt::DashLine);
        extendRange(kappa, haveKappa, r->agi_log10_flop);
        extendRange(kappa, haveKappa, r->asi_log10_flop);
        // The home view shows every line to its end (κ keeps climbing after
        // arrival); arrangeAnnotations() raises the top further when the
        // arrival labels need room.
        m_homeTop = std::max(kappa.upper, r->asi_log10_flop) + 0.3;
        setHomeRange(yAxis, QCPRange(std::floor(kappa.lower - 0.5), m_homeTop));
    }
    setHomeRange(xAxis, QCPRange(firstYear, lastYear + 0.25));
}

void CapabilityChart::addThreshold(const QString &key, double kappa, const QString &text, Qt::PenStyle style)
{
    const QColor colour = chartStyle().foreground.lighter(150);
    auto *line = poolItem<QCPItemStraightLine>(key);
    line->point1->setCoords(0, kappa);
    line->point2->setCoords(1, kappa);
    line->setPen(QPen(colour, chartStyle().markerScale, style));
    line->setSelectable(false);

    // Left end, just under the line: labs start far below the thresholds, so
    // this corner is empty while the arrival labels sit above the line.
    auto *label = poolItem<QCPItemText>(key + QStringLiteral(":label"));
    label->setText(text);
    label->setFont(chartFont(chartStyle().fontPointSize - 1));
    label->setColor(colour);
    label->setPadding(QMargins(2, 2, 2, 1));
    label->setSelectable(false);
    m_thresholds.append({label, kappa});
}

QCPItemTracer *CapabilityChart::addMarker(const QString &lab, double year, double kappa, bool comparison)
{
    const QString key = QStringLiteral("arrival:") + lab + (comparison ? QStringLiteral("#compare") : QString());
    const QColor colour = labColour(lab);
    auto *marker = poolItem<QCPItemTracer>(key, lab);
    marker->position->setCoords(year, kappa);
    marker->setStyle(QCPItemTracer::tsCircle);
    marker->setSize(9 * chartStyle().markerScale);
    marker->setPen(QPen(colour.darker(120), 1.5 * chartStyle().markerScale));
    // The dashed comparison gets a hollow marker; its date is in the outcome chart.
    marker->setBrush(comparison ? QBrush(chartStyle().background) : QBrush(colour));
    marker->setSelectable(false);
    m_markers << marker;
    return marker;
}

void CapabilityChart::addArrivalLabels(const SimulationResult &r)
{
    // Group arrivals by month so labs arriving together share one label.
    QMap<long long, Arrival> byMonth;
    for (const auto &lab : r.labs) {
        if (!lab.asi_year)
            continue;
        const QString name = QString::fromStdString(lab.name);
        QCPItemTracer *marker = addMarker(name, *lab.asi_year, r.asi_log10_flop, false);
        if (!isLabVisible(name))
            continue;
        Arrival &a = byMonth[std::llround(*lab.asi_year * 12.0)];
        if (a.labs.isEmpty()) {
            a.year = *lab.asi_year;
            a.marker = marker;
        }
        a.labs << name;
    }
    for (auto it = byMonth.begin(); it != byMonth.end(); ++it) {
        Arrival &a = it.value();
        const QString key = QStringLiteral("arrival-label:%1").arg(it.key());
        const QColor colour = a.labs.size() == 1 ? labInkColour(a.labs.first(), 130) : chartStyle().foreground;
        a.label = poolItem<QCPItemText>(key);
        a.label->setLayer(kLabelLayer);
        a.label->setText(QStringLiteral("%1 · %2").arg(a.labs.join(QStringLiteral(", ")), formatMonthYear(a.year)));
        a.label->setFont(chartFont(chartStyle().fontPointSize - 1, true));
        a.label->setColor(colour);
        a.label->setBrush(QBrush(chartStyle().background));
        a.label->setPadding(QMargins(3, 1, 3, 1));
        a.label->setSelectable(false);

        a.connector = poolItem<QCPItemLine>(key + QStringLiteral(":connector"));
        a.connector->start->setParentAnchor(a.marker->position);
        a.connector->start->setType(QCPItemPosition::ptAbsolute);
        a.connector->start->setCoords(0, 0);
        a.connector->end->setParentAnchor(nullptr);
        a.connector->end->setType(QCPItemPosition::ptAbsolute); // placed with the label
        a.connector->setPen(QPen(colour, chartStyle().markerScale));
        a.connector->setSelectable(false);
        m_arrivals.append(a);
    }
}

void CapabilityChart::arrangeAnnotations()
{
    // Home view: start from the data and raise the top a row at a time until
    // every label finds a free spot (above all data there is always room).
    // A moved view keeps the user's ranges; labels then do their best.
    const bool home = !viewMoved() && !m_arrivals.isEmpty();
    const QFontMetrics metrics(m_arrivals.isEmpty() ? font() : m_arrivals.first().label->font());
    const double height = std::max(1, axisRect()->height());
    const auto raiseOneRow = [&] {
        const QCPRange range = yAxis->range();
        const double row = (metrics.height() + 6) * range.size() / height;
        if (range.size() + row > 3 * (m_homeTop - range.lower))
            return false; // the labels may not squeeze the data into a third of the plot
        yAxis->setRangeUpper(range.upper + row);
        return true;
    };
    int raised = 0;
    if (!viewMoved()) {
        yAxis->setRangeUpper(m_homeTop);
        // Start one row under the last layout's height: while a slider is
        // dragged the labels need about the same room from one result to the next.
        while (home && raised + 1 < m_raisedRows && raiseOneRow())
            ++raised;
        resetLabelPlacer();
    }
    bool allFree = placeLabels(false);
    if (home) {
        const bool fitsAcross = std::all_of(m_arrivals.begin(), m_arrivals.end(), [&](const Arrival &a) {
            return LabelPlacer::textSize(*a.label).width() <= axisRect()->width();
        });
        while (!allFree && fitsAcross && raised < 16 && raiseOneRow()) {
            ++raised;
            resetLabelPlacer();
            allFree = placeLabels(false);
        }
        setHomeRange(yAxis, yAxis->range());
    }
    m_raisedRows = raised;
    if (!allFree) {
        resetLabelPlacer();
        placeLabels(true);
    }
}

bool CapabilityChart::placeLabels(bool bestEffort)
{
    LabelPlacer &placer = labelPlacer();
    const QRectF area = axisRect()->rect();
    for (const QCPItemTracer *marker : std::as_const(m_markers)) {
        if (!marker->visible())
            continue;
        const QPointF m = marker->position->pixelPosition();
        const double r = marker->size() / 2 + 1;
        placer.addObstacle(QRectF(m.x() - r, m.y() - r, 2 * r, 2 * r));
    }
    bool allFree = true;
    // Thresholds first: short labels next to their line, left end first.
    for (const Threshold &t : std::as_const(m_thresholds)) {
        const double y = yAxis->coordToPixel(t.kappa);
        const QSizeF size = LabelPlacer::textSize(*t.label);
        if (y < area.top() || y > area.bottom()) {
            t.label->setVisible(false);
            continue;
        }
        // Next to the line from its left end rightwards, under it, then over it;
        // a row further off only when lines cross the line everywhere.
        QList<QRectF> candidates;
        for (const double offset : {1.0, -1.0 - size.height(), 2.0 + size.height(), -2.0 - 2 * size.height()})
            for (int step = 0; step <= 10; ++step) {
                const double left = area.left() + 4 + step / 10.0 * std::max(0.0, area.width() - size.width() - 8);
                candidates << QRectF(QPointF(left, y + offset), size);
            }
        int chosen = placer.place(candidates, area);
        if (chosen < 0) {
            allFree = false;
            if (bestEffort)
                chosen = placer.placeBestEffort(candidates, area);
        }
        t.label->setVisible(chosen >= 0);
        if (chosen >= 0)
            LabelPlacer::moveLabel(*t.label, candidates[chosen].topLeft());
    }
    for (const Arrival &a : std::as_const(m_arrivals))
        allFree = placeArrivalLabel(a, bestEffort) && allFree;
    return allFree;
}

bool CapabilityChart::placeArrivalLabel(const Arrival &a, bool bestEffort)
{
    LabelPlacer &placer = labelPlacer();
    const QRectF area = axisRect()->rect();
    const QPointF m = a.marker->position->pixelPosition();
    if (!area.contains(m)) {
        // Its marker is out of view: so is the label (it would point nowhere).
        a.label->setVisible(false);
        a.connector->setVisible(false);
        return true;
    }
    const QSizeF size = LabelPlacer::textSize(*a.label);
    const double gap = 8 * chartStyle().markerScale;
    const double step = size.height() + 2;
    // Above the marker, centred, to its left, to its right; row by row up to
    // the top; then the same below the marker.
    QList<QRectF> candidates;
    const auto row = [&](double top) {
        QList<double> lefts{m.x() - size.width() / 2};
        for (int k = 0; k <= 4; ++k)
            lefts << m.x() - 12 - (size.width() - 24) * k / 4;
        lefts << m.x() - size.width() - gap << m.x() + gap;
        for (const double left : lefts) {
            const double clamped = std::clamp(left, area.left(), std::max(area.left(), area.right() - size.width()));
            candidates << QRectF(QPointF(clamped, top), size);
        }
    };
    for (double top = m.y() - gap - size.height(); top >= area.top(); top -= step)
        row(top);
    // Below only close by: far off, a label would point across the chart (the top is raised instead).
    for (double top = m.y() + gap; top + size.height() <= area.bottom() && top < m.y() + gap + 3 * step; top += step)
        row(top);
    int chosen = placer.place(candidates, area);
    const bool free = chosen >= 0;
    if (!free && bestEffort)
        chosen = placer.placeBestEffort(candidates, area);
    a.label->setVisible(chosen >= 0);
    a.connector->setVisible(chosen >= 0);
    if (chosen < 0)
        return free;
    const QRectF box = candidates[chosen];
    LabelPlacer::moveLabel(*a.label, box.topLeft());
    // The connector meets the label's nearer edge, under the marker where it can.
    const double x = std::clamp(m.x(), box.left() + 3, box.right() - 3);
    a.connector->end->setCoords(x, box.top() > m.y() ? box.top() : box.bottom());
    return free;
}

QMap<QString, QString> CapabilityChart::arrivalLabels() const
{
    QMap<QString, QString> out;
    for (const Arrival &a : m_arrivals)
        for (const QString &lab : a.labs)
            out.insert(lab, a.label->text());
    return out;
}

} // namespace asirace
