#include "computechart.h"

#include "epochestimates.h"

#include "chartaxes.h"
#include "racetext.h"

#include <algorithm>
#include <cmath>

namespace asirace {

namespace {
const QString kCapacity = QStringLiteral("compute");
const QString kTraining = QStringLiteral("training_run");
const QString kHistoryPrefix = QStringLiteral("history:");

// "GPT-3 175B (davinci)" -> "GPT-3 175B": labels stay short next to the points.
QString shortModelName(const QString &model)
{
    const qsizetype paren = model.indexOf(QLatin1String(" ("));
    return paren > 0 ? model.left(paren) : model;
}
} // namespace

ComputeChart::ComputeChart(QWidget *parent)
    : RaceChart(parent)
{
    m_capacityRect = axisRect();
    m_trainingRect = addAxisRect(1, 0);
    // Both panels share the time axis: same years under each other, one zoom.
    auto *margins = new QCPMarginGroup(this);
    for (QCPAxisRect *rect : {m_capacityRect, m_trainingRect}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        setupYearAxis(rect->axis(QCPAxis::atBottom));
        setupLogAxis(rect->axis(QCPAxis::atLeft));
    }
    m_capacityRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    // Each title fits its own panel, so the two never run into each other.
    setAxisTitles(m_capacityRect->axis(QCPAxis::atLeft), {tr("Capacity (H100e)"), tr("H100e")});
    setAxisTitles(m_trainingRect->axis(QCPAxis::atLeft), {tr("Largest run (FLOP)"), tr("Run (FLOP)"), tr("FLOP")});
    m_trainingRect->axis(QCPAxis::atBottom)->setLabel(tr("Year"));
    plotArea()->setRowStretchFactor(1, 1.4); // the training panel carries the history: give it more room
    QCPAxis *topX = m_capacityRect->axis(QCPAxis::atBottom);
    QCPAxis *bottomX = m_trainingRect->axis(QCPAxis::atBottom);
    connect(topX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), bottomX, qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(bottomX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), topX, qOverload<const QCPRange &>(&QCPAxis::setRange));
}

QString ComputeChart::title() const
{
    if (showsDifference())
        return tr("Compute difference: this scenario vs %1 (orders of magnitude)")
            .arg(comparisonName().isEmpty() ? tr("the compared one") : comparisonName());
    return tr("Compute: capacity and largest training run");
}

void ComputeChart::setValueScales(bool logarithmic)
{
    QCPAxis *capacity = m_capacityRect->axis(QCPAxis::atLeft);
    QCPAxis *training = m_trainingRect->axis(QCPAxis::atLeft);
    if ((capacity->scaleType() == QCPAxis::stLogarithmic) == logarithmic)
        return;
    for (QCPAxis *axis : {capacity, training}) {
        if (logarithmic) {
            setupLogAxis(axis);
        } else {
            axis->setScaleType(QCPAxis::stLinear);
            axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
            axis->setNumberFormat(QStringLiteral("g"));
            axis->setNumberPrecision(3);
        }
    }
    if (logarithmic) {
        setAxisTitles(capacity, {tr("Capacity (H100e)"), tr("H100e")});
        setAxisTitles(training, {tr("Largest run (FLOP)"), tr("Run (FLOP)"), tr("FLOP")});
    } else {
        setAxisTitles(capacity, {tr("Δ log₁₀ capacity (orders of magnitude)"), tr("Δ capacity (OOM)"), tr("ΔH100e")});
        setAxisTitles(training, {tr("Δ log₁₀ largest run (orders of magnitude)"), tr("Δ run (OOM)"), tr("ΔFLOP")});
    }
}

void ComputeChart::rebuildDifference()
{
    QCPAxis *x1 = m_capacityRect->axis(QCPAxis::atBottom);
    QCPAxis *x2 = m_trainingRect->axis(QCPAxis::atBottom);
    SeriesInfo info;
    info.unit = tr("orders of magnitude");
    info.decimals = 2;
    info.role = QStringLiteral("compute-difference");
    info.inLegend = true; // one legend entry per lab: the capacity graph's
    info.quantity = tr("Δ log₁₀ compute capacity (this − compared)");
    QCPRange capacity, training;
    bool haveCapacity = false, haveTraining = false;
    addDifferenceSeries(&LabSeries::compute_h100e, true, info, x1, m_capacityRect->axis(QCPAxis::atLeft), capacity, haveCapacity);
    info.role = QStringLiteral("training-difference");
    info.inLegend = false;
    info.quantity = tr("Δ log₁₀ largest training run (this − compared)");
    addDifferenceSeries(&LabSeries::training_run_flop, true, info, x2, m_trainingRect->axis(QCPAxis::atLeft), training, haveTraining);
    addZeroLine(QStringLiteral("zero:capacity"), x1, m_capacityRect->axis(QCPAxis::atLeft));
    addZeroLine(QStringLiteral("zero:training"), x2, m_trainingRect->axis(QCPAxis::atLeft));
    setHomeRange(m_capacityRect->axis(QCPAxis::atLeft), paddedDifferenceRange(capacity, haveCapacity));
    setHomeRange(m_trainingRect->axis(QCPAxis::atLeft), paddedDifferenceRange(training, haveTraining));
    const SimulationResult &here = *result();
    if (!here.months.empty()) {
        const QCPRange years(std::floor(here.months.front()) - 0.5, here.months.back() + 0.5);
        setHomeRange(x1, years);
        setHomeRange(x2, years);
    }
}

void ComputeChart::rebuild()
{
    // Items of the last rebuild not requested again are deleted: forget them first.
    m_recordLabels.clear();
    m_historyByRole.clear();
    setValueScales(!showsDifference());
    if (showsDifference()) {
        rebuildDifference();
        return;
    }
    QCPRange capacity, training;
    bool haveCapacity = false, haveTraining = false;
    double firstYear = result() && !result()->months.empty() ? result()->months.front() : 2025.0;
    const double lastYear = result() && !result()->months.empty() ? result()->months.back() : 2040.0;
    if (result())
        addLabSeries(*result(), false, capacity, training, haveCapacity, haveTraining);
    if (comparison())
        addLabSeries(*comparison(), true, capacity, training, haveCapacity, haveTraining);
    addHistory(training, haveTraining, firstYear);
    addEpochEstimates(capacity, haveCapacity, firstYear);

    const QCPRange years(std::floor(firstYear) - 0.5, lastYear + 0.5);
    setHomeRange(m_capacityRect->axis(QCPAxis::atBottom), years);
    setHomeRange(m_trainingRect->axis(QCPAxis::atBottom), years);
    if (haveCapacity)
        setHomeRange(m_capacityRect->axis(QCPAxis::atLeft), paddedLogRange(capacity));
    if (haveTraining)
        setHomeRange(m_trainingRect->axis(QCPAxis::atLeft), paddedLogRange(training));
}

void ComputeChart::addLabSeries(const SimulationResult &r, bool comparison, QCPRange &capacity, QCPRange &training,
                                bool &haveCapacity, bool &haveTraining)
{
    const QVector<double> months = toVector(r.months);
    for (const auto &lab : r.labs) {
        const QString name = QString::fromStdString(lab.name);
        SeriesInfo info;
        info.lab = name;
        info.comparison = comparison;
        info.scientific = true;

        info.role = kCapacity;
        info.quantity = tr("Compute capacity");
        info.unit = QStringLiteral("H100e");
        info.inLegend = true;
        QCPGraph *cap = poolGraph(info, m_capacityRect->axis(QCPAxis::atBottom), m_capacityRect->axis(QCPAxis::atLeft));
        cap->setData(months, toVector(lab.compute_h100e, true), true);
        extendRange(capacity, haveCapacity, lab.compute_h100e, true);

        info.role = kTraining;
        info.quantity = tr("Largest training run");
        info.unit = QStringLiteral("FLOP");
        info.inLegend = false;
        QCPGraph *run = poolGraph(info, m_trainingRect->axis(QCPAxis::atBottom), m_trainingRect->axis(QCPAxis::atLeft));
        run->setData(months, toVector(lab.training_run_flop, true), true);
        extendRange(training, haveTraining, lab.training_run_flop, true);
    }
}

void ComputeChart::addHistory(QCPRange &training, bool &haveTraining, double &firstYear)
{
    const auto &runs = HistoricalRuns::builtin();
    m_historyByRole.clear();
    QHash<QString, QPair<QVector<double>, QVector<double>>> points;
    for (const auto &run : runs.runs()) {
        if (!run.flop)
            continue;
        const QString role = kHistoryPrefix + run.lab;
        points[role].first << run.year;
        points[role].second << *run.flop;
        m_historyByRole[role] << run;
        extendRange(training, haveTraining, *run.flop, true);
        firstYear = std::min(firstYear, run.year);
    }

    const QColor muted = chartStyle().muted;
    QCPAxis *x = m_trainingRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_trainingRect->axis(QCPAxis::atLeft);
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        const QString lab = it.key().mid(kHistoryPrefix.size());
        SeriesInfo info;
        // A lab of the scenario owns its history points (hidden with the lab);
        // other labs' runs stay as grey context.
        const bool known = hasLab(lab);
        info.lab = known ? lab : QString();
        info.role = it.key();
        info.quantity = tr("Historical training run");
        info.unit = QStringLiteral("FLOP");
        QCPGraph *graph = poolGraph(info, x, y);
        const QColor colour = known ? labColour(lab) : muted;
        const qreal ms = chartStyle().markerScale;
        graph->setPen(QPen(colour, 1.2 * ms));
        graph->setBrush(Qt::NoBrush);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 1.2 * ms), QBrush(chartStyle().background), 6 * ms));
        graph->setData(it.value().first, it.value().second, true);
    }

    // One legend entry explains the points.
    addLegendMarker(QStringLiteral("history-legend"), tr("Historical runs (Epoch AI)"), QCPScatterStyle::ssCircle,
                    chartStyle().background, 6, x, y);

    // Label the runs that set a compute record; arrangeAnnotations() places
    // them around their points and drops those that would collide.
    m_recordLabels.clear();
    for (const TrainingRun &run : runs.records()) {
        auto *label = poolItem<QCPItemText>(QStringLiteral("record:") + run.model, hasLab(run.lab) ? run.lab : QString());
        label->setClipAxisRect(m_trainingRect);
        label->position->setAxes(x, y);
        label->position->setCoords(run.year, *run.flop);
        label->setText(shortModelName(run.model));
        label->setFont(chartFont(chartStyle().fontPointSize - 1));
        label->setColor(chartStyle().foreground.lighter(130));
        label->setSelectable(false);
        m_recordLabels.append({label, QPointF(run.year, *run.flop)});
    }
}

void ComputeChart::addEpochEstimates(QCPRange &capacity, bool &haveCapacity, double &firstYear)
{
    // Epoch AI's year-end compute per lab (median, with its 5-95% range as a
    // whisker) beside the model's capacity: data nobody on the team wrote.
    QCPAxis *x = m_capacityRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_capacityRect->axis(QCPAxis::atLeft);
    const qreal ms = chartStyle().markerScale;
    QHash<QString, QPair<QVector<double>, QVector<double>>> points;
    for (const EpochEstimate &e : epochEstimates()) {
        if (!hasLab(e.lab))
            continue;
        const double year = e.yearEnd + 11.0 / 12; // December
        points[e.lab].first << year;
        points[e.lab].second << e.median;
        auto *whisker = poolItem<QCPItemLine>(QStringLiteral("epoch:%1:%2").arg(e.lab).arg(e.yearEnd), e.lab);
        whisker->start->setAxes(x, y);
        whisker->end->setAxes(x, y);
        whisker->start->setCoords(year, e.p5);
        whisker->end->setCoords(year, e.p95);
        whisker->setClipAxisRect(m_capacityRect);
        whisker->setPen(QPen(labColour(e.lab), 1.2 * ms));
        whisker->setHead(QCPLineEnding(QCPLineEnding::esBar, 6 * ms));
        whisker->setTail(QCPLineEnding(QCPLineEnding::esBar, 6 * ms));
        whisker->setSelectable(false);
        extendRange(capacity, haveCapacity, e.p5, true);
        extendRange(capacity, haveCapacity, e.p95, true);
        firstYear = std::min(firstYear, year);
    }
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        SeriesInfo info;
        info.lab = it.key();
        info.role = QStringLiteral("epoch:") + it.key();
        info.quantity = tr("Epoch AI year-end estimate (median; whisker 5-95%)");
        info.unit = QStringLiteral("H100e");
        info.scientific = true;
        QCPGraph *graph = poolGraph(info, x, y);
        const QColor colour = labColour(it.key());
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(colour, 1.2 * ms), QBrush(colour), 7 * ms));
        graph->setData(it.value().first, it.value().second, true);
    }
    if (!points.isEmpty())
        addLegendMarker(QStringLiteral("epoch-legend"), tr("Epoch AI year-end (5-95%)"), QCPScatterStyle::ssDiamond,
                        chartStyle().foreground, 7, x, y);
}

void ComputeChart::addLegendMarker(const QString &role, const QString &name, QCPScatterStyle::ScatterShape shape,
                                   const QColor &fill, double size, QCPAxis *x, QCPAxis *y)
{
    // An empty graph whose only job is a legend entry for a kind of point.
    SeriesInfo info;
    info.role = role;
    info.quantity = name;
    info.inLegend = true;
    QCPGraph *graph = poolGraph(info, x, y);
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    const qreal ms = chartStyle().markerScale;
    graph->setScatterStyle(QCPScatterStyle(shape, QPen(chartStyle().foreground, 1.2 * ms), QBrush(fill), size * ms));
    graph->data()->clear();
}

void ComputeChart::arrangeAnnotations()
{
    // Every decade labelled on a tall chart, every second or third one in a small dock.
    bool ticksChanged = false;
    for (QCPAxisRect *rect : {m_capacityRect, m_trainingRect})
        ticksChanged |= fitTickCount(rect->axis(QCPAxis::atLeft), 12);
    if (ticksChanged)
        QCustomPlot::updateLayout(); // tick labels change the margins: lay out once more
    placeRecordLabels();
}

void ComputeChart::placeRecordLabels()
{
    // Offsets from the point to the label box: clear of its 8 px marker.
    struct Placement {
        Qt::Alignment alignment;
        QPointF offset;
    };
    static const Placement placements[] = {
        {Qt::AlignLeft | Qt::AlignBottom, QPointF(4, 4)},  // above right
        {Qt::AlignLeft | Qt::AlignTop, QPointF(4, 4)},     // below right
        {Qt::AlignRight | Qt::AlignBottom, QPointF(4, 4)}, // above left
        {Qt::AlignRight | Qt::AlignTop, QPointF(4, 4)},    // below left
        {Qt::AlignLeft | Qt::AlignVCenter, QPointF(6, 0)},  // right
        {Qt::AlignRight | Qt::AlignVCenter, QPointF(6, 0)}, // left
    };
    QCPAxis *x = m_trainingRect->axis(QCPAxis::atBottom);
    QCPAxis *y = m_trainingRect->axis(QCPAxis::atLeft);
    const QRectF area = m_trainingRect->rect();
    // Labels must not hide any historical point, the lines, nor each other;
    // a label with no free spot is left out (its point's tooltip names it).
    LabelPlacer &placer = labelPlacer();
    for (const auto &runs : std::as_const(m_historyByRole))
        for (const TrainingRun &run : runs)
            placer.addObstacle(QRectF(x->coordToPixel(run.year) - 4, y->coordToPixel(*run.flop) - 4, 8, 8));
    // Newest records first: they sit next to the projections and matter most.
    for (auto it = m_recordLabels.crbegin(); it != m_recordLabels.crend(); ++it) {
        QCPItemText *label = it->label;
        const QString lab = labOfItem(label);
        if (!lab.isEmpty() && !isLabVisible(lab))
            continue;
        const QPointF anchor(x->coordToPixel(it->point.x()), y->coordToPixel(it->point.y()));
        label->setPadding(QMargins(1, 0, 1, 0));
        const QSizeF size = LabelPlacer::textSize(*label);
        QList<QRectF> candidates;
        for (const Placement &p : placements) {
            const double left = p.alignment & Qt::AlignLeft ? anchor.x() + p.offset.x() : anchor.x() - p.offset.x() - size.width();
            const double top = p.alignment & Qt::AlignTop      ? anchor.y() + p.offset.y()
                               : p.alignment & Qt::AlignVCenter ? anchor.y() - size.height() / 2
                                                                : anchor.y() - p.offset.y() - size.height();
            candidates << QRectF(QPointF(left, top), size);
        }
        const int chosen = placer.place(candidates, area);
        label->setVisible(chosen >= 0);
        if (chosen >= 0)
            LabelPlacer::moveLabel(*label, candidates[chosen].topLeft());
    }
}

QStringList ComputeChart::shownRecordLabels() const
{
    QStringList out;
    for (const RecordLabel &r : m_recordLabels)
        if (r.label->visible())
            out << r.label->text();
    return out;
}

QString ComputeChart::hoverText(const QCPAbstractPlottable *plottable, const SeriesInfo &info, int index) const
{
    if (!info.role.startsWith(kHistoryPrefix))
        return RaceChart::hoverText(plottable, info, index);
    const auto runs = m_historyByRole.value(info.role);
    if (index < 0 || index >= runs.size())
        return {};
    const TrainingRun &run = runs.at(index);
    return QStringLiteral("%1 (%2)\n%3\nTraining compute: %4 FLOP\nSource: %5")
        .arg(run.model, run.lab, formatMonthYear(run.year), formatScientific(*run.flop), run.source);
}

} // namespace asirace
