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
constexpr int kLabelGapPx = 6;
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

void CapabilityChart::rebuild()
{
    m_arrivals.clear();
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
        // What matters is the climb to ASI; after arrival κ can explode, so the
        // home view stops a little above the threshold (arrangeAnnotations adds
        // room for the arrival labels).
        m_asiKappa = r->asi_log10_flop;
        m_homeTop = std::clamp(kappa.upper + 0.3, r->asi_log10_flop + 1.0, r->asi_log10_flop + 2.5);
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
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(0.01, kappa);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setText(text);
    label->setFont(chartFont(chartStyle().fontPointSize - 1));
    label->setColor(colour);
    label->setPadding(QMargins(2, 2, 2, 0));
    label->setSelectable(false);
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
        a.label->position->setParentAnchor(a.marker->position);
        a.label->position->setType(QCPItemPosition::ptAbsolute);
        a.label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
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
        a.connector->end->setParentAnchor(a.label->bottom);
        a.connector->end->setType(QCPItemPosition::ptAbsolute);
        a.connector->end->setCoords(0, 0);
        a.connector->setPen(QPen(colour, chartStyle().markerScale));
        a.connector->setSelectable(false);
        m_arrivals.append(a);
    }
}

void CapabilityChart::arrangeAnnotations()
{
    // Stack arrival labels in rows above their markers: each label takes the
    // lowest row where it fits after the label to its left, centred over its
    // marker or, failing that, starting just left of it.
    QList<double> rowEnds;
    double rowHeight = 0;
    const QRect area = axisRect()->rect();
    for (const Arrival &a : std::as_const(m_arrivals)) {
        const QFontMetrics metrics(a.label->font());
        rowHeight = metrics.height() + 4;
        const double width = metrics.horizontalAdvance(a.label->text()) + 8;
        const double centre = xAxis->coordToPixel(a.year);
        // Shifts of the label centre relative to the marker, kept inside the plot.
        const auto inside = [&](double shift) {
            if (centre + shift + width / 2 > area.right())
                shift = area.right() - width / 2 - centre;
            if (centre + shift - width / 2 < area.left())
                shift = area.left() + width / 2 - centre;
            return shift;
        };
        const double shifts[] = {inside(0), inside(width / 2 - 12)};
        int row = 0;
        double shift = shifts[0];
        for (;; ++row) {
            if (row == rowEnds.size()) {
                rowEnds.append(-1e9);
                break;
            }
            const auto fits = std::find_if(std::begin(shifts), std::end(shifts), [&](double s) {
                return centre + s - width / 2 >= rowEnds[row] + kLabelGapPx;
            });
            if (fits != std::end(shifts)) {
                shift = *fits;
                break;
            }
        }
        rowEnds[row] = centre + shift + width / 2;
        a.label->position->setCoords(shift, -(10 + row * rowHeight));
    }
    if (viewMoved() || rowEnds.isEmpty())
        return;
    // Home view: raise the top until every label row fits above the ASI line.
    const double height = axisRect()->height();
    const double needed = 10 + rowEnds.size() * rowHeight + 6;
    const double lower = yAxis->range().lower;
    if (height <= 2 * needed)
        return;
    const double top = std::max(m_homeTop, (m_asiKappa - needed * lower / height) / (1.0 - needed / height));
    if (std::abs(top - yAxis->range().upper) > 1e-9) {
        yAxis->setRangeUpper(top);
        setHomeRange(yAxis, yAxis->range());
    }
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
