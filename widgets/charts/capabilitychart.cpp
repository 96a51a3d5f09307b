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
    setKappaTitles();
    // Whole orders of magnitude only: κ 33 means 10^33 effective FLOP.
    yAxis->setTicker(QSharedPointer<IntegerTicker>::create());
    // Arrival labels above every line and connector, so stacked rows stay legible.
    addLayer(kLabelLayer, layer(QStringLiteral("main")), QCustomPlot::limAbove);
}

void CapabilityChart::setKappaTitles()
{
    setAxisTitles(yAxis, {tr("Capability κ (log₁₀ effective FLOP)"), tr("κ (log₁₀ eff. FLOP)"), tr("κ")});
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
    const SimulationResult &here = *result();
    setAxisTitles(yAxis, {tr("Δκ, this scenario − compared (orders of magnitude)"), tr("Δκ (orders of magnitude)"), tr("Δκ")});
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    SeriesInfo info;
    info.role = QStringLiteral("kappa-difference");
    info.inLegend = true;
    info.quantity = tr("Δκ (this − compared)");
    info.unit = tr("orders of magnitude");
    info.decimals = 2;
    QCPRange delta;
    bool haveDelta = false;
    addDifferenceSeries(&LabSeries::effective_flop_log10, false, info, xAxis, yAxis, delta, haveDelta);
    addZeroLine(QStringLiteral("zero"), xAxis, yAxis);
    const QCPRange home = paddedDifferenceRange(delta, haveDelta);
    m_homeTop = home.upper;
    setHomeRange(yAxis, home);
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
        setKappaTitles();
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
        addThreshold(QStringLiteral("agi"), r->agi_log10_flop, {tr("AGI threshold (κ %1)").arg(r->agi_log10_flop, 0, 'g', 3), tr("AGI κ %1").arg(r->agi_log10_flop, 0, 'g', 3)}, Qt::DashDotLine);
        addThreshold(QStringLiteral("asi"), r->asi_log10_flop, {tr("ASI threshold (κ %1)").arg(r->asi_log10_flop, 0, 'g', 3), tr("ASI κ %1").arg(r->asi_log10_flop, 0, 'g', 3)}, Qt::DashLine);
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

void CapabilityChart::addThreshold(const QString &key, double kappa, const QStringList &texts, Qt::PenStyle style)
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
    label->setText(texts.first());
    label->setFont(chartFont(chartStyle().fontPointSize - 1));
    label->setColor(colour);
    label->setPadding(QMargins(2, 2, 2, 1));
    label->setSelectable(false);
    m_thresholds.append({label, kappa, texts});
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
        a.group = int(m_arrivals.size());
        a.label->setLayer(kLabelLayer);
        a.text = QStringLiteral("%1 · %2").arg(a.labs.join(QStringLiteral(", ")), formatMonthYear(a.year));
        a.label->setText(a.text);
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

void CapabilityChart::groupArrivals(int merges)
{
    QList<int> starts; // first arrival of each group
    for (int i = 0; i < m_arrivals.size(); ++i)
        starts << i;
    for (int k = 0; k < merges && starts.size() > 1; ++k) {
        int closest = 1;
        for (int g = 2; g < starts.size(); ++g)
            if (m_arrivals[starts[g]].year - m_arrivals[starts[g] - 1].year <
                m_arrivals[starts[closest]].year - m_arrivals[starts[closest] - 1].year)
                closest = g;
        starts.removeAt(closest);
    }
    starts << int(m_arrivals.size());
    for (int g = 0; g + 1 < starts.size(); ++g) {
        const int first = starts[g], end = starts[g + 1];
        Arrival &lead = m_arrivals[first];
        for (int k = first; k < end; ++k) {
            m_arrivals[k].leadsGroup = k == first;
            m_arrivals[k].group = first;
            if (k != first) {
                m_arrivals[k].label->setVisible(false);
                m_arrivals[k].connector->setVisible(false);
            }
        }
        if (end - first == 1) {
            lead.label->setText(lead.text);
            lead.label->setColor(lead.labs.size() == 1 ? labInkColour(lead.labs.first(), 130) : chartStyle().foreground);
            continue;
        }
        // "Google DeepMind Apr · Anthropic Aug 2040": the year once when all share it.
        const QString lastYear = formatMonthYear(m_arrivals[end - 1].year).section(QLatin1Char(' '), -1);
        const bool oneYear = formatMonthYear(lead.year).section(QLatin1Char(' '), -1) == lastYear;
        QStringList parts;
        for (int k = first; k < end; ++k) {
            const QString date = formatMonthYear(m_arrivals[k].year);
            parts << QStringLiteral("%1 %2").arg(m_arrivals[k].labs.join(QStringLiteral(", ")),
                                                 oneYear && k + 1 < end ? date.section(QLatin1Char(' '), 0, -2) : date);
        }
        lead.label->setText(parts.join(QStringLiteral(" · ")));
        lead.label->setColor(chartStyle().foreground);
    }
}

void CapabilityChart::arrangeAnnotations()
{
    if (fitTickCount(yAxis, 6))
        QCustomPlot::updateLayout(); // fewer κ labels on a short chart: the margins change
    const QCPRange laidOut = yAxis->range();
    // Home view: start from the data and raise the top a row at a time until
    // every label finds a free spot, as long as the data keep most of the
    // plot's height; where they would not, neighbouring arrivals share a
    // label (fewer rows) and the rows are tried again. A moved view keeps
    // the user's ranges; labels then do their best.
    constexpr double kMaxStretch = 2.0;        // the data keep at least half the height
    constexpr double kMaxStretchCrowded = 4.0; // ... or a quarter, where labels fit no other way
    double stretch = kMaxStretch;
    const bool home = !viewMoved() && !m_arrivals.isEmpty();
    const QFontMetrics metrics(m_arrivals.isEmpty() ? font() : m_arrivals.first().label->font());
    const double height = std::max(1, axisRect()->height());
    const auto raiseOneRow = [&] {
        const QCPRange range = yAxis->range();
        const double row = (metrics.height() + 6) * range.size() / height;
        if (range.size() + row > stretch * (m_homeTop - range.lower))
            return false; // the labels may not squeeze the data
        yAxis->setRangeUpper(range.upper + row);
        return true;
    };
    int raised = 0;
    bool allFree = false;
    m_rowsBelow = 1;
    const int maxMerges = home ? std::max(0, int(m_arrivals.size()) - 1) : 0;
    for (int merges = 0; merges <= maxMerges && !allFree; ++merges) {
        groupArrivals(merges);
        raised = 0;
        if (!viewMoved()) {
            yAxis->setRangeUpper(m_homeTop);
            // Start one row under the last layout's height: while a slider is
            // dragged the labels need about the same room from one result to the next.
            while (home && merges == m_merges && raised + 1 < m_raisedRows && raiseOneRow())
                ++raised;
            resetLabelPlacer();
        }
        allFree = placeLabels(false);
        if (home) {
            const bool fitsAcross = std::all_of(m_arrivals.begin(), m_arrivals.end(), [&](const Arrival &a) {
                return !a.leadsGroup || LabelPlacer::textSize(*a.label).width() <= axisRect()->width();
            });
            while (!allFree && fitsAcross && raised < 16 && raiseOneRow()) {
                ++raised;
                resetLabelPlacer();
                allFree = placeLabels(false);
            }
            if (allFree)
                m_merges = merges;
        }
    }
    if (!allFree && home) {
        // Nothing fits with the data keeping half the height (many arrivals
        // on a short chart): one label per arrival month, and the labels may
        // take up to three quarters of the height.
        groupArrivals(0);
        m_merges = 0;
        stretch = kMaxStretchCrowded;
        m_rowsBelow = 3;
        yAxis->setRangeUpper(m_homeTop);
        raised = 0;
        resetLabelPlacer();
        allFree = placeLabels(false);
        while (!allFree && raised < 24 && raiseOneRow()) {
            ++raised;
            resetLabelPlacer();
            allFree = placeLabels(false);
        }
    }
    if (home)
        setHomeRange(yAxis, yAxis->range());
    m_raisedRows = raised;
    // The ticks were made for the range before the labels raised its top:
    // made again, they keep their spacing (κ labels keep their width, so the
    // margins and the placed labels stay where they are).
    if (yAxis->range() != laidOut)
        QCustomPlot::updateLayout();
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
    // Arrival labels first: they carry the result.
    for (const Arrival &a : std::as_const(m_arrivals))
        if (a.leadsGroup)
            allFree = placeArrivalLabel(a, bestEffort) && allFree;
    // Then the thresholds: next to their line, from its left end rightwards,
    // under it, then over it; the short text ("ASI κ 38") where the long one
    // finds no room.
    for (const Threshold &t : std::as_const(m_thresholds)) {
        const double y = yAxis->coordToPixel(t.kappa);
        if (y < area.top() || y > area.bottom()) {
            t.label->setVisible(false);
            continue;
        }
        int chosen = -1;
        QList<QRectF> candidates;
        for (qsizetype v = 0; v < t.texts.size() && chosen < 0; ++v) {
            t.label->setText(t.texts[v]);
            const QSizeF size = LabelPlacer::textSize(*t.label);
            candidates.clear();
            for (const double offset : {1.0, -1.0 - size.height()})
                for (int step = 0; step <= 20; ++step) {
                    const double left = area.left() + 4 + step / 20.0 * std::max(0.0, area.width() - size.width() - 8);
                    candidates << QRectF(QPointF(left, y + offset), size);
                }
            chosen = placer.place(candidates, area);
        }
        // No room beside its line: no label (one further off would name the
        // wrong line; the κ axis still gives the value). Raising the top
        // would not help it, so it does not count against allFree.
        t.label->setVisible(chosen >= 0);
        if (chosen >= 0)
            LabelPlacer::moveLabel(*t.label, candidates[chosen].topLeft());
    }
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
    const auto row = [&](double top, bool above) {
        QList<double> lefts{m.x() - size.width() / 2};
        for (int k = 0; k <= 4; ++k)
            lefts << m.x() - 12 - (size.width() - 24) * k / 4;
        lefts << m.x() - size.width() - gap << m.x() + gap;
        // Further left in the same row, where an arrival at the right edge
        // leaves room: the connector runs up to the label's corner.
        for (int k = 1; above && k <= 4; ++k)
            lefts << m.x() - size.width() - gap - k * size.width() / 3;
        for (const double left : lefts) {
            const double clamped = std::clamp(left, area.left(), std::max(area.left(), area.right() - size.width()));
            candidates << QRectF(QPointF(clamped, top), size);
        }
    };
    for (double top = m.y() - gap - size.height(); top >= area.top(); top -= step)
        row(top, true);
    // Below only close by: far off, a label would point across the chart (the
    // top is raised or labels are merged instead; crowded charts allow three rows).
    for (double top = m.y() + gap; top + size.height() <= area.bottom() && top < m.y() + gap + m_rowsBelow * step; top += step)
        row(top, false);
    // On its opaque box the label may cover a dashed event line, not a lab's line.
    int chosen = placer.place(candidates, area, LabelPlacer::Lines::AvoidData);
    const bool free = chosen >= 0;
    if (!free && bestEffort)
        chosen = placer.placeBestEffort(candidates, area, LabelPlacer::Lines::AvoidData);
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
            out.insert(lab, m_arrivals[a.group].label->text());
    return out;
}

} // namespace asirace
