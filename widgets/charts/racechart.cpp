#include "racechart.h"

#include "chartdatadialog.h"
#include "racetext.h"
#include "vectorstate.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMetaMethod>
#include <QToolTip>

#include <cmath>
#include <map>

#include <algorithm>

namespace asirace {

namespace {
constexpr double kHoverTolerancePx = 8.0;

// Scenario names in legends: long ones shortened, so the legend leaves the plot its room.
QString legendName(const QString &name)
{
    constexpr qsizetype kMax = 30;
    return name.size() <= kMax ? name : name.left(kMax - 1).trimmed() + QChar(0x2026);
}
const QString kCursorLayer = QStringLiteral("cursor");
// px of chart: below it the year title costs the plot a sixth of its height,
// and stacked plots leave no row for the Compare legend.
constexpr int kRoomyHeight = 220;

// A graph that clears the vector state before mapping its points to pixels:
// painting the previous graph dirties it again (see vectorstate.h).
class ChartGraph : public QCPGraph
{
public:
    using QCPGraph::QCPGraph;

protected:
    void draw(QCPPainter *painter) override
    {
        clearUpperVectorState();
        QCPGraph::draw(painter);
    }
};
} // namespace

RaceChart::RaceChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_pool(this)
{
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setNoAntialiasingOnDrag(true);
    setAutoAddPlottableToLegend(false);
    setMouseTracking(true);

    // Layout: title on top; below it the plot area (subclasses put axis rects
    // there) and a legend column that never covers data.
    m_title = new QCPTextElement(this);
    m_body = new QCPLayoutGrid;
    m_plotArea = new QCPLayoutGrid;
    m_legendColumn = new QCPLayoutGrid;
    QCPAxisRect *first = axisRect();
    plotLayout()->take(first);
    plotLayout()->simplify();
    plotLayout()->addElement(0, 0, m_title);
    plotLayout()->addElement(1, 0, m_body);
    plotLayout()->setRowStretchFactor(0, 0.001);
    plotLayout()->setRowSpacing(0);
    m_body->addElement(0, 0, m_plotArea);
    m_body->addElement(0, 1, m_legendColumn);
    m_body->setColumnStretchFactor(1, 0.001);
    m_body->setColumnSpacing(4);
    m_plotArea->addElement(0, 0, first);
    m_plotArea->setRowSpacing(6);

    first->insetLayout()->take(legend);
    m_legendColumn->addElement(0, 0, legend);
    m_legendColumn->addElement(1, 0, new QCPLayoutElement(this)); // pushes the legend to the top
    m_legendColumn->setRowStretchFactor(0, 0.001);
    m_legendColumn->setMargins(QMargins(0, 0, 0, 0));
    legend->setVisible(true);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setRowSpacing(0);
    legend->setMargins(QMargins(4, 6, 6, 4));
    legend->setIconSize(22, 10);

    m_compareLegendGraph = addGraph();
    m_compareLegendGraph->setVisible(false);
    m_currentLegendGraph = addGraph();
    m_currentLegendGraph->setVisible(false);
    setStatusTip(navigationHint());

    // The hover cursor on its own buffered layer, on top, redrawn without a
    // replot. Every other layer shares one buffer (the overlay layer is
    // buffered for a selection rectangle these charts never draw), so a
    // replot clears, and a paint blends, two buffers instead of three.
    layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    addLayer(kCursorLayer, layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    layer(kCursorLayer)->setMode(QCPLayer::lmBuffered);
    m_tracer = new QCPItemTracer(this);
    m_tracer->setLayer(kCursorLayer);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(8);
    m_tracer->setVisible(false);
    m_tracer->setSelectable(false);

    styleAxisRect(first);
    applyStyle();

    connect(this, &QCustomPlot::legendClick, this, &RaceChart::onLegendClick);
    connect(this, &QCustomPlot::itemClick, this, &RaceChart::onItemClick);
    connect(this, &QCustomPlot::mouseDoubleClick, this, &RaceChart::resetView);
}

RaceChart::~RaceChart()
{
    if (m_styleRow && !m_styleRow->layout())
        delete m_styleRow; // out of the layout, so nobody else owns it
}

void RaceChart::setResult(std::shared_ptr<const SimulationResult> result,
                          std::shared_ptr<const SimulationResult> comparison)
{
    m_result = std::move(result);
    m_comparison = std::move(comparison);
    refresh();
}

void RaceChart::setComparisonName(const QString &name)
{
    m_comparisonName = name;
    syncLegend();
    replot(rpQueuedReplot);
}

void RaceChart::setScenarioName(const QString &name)
{
    if (name == m_scenarioName)
        return;
    m_scenarioName = name;
    syncLegend();
    replot(rpQueuedReplot);
}

void RaceChart::setCompareStyle(CompareStyle style)
{
    if (style == m_compareStyle)
        return;
    m_compareStyle = style;
    m_viewMoved = false; // another quantity: its own home view
    refresh();
}

void RaceChart::refresh()
{
    m_title->setText(title());
    m_pool.begin();
    hideHover();
    rebuild();
    addEventMarkers();
    m_pool.sweep();
    applyVisibility();
    syncLegend();
    if (!m_viewMoved)
        for (auto it = m_homeRanges.cbegin(); it != m_homeRanges.cend(); ++it)
            it.key()->setRange(it.value());
    replot(rpQueuedReplot);
}

QColor RaceChart::labColour(const QString &lab) const
{
    const std::string name = lab.toStdString();
    for (const auto *r : {m_result.get(), m_comparison.get()}) {
        if (!r)
            continue;
        for (const auto &series : r->labs) {
            if (series.name == name) {
                const QColor colour(QString::fromStdString(series.colour));
                return colour.isValid() ? colour : m_style.muted;
            }
        }
    }
    return m_style.muted;
}

bool RaceChart::hasLab(const QString &lab) const
{
    const std::string name = lab.toStdString();
    for (const auto *r : {m_result.get(), m_comparison.get()})
        if (r && std::any_of(r->labs.begin(), r->labs.end(), [&](const LabSeries &s) { return s.name == name; }))
            return true;
    return false;
}

QPen RaceChart::labPen(const QString &lab, bool comparison) const
{
    QPen pen(labColour(lab), m_style.lineWidth);
    if (comparison)
        pen.setStyle(Qt::DashLine);
    return pen;
}

QColor RaceChart::labTextColour(const QString &lab) const
{
    return isLabVisible(lab) ? labInkColour(lab, 115) : m_style.muted;
}

QColor RaceChart::labInkColour(const QString &lab, int factor) const
{
    const QColor colour = labColour(lab);
    return m_style.background.lightness() < 128 ? colour.lighter(factor) : colour.darker(factor);
}

QFont RaceChart::resizedFont(QFont font, int size) const
{
    if (m_style.pixelFonts)
        font.setPixelSize(std::max(size, 1));
    else
        font.setPointSize(std::max(size, 1));
    return font;
}

int RaceChart::styleSize(const QFont &font) const
{
    return m_style.pixelFonts ? font.pixelSize() : font.pointSize();
}

int RaceChart::sizeFittingRows(const QFont &font, double rowPx, int smallest) const
{
    int size = m_style.fontPointSize;
    while (size > smallest && QFontMetrics(resizedFont(font, size)).height() > rowPx)
        --size;
    return size;
}

QFont RaceChart::chartFont(int pointSize, bool bold) const
{
    QFont f = m_style.fontFamily.isEmpty() ? font() : QFont(m_style.fontFamily);
    if (m_style.pixelFonts)
        f.setPixelSize(std::max(pointSize, 1));
    else
        f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

void RaceChart::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    m_axisTitleFit.clear(); // other type sizes: measure the titles again
    m_titleFitWidth = -1;
    m_legendFitFor = QSize();
    applyStyle();
    for (QCPAxisRect *rect : axisRects())
        styleAxisRect(rect);
    refresh();
}

void RaceChart::applyStyle()
{
    setBackground(m_style.background);
    m_title->setFont(chartFont(m_style.titlePointSize, true));
    m_title->setTextColor(m_style.foreground);
    m_title->setVisible(m_style.showTitle);
    legend->setFont(chartFont(m_style.fontPointSize));
    legend->setTextColor(m_style.foreground);
    QPen comparePen(m_style.foreground, m_style.lineWidth, Qt::DashLine);
    m_compareLegendGraph->setPen(comparePen);
    m_currentLegendGraph->setPen(QPen(m_style.foreground, m_style.lineWidth));
    m_tracer->setPen(QPen(m_style.foreground, 1.5));
    m_tracer->setBrush(Qt::NoBrush);
}

void RaceChart::styleAxisRect(QCPAxisRect *rect)
{
    for (QCPAxis *axis : rect->axes()) {
        const QPen axisPen(m_style.foreground, 1);
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(axisPen);
        axis->setTickLabelColor(m_style.foreground);
        axis->setLabelColor(m_style.foreground);
        axis->setTickLabelFont(chartFont(m_style.fontPointSize));
        axis->setLabelFont(chartFont(m_style.labelPointSize));
        axis->grid()->setPen(QPen(m_style.grid, 1));
        axis->grid()->setSubGridPen(QPen(m_style.subGrid, 1));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    rect->setBackground(Qt::NoBrush);
}

void RaceChart::placeLegendAbovePlot()
{
    if (m_legendRow)
        return;
    m_legendColumn->take(legend);
    m_body->take(m_legendColumn);
    m_body->simplify();
    delete m_legendColumn;
    m_legendColumn = nullptr;
    m_legendRow = new QCPLayoutGrid;
    m_legendRow->addElement(0, 0, new QCPLayoutElement(this)); // pushes the legend to the right
    m_legendRow->addElement(0, 1, legend);
    m_legendRow->setColumnStretchFactor(1, 0.001);
    plotLayout()->insertRow(1);
    plotLayout()->addElement(1, 0, m_legendRow);
    plotLayout()->setRowStretchFactor(1, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(4);
    syncLegend();
}

void RaceChart::showStyleRow(bool shown)
{
    if (!m_styleRow) {
        m_styleLegend = new QCPLegend;
        m_styleRow = new QCPLayoutGrid;
        // Added to the layout once so both get this plot as parent, then taken out until needed.
        plotLayout()->insertRow(1);
        plotLayout()->addElement(1, 0, m_styleRow);
        m_styleRow->addElement(0, 0, new QCPLayoutElement(this)); // pushes the legend to the right
        m_styleRow->addElement(0, 1, m_styleLegend);
        m_styleRow->setColumnStretchFactor(1, 0.001);
        m_styleLegend->setLayer(legend->layer());
        m_styleLegend->setBorderPen(Qt::NoPen);
        m_styleLegend->setBrush(Qt::NoBrush);
        m_styleLegend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        m_styleLegend->setWrap(2);
        m_styleLegend->setMargins(QMargins(4, 0, 6, 0));
        m_styleLegend->setSelectableParts(QCPLegend::spNone);
        plotLayout()->setRowStretchFactor(1, 0.001);
        if (!shown) {
            plotLayout()->take(m_styleRow);
            plotLayout()->simplify();
            m_styleRow->setVisible(false);
            m_styleLegend->setVisible(false);
        }
        return;
    }
    // Out of the layout it would still be drawn where it last was: hide it too.
    m_styleRow->setVisible(shown);
    m_styleLegend->setVisible(shown);
    const bool placed = m_styleRow->layout() != nullptr;
    if (shown && !placed) {
        plotLayout()->insertRow(1);
        plotLayout()->addElement(1, 0, m_styleRow);
        plotLayout()->setRowStretchFactor(1, 0.001);
    } else if (!shown && placed) {
        plotLayout()->take(m_styleRow);
        plotLayout()->simplify();
    }
}

QCPAxisRect *RaceChart::addAxisRect(int row, int column)
{
    auto *rect = new QCPAxisRect(this);
    m_plotArea->addElement(row, column, rect);
    styleAxisRect(rect);
    return rect;
}

void RaceChart::adopt(QCPAbstractPlottable *plottable, const SeriesInfo &info)
{
    plottable->setSelectable(QCP::stNone);
    plottable->setName(info.comparison ? info.lab + QStringLiteral(" (compare)") : info.lab);
    m_pool.adopt(plottable, info);
}

QCPGraph *RaceChart::poolGraph(const SeriesInfo &info, QCPAxis *keyAxis, QCPAxis *valueAxis)
{
    auto *graph = m_pool.reuse<QCPGraph>(info, keyAxis, valueAxis);
    if (!graph) {
        graph = new ChartGraph(keyAxis, valueAxis);
        graph->setAdaptiveSampling(true);
        adopt(graph, info);
    }
    graph->setPen(labPen(info.lab, info.comparison));
    return graph;
}

QCPBars *RaceChart::poolBars(const SeriesInfo &info, QCPAxis *keyAxis, QCPAxis *valueAxis)
{
    auto *bars = m_pool.reuse<QCPBars>(info, keyAxis, valueAxis);
    if (!bars) {
        bars = new QCPBars(keyAxis, valueAxis);
        adopt(bars, info);
    }
    return bars;
}

void RaceChart::applyVisibility()
{
    const auto &infos = m_pool.infos();
    for (auto it = infos.cbegin(); it != infos.cend(); ++it)
        const_cast<QCPAbstractPlottable *>(it.key())->setVisible(it.value().lab.isEmpty() || isLabVisible(it.value().lab));
    for (QCPAbstractItem *item : m_pool.items()) {
        const SeriesPool::ItemLab binding = m_pool.itemLab(item);
        if (binding.binding == LabBinding::HideWithLab && !binding.lab.isEmpty())
            item->setVisible(isLabVisible(binding.lab));
    }
}

void RaceChart::syncLegend()
{
    // One entry per lab (hidden labs struck through, so they can be clicked
    // back), then one "dashed = comparison" entry when a comparison is shown.
    legend->clearItems();
    m_legendFitFor = QSize(); // new entries at the full size: fit them again
    // Keep a stable order: the order of labs in the primary result.
    const auto &infos = m_pool.infos();
    if (m_result) {
        for (const auto &series : m_result->labs) {
            const QString lab = QString::fromStdString(series.name);
            for (auto it = infos.cbegin(); it != infos.cend(); ++it) {
                if (it.value().lab != lab || !it.value().inLegend || it.value().comparison)
                    continue;
                auto *p = const_cast<QCPAbstractPlottable *>(it.key());
                auto *item = new QCPPlottableLegendItem(legend, p);
                legend->addItem(item);
                QFont f = legend->font();
                f.setStrikeOut(!isLabVisible(lab));
                item->setFont(f);
                item->setTextColor(isLabVisible(lab) ? m_style.foreground : m_style.muted);
                break;
            }
        }
    }
    // Non-lab entries (e.g. historical runs) after the labs.
    for (auto it = infos.cbegin(); it != infos.cend(); ++it)
        if (it.value().lab.isEmpty() && it.value().inLegend)
            legend->addItem(new QCPPlottableLegendItem(legend, const_cast<QCPAbstractPlottable *>(it.key())));
    const bool comparing = m_comparison && !showsDifference();
    if (comparing) {
        // Which is which: solid lines are this scenario, dashed the compared one.
        m_currentLegendGraph->setName(currentLegendName());
        m_compareLegendGraph->setName(compareLegendName());
        m_styleFitWidth = -1;
        QCPLegend *target = legend;
        if (m_legendColumn && !m_pairInLegend) {
            showStyleRow(true);
            target = m_styleLegend;
            target->clearItems();
            target->setFont(legend->font());
            target->setTextColor(m_style.foreground);
            target->setIconSize(legend->iconSize());
            target->setIconTextPadding(legend->iconTextPadding());
        }
        target->addItem(new QCPPlottableLegendItem(target, m_currentLegendGraph));
        target->addItem(new QCPPlottableLegendItem(target, m_compareLegendGraph));
    }
    if ((!comparing || m_pairInLegend) && m_legendColumn)
        showStyleRow(false);
    const bool shown = legend->itemCount() > 0;
    legend->setVisible(shown);
    // An empty legend still claims its margins; give the width back to the plot.
    if (m_legendColumn) {
        m_legendColumn->setVisible(shown);
        m_body->setColumnStretchFactor(1, shown ? 0.001 : 0.000001);
    }
    legend->setMargins(shown ? QMargins(4, 6, 6, 4) : QMargins());
}

QString RaceChart::compareLegendSuffix() const
{
    return m_comparisonNote.isEmpty() ? tr(" (compared)") : tr(" (compared; %1)").arg(m_comparisonNote);
}

QString RaceChart::currentLegendName() const
{
    return m_scenarioName.isEmpty() ? tr("This scenario") : legendName(m_scenarioName);
}

QString RaceChart::comparedLegendName() const
{
    return m_comparisonName.isEmpty() ? tr("Other scenario") : legendName(m_comparisonName);
}

QString RaceChart::compareLegendName() const
{
    return comparedLegendName() + compareLegendSuffix();
}

void RaceChart::placeStylePairForHeight()
{
    if (!m_legendColumn)
        return;
    // Plots stacked in a short chart leave no height for a row of its own
    // (measured: the compute chart at 515x152 squeezed it to 10 px of its 14,
    // under the title). Decided on the chart's size alone, so the choice
    // cannot flip back and forth as the legend refits.
    const bool inLegend = m_plotArea->rowCount() > 1 && viewport().height() < kRoomyHeight;
    if (inLegend == m_pairInLegend)
        return;
    m_pairInLegend = inLegend;
    if (m_comparison)
        syncLegend();
}

void RaceChart::fitStyleLegendToWidth()
{
    // The pair has a row of its own: the style row beside a legend of labs, or
    // the chart's only legend (charts that name their labs on the plot).
    QCPLegend *pair = compareLegend();
    if (!m_comparison || showsDifference() || !pair->visible() || pair->itemCount() != 2)
        return;
    const int width = viewport().width();
    if (width == m_styleFitWidth)
        return;
    m_styleFitWidth = width;
    const QString current = currentLegendName();
    const QString compared = comparedLegendName();
    const QString suffix = compareLegendSuffix();
    m_currentLegendGraph->setName(current);
    m_compareLegendGraph->setName(compared + suffix);
    const QFontMetrics metrics(pair->item(0)->font());
    const int a = metrics.horizontalAdvance(current), b = metrics.horizontalAdvance(compared);
    const int suffixWidth = metrics.horizontalAdvance(suffix);
    const int overhead = pair->minimumOuterSizeHint().width() - (a + b + suffixWidth); // icons, paddings, margins
    const int room = width - 8 - overhead - suffixWidth; // for the two names
    if (a + b <= room)
        return;
    // The shorter name stays whole if it takes at most half; the other gets the rest.
    const int half = std::max(0, room / 2);
    const int roomA = a <= half ? a : (b <= half ? room - b : half);
    const int roomB = std::max(0, room - roomA);
    m_currentLegendGraph->setName(metrics.elidedText(current, Qt::ElideRight, std::max(0, roomA)));
    m_compareLegendGraph->setName(metrics.elidedText(compared, Qt::ElideRight, roomB) + suffix);
}

bool RaceChart::setComparisonNote(const QString &note)
{
    if (note == m_comparisonNote)
        return false;
    m_comparisonNote = note;
    m_compareLegendGraph->setName(compareLegendName());
    m_styleFitWidth = -1;
    fitStyleLegendToWidth(); // callers lay out again for the new entry
    return true;
}

QCPAbstractPlottable *RaceChart::seriesPlottable(const QString &lab, const QString &role, bool comparison) const
{
    return m_pool.plottable(lab, role, comparison);
}

QCPGraph *RaceChart::seriesGraph(const QString &lab, const QString &role, bool comparison) const
{
    return qobject_cast<QCPGraph *>(seriesPlottable(lab, role, comparison));
}

QList<QCPAbstractPlottable *> RaceChart::labPlottables(const QString &lab) const
{
    QList<QCPAbstractPlottable *> out;
    const auto &infos = m_pool.infos();
    for (auto it = infos.cbegin(); it != infos.cend(); ++it)
        if (it.value().lab == lab)
            out << const_cast<QCPAbstractPlottable *>(it.key());
    return out;
}

const SeriesInfo *RaceChart::seriesInfo(const QCPAbstractPlottable *plottable) const
{
    return m_pool.info(plottable);
}

void RaceChart::setLabVisible(const QString &lab, bool visible)
{
    if (visible == isLabVisible(lab))
        return;
    if (visible)
        m_hiddenLabs.remove(lab);
    else
        m_hiddenLabs.insert(lab);
    refresh(); // cheap: pooled plottables keep their data, only styling changes
}

void RaceChart::setHomeRange(QCPAxis *axis, const QCPRange &range)
{
    m_homeRanges.insert(axis, range);
}

void RaceChart::addDifferenceSeries(std::vector<double> LabSeries::*series, bool logarithm, SeriesInfo info, QCPAxis *keyAxis,
                                    QCPAxis *valueAxis, QCPRange &range, bool &haveRange)
{
    // A series ends at its lab's arrival, so a difference ends at the first arrival of the two.
    const SimulationResult &here = *m_result;
    const SimulationResult &there = *m_comparison;
    const auto value = [logarithm](double v) { return logarithm ? (v > 0 ? std::log10(v) : qQNaN()) : v; };
    for (const auto &lab : here.labs) {
        const auto other = std::find_if(there.labs.begin(), there.labs.end(), [&](const LabSeries &l) { return l.name == lab.name; });
        if (other == there.labs.end())
            continue;
        const std::vector<double> &mine = lab.*series;
        const std::vector<double> &theirs = (*other).*series;
        QHash<long long, double> thereByMonth;
        for (size_t i = 0; i < there.months.size() && i < theirs.size(); ++i)
            thereByMonth.insert(std::llround(there.months[i] * 12.0), theirs[i]);
        QVector<double> keys, values;
        for (size_t i = 0; i < here.months.size() && i < mine.size(); ++i) {
            const auto it = thereByMonth.constFind(std::llround(here.months[i] * 12.0));
            const double d = it == thereByMonth.constEnd() ? qQNaN() : value(mine[i]) - value(*it);
            keys << here.months[i];
            values << d;
            if (std::isfinite(d)) {
                range = haveRange ? QCPRange(std::min(range.lower, d), std::max(range.upper, d)) : QCPRange(d, d);
                haveRange = true;
            }
        }
        info.lab = QString::fromStdString(lab.name);
        info.comparison = false;
        QCPGraph *graph = poolGraph(info, keyAxis, valueAxis);
        graph->setData(keys, values, true);
    }
}

void RaceChart::addZeroLine(const QString &key, QCPAxis *keyAxis, QCPAxis *valueAxis)
{
    auto *zero = poolItem<QCPItemStraightLine>(key);
    zero->point1->setAxes(keyAxis, valueAxis);
    zero->point2->setAxes(keyAxis, valueAxis);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(1, 0);
    zero->setClipAxisRect(valueAxis->axisRect());
    zero->setPen(QPen(m_style.foreground, m_style.markerScale));
    zero->setSelectable(false);
}

QCPRange RaceChart::paddedDifferenceRange(const QCPRange &range, bool haveRange)
{
    const QCPRange withZero = haveRange ? QCPRange(std::min(range.lower, 0.0), std::max(range.upper, 0.0)) : QCPRange(0, 0);
    const double pad = std::max(0.1, 0.08 * withZero.size());
    return QCPRange(withZero.lower - pad, withZero.upper + pad);
}

void RaceChart::resetView()
{
    m_viewMoved = false;
    for (auto it = m_homeRanges.cbegin(); it != m_homeRanges.cend(); ++it)
        it.key()->setRange(it.value());
    replot(rpQueuedReplot);
}

void RaceChart::onLegendClick(QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *)
{
    auto *plItem = qobject_cast<QCPPlottableLegendItem *>(item);
    const SeriesInfo *info = plItem ? seriesInfo(plItem->plottable()) : nullptr;
    if (!info || info->lab.isEmpty())
        return;
    toggleLabByUser(QString(info->lab)); // copy: refresh() rebuilds the pool's infos
}

void RaceChart::toggleLabByUser(const QString &lab)
{
    const bool visible = !isLabVisible(lab);
    setLabVisible(lab, visible);
    emit labVisibilityToggled(lab, visible);
}

void RaceChart::onItemClick(QCPAbstractItem *item, QMouseEvent *)
{
    const SeriesPool::ItemLab binding = m_pool.itemLab(item);
    // Only labels that stay visible when their lab is hidden act as toggles.
    if (binding.lab.isEmpty() || binding.binding != LabBinding::StayVisible)
        return;
    toggleLabByUser(binding.lab);
}

QString RaceChart::hoverTextAt(const QPointF &pos, QCPAbstractPlottable **hit, int *index) const
{
    QCPAbstractPlottable *best = nullptr;
    int bestIndex = -1;
    double bestDistance = kHoverTolerancePx;
    const auto &infos = m_pool.infos();
    for (auto it = infos.cbegin(); it != infos.cend(); ++it) {
        auto *p = const_cast<QCPAbstractPlottable *>(it.key());
        if (!p->realVisibility())
            continue;
        QVariant details;
        const double d = p->selectTest(pos, false, &details);
        if (d < 0 || d >= bestDistance)
            continue;
        const QCPDataSelection selection = details.value<QCPDataSelection>();
        if (selection.isEmpty())
            continue;
        best = p;
        bestIndex = selection.dataRange().begin();
        bestDistance = d;
    }
    if (hit)
        *hit = best;
    if (index)
        *index = bestIndex;
    return best ? hoverText(best, *m_pool.info(best), bestIndex) : eventTextAt(pos);
}

QString RaceChart::hoverText(const QCPAbstractPlottable *plottable, const SeriesInfo &info, int index) const
{
    const auto *graph = qobject_cast<const QCPGraph *>(plottable);
    if (!graph || index < 0 || index >= graph->data()->size())
        return {};
    const auto point = graph->data()->at(index);
    const QString value = info.scientific ? formatScientific(point->value)
                                          : QString::number(point->value, 'f', info.decimals);
    QString head = info.lab.isEmpty() ? info.quantity : info.lab;
    if (info.comparison)
        head += m_comparisonName.isEmpty() ? QStringLiteral(" (compare)")
                                           : QStringLiteral(" (compare: %1)").arg(m_comparisonName);
    return QStringLiteral("%1\n%2\n%3: %4 %5")
        .arg(head, formatMonthYear(point->key), info.quantity, value, info.unit)
        .trimmed();
}

void RaceChart::resetLabelPlacer()
{
    m_placer.clear();
    m_placer.addGraphLines(*this);
    // The dashed event lines are marks: a label without a box across one is hard to read.
    for (const auto &[line, index] : std::as_const(m_eventLines)) {
        if (!line->visible())
            continue;
        const QRectF area = line->clipAxisRect()->rect();
        const double x = line->point1->pixelPosition().x();
        if (x >= area.left() && x <= area.right())
            m_placer.addVerticalMark(x, area.top(), area.bottom());
    }
}

void RaceChart::setAxisTitles(QCPAxis *axis, const QStringList &longestFirst)
{
    m_axisTitles.insert(axis, longestFirst);
    if (!longestFirst.isEmpty() && !longestFirst.contains(axis->label()))
        axis->setLabel(longestFirst.first()); // the margin needs a label now; fitAxisTitles() picks the variant
}

void RaceChart::fitAxisTitles()
{
    // The longest variant that fits at the style's size; on a panel too short
    // for any, the shortest one in a smaller type (down to a floor).
    constexpr int kSmallest = 6;
    bool fontChanged = false;
    for (auto it = m_axisTitles.cbegin(); it != m_axisTitles.cend(); ++it) {
        QCPAxis *axis = it.key();
        const QStringList &variants = it.value();
        if (variants.isEmpty())
            continue;
        const int room = axis->orientation() == Qt::Vertical ? axis->axisRect()->height() : axis->axisRect()->width();
        // Measured once per room and variants (the style resets fits, see setChartStyle()).
        const auto fitted = m_axisTitleFit.constFind(axis);
        if (fitted != m_axisTitleFit.constEnd() && fitted->first == room && fitted->second == variants)
            continue;
        m_axisTitleFit.insert(axis, {room, variants});
        QFont font = chartFont(m_style.labelPointSize);
        const auto fits = [&](const QString &text) { return QFontMetrics(font).horizontalAdvance(text) + 2 <= room; };
        QString chosen;
        for (const QString &v : variants)
            if (fits(v)) {
                chosen = v;
                break;
            }
        if (chosen.isEmpty()) {
            chosen = variants.last();
            for (int size = m_style.labelPointSize - 1; size >= kSmallest && !fits(chosen); --size)
                font = chartFont(size);
        }
        if (axis->label() != chosen)
            axis->setLabel(chosen); // a rotated title keeps its height whatever its text
        if (axis->labelFont() != font) {
            axis->setLabelFont(font);
            fontChanged = true;
        }
    }
    if (fontChanged)
        QCustomPlot::updateLayout(); // the title's type size sets the margin: lay out once more
}

void RaceChart::fitLegendToHeight()
{
    if (!m_legendColumn || !legend->visible() || legend->itemCount() == 0)
        return;
    // Same chart height, entries and rows above: the fitted font still holds.
    const bool styleRow = m_styleRow && m_styleRow->layout();
    const QSize key(viewport().height() * 4 + (m_title->visible() ? 2 : 0) + (styleRow ? 1 : 0), legend->itemCount());
    if (key == m_legendFitFor)
        return;
    m_legendFitFor = key;
    int available = viewport().height() - plotLayout()->margins().top() - plotLayout()->margins().bottom();
    if (m_title->visible())
        available -= static_cast<QCPLayoutElement *>(m_title)->minimumOuterSizeHint().height();
    if (styleRow)
        available -= m_styleRow->minimumOuterSizeHint().height();
    constexpr int kSmallest = 6; // still legible; below it the entries may be cut, not overlapped
    for (int size = m_style.fontPointSize; size >= kSmallest; --size) {
        for (int i = 0; i < legend->itemCount(); ++i) {
            QCPAbstractLegendItem *item = legend->item(i);
            QFont f = item->font();
            if (m_style.pixelFonts)
                f.setPixelSize(size);
            else
                f.setPointSize(size);
            item->setFont(f);
        }
        if (legend->minimumOuterSizeHint().height() <= available)
            break;
    }
}

void RaceChart::fitTimeTitles()
{
    const bool roomy = viewport().height() >= kRoomyHeight;
    for (QCPAxis *axis : timeAxes()) {
        auto it = m_timeTitles.find(axis);
        if (it == m_timeTitles.end())
            it = m_timeTitles.insert(axis, axis->label());
        const QString wanted = roomy ? it.value() : QString();
        if (axis->label() != wanted)
            axis->setLabel(wanted);
    }
}

void RaceChart::updateLayout()
{
    // A title wider than the chart (a long compared scenario's name) ends in "…" rather than being cut.
    if (m_title->visible()) {
        const QString full = title();
        const int width = std::max(40, viewport().width() - 12);
        if (full != m_titleFitText || width != m_titleFitWidth) { // measured once per title and width
            m_titleFitText = full;
            m_titleFitWidth = width;
            const QString shown = QFontMetrics(m_title->font()).elidedText(full, Qt::ElideRight, width);
            if (m_title->text() != shown)
                m_title->setText(shown);
        }
    }
    fitTimeTitles();
    placeStylePairForHeight();
    fitStyleLegendToWidth();
    fitLegendToHeight();
    clearUpperVectorState(); // layout and label placement map every point: see vectorstate.h
    QCustomPlot::updateLayout();
    fitAxisTitles();
    resetLabelPlacer();
    arrangeAnnotations();
    placeEventLabels();
}

void RaceChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton) {
        m_viewMoved = true; // a drag pans the axes
        hideHover();
        return;
    }
    QCPAbstractPlottable *hit = nullptr;
    int index = -1;
    const QString text = hoverTextAt(event->position(), &hit, &index);
    auto *graph = qobject_cast<QCPGraph *>(hit);
    if (text.isEmpty()) {
        hideHover();
        return;
    }
    if (graph) {
        const auto point = graph->data()->at(index);
        m_tracer->position->setAxes(graph->keyAxis(), graph->valueAxis());
        m_tracer->setClipAxisRect(graph->keyAxis()->axisRect());
        m_tracer->position->setCoords(point->key, point->value);
        m_tracer->setVisible(true);
    } else {
        m_tracer->setVisible(false);
    }
    layer(kCursorLayer)->replot(); // only the cursor layer, not the whole chart
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void RaceChart::wheelEvent(QWheelEvent *event)
{
    m_viewMoved = true;
    QCustomPlot::wheelEvent(event);
}

void RaceChart::leaveEvent(QEvent *event)
{
    hideHover();
    QCustomPlot::leaveEvent(event);
}

QString RaceChart::navigationHint()
{
    return tr("Wheel to zoom, drag to pan, double-click to reset; right-click for more");
}

QMenu *RaceChart::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QAction *copy = menu->addAction(tr("&Copy Image"));
    connect(copy, &QAction::triggered, this, &RaceChart::copyImageRequested);
    copy->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&RaceChart::copyImageRequested)));
    QAction *exportChart = menu->addAction(tr("&Export…"));
    connect(exportChart, &QAction::triggered, this, &RaceChart::exportRequested);
    exportChart->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&RaceChart::exportRequested)));
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("&Reset Zoom\tDouble-click")); // the tab shows the gesture where shortcuts go
    connect(reset, &QAction::triggered, this, &RaceChart::resetView);
    reset->setEnabled(m_viewMoved);
    if (canShowDifference()) {
        QAction *difference = menu->addAction(tr("Compare as Di&fference"));
        difference->setCheckable(true);
        connect(difference, &QAction::toggled, this, [this](bool on) {
            setCompareStyle(on ? CompareStyle::Difference : CompareStyle::Overlay);
        });
        difference->setChecked(m_compareStyle == CompareStyle::Difference);
        difference->setEnabled(m_comparison != nullptr);
        difference->setStatusTip(tr("One line per lab: this scenario minus the compared one"));
    } else if (!noDifferenceReason().isEmpty()) {
        QAction *difference = menu->addAction(tr("Compare as Di&fference"));
        difference->setEnabled(false);
        difference->setToolTip(noDifferenceReason());
        difference->setStatusTip(noDifferenceReason());
        menu->setToolTipsVisible(true); // the reason shows when hovering the greyed entry
    }
    QAction *show = menu->addAction(tr("Show &Data…"));
    connect(show, &QAction::triggered, this, [this] {
        auto *dialog = new ChartDataDialog(title(), dataTable(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    show->setEnabled(m_result != nullptr);
    menu->addSeparator();
    QAction *hint = menu->addAction(navigationHint());
    hint->setEnabled(false); // a reminder, not a command
    return menu;
}

void RaceChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

bool RaceChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        // Data under the pointer has its own tooltip (mouseMoveEvent); empty space hints how to move the view.
        auto *help = static_cast<QHelpEvent *>(event);
        if (hoverTextAt(help->pos()).isEmpty())
            QToolTip::showText(help->globalPos(), navigationHint(), this);
        return true;
    }
    return QCustomPlot::event(event);
}

ChartTable RaceChart::dataTable() const
{
    // Every plotted graph with data becomes a column; rows are the union of their dates.
    ChartTable table;
    table.columns << ChartTableColumn{tr("Date"), ChartTableColumn::Kind::Date, 0};
    std::map<double, QList<QVariant>> rows;
    QList<const QCPGraph *> graphs;
    for (int i = 0; i < graphCount(); ++i) {
        const QCPGraph *g = graph(i);
        const SeriesInfo *info = m_pool.info(g);
        if (!info || g->data()->isEmpty())
            continue;
        QString header = info->lab.isEmpty() ? info->quantity : info->lab + QStringLiteral(": ") + info->quantity;
        if (!info->unit.isEmpty())
            header += QStringLiteral(" (%1)").arg(info->unit);
        if (info->comparison)
            header += m_comparisonName.isEmpty() ? tr(", compared") : tr(", %1").arg(m_comparisonName);
        table.columns << ChartTableColumn{header, info->scientific ? ChartTableColumn::Kind::Scientific : ChartTableColumn::Kind::Number,
                                          info->decimals};
        graphs << g;
    }
    for (qsizetype c = 0; c < graphs.size(); ++c) {
        for (auto it = graphs[c]->data()->constBegin(); it != graphs[c]->data()->constEnd(); ++it) {
            if (!std::isfinite(it->value))
                continue;
            QList<QVariant> &row = rows[it->key];
            if (row.isEmpty()) {
                row.resize(graphs.size() + 1);
                row[0] = it->key;
            }
            row[c + 1] = it->value;
        }
    }
    for (auto &[key, row] : rows)
        table.rows << row;
    return table;
}

void RaceChart::hideHover()
{
    if (m_tracer->visible()) {
        m_tracer->setVisible(false);
        layer(kCursorLayer)->replot();
    }
    QToolTip::hideText();
}

} // namespace asirace
