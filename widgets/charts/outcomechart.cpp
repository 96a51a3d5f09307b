#include "outcomechart.h"

#include "chartaxes.h"
#include "racetext.h"

#include <algorithm>
#include <cmath>

namespace asirace {

namespace {
const QString kArrival = QStringLiteral("arrival");
const QString kPFirst = QStringLiteral("pfirst");

const LabSeries *findLab(const SimulationResult *r, const QString &name)
{
    if (!r)
        return nullptr;
    const std::string n = name.toStdString();
    for (const auto &lab : r->labs)
        if (lab.name == n)
            return &lab;
    return nullptr;
}
} // namespace

OutcomeChart::OutcomeChart(QWidget *parent)
    : RaceChart(parent)
{
    setupYearAxis(xAxis);
    xAxis->setLabel(tr("ASI arrival (year)"));
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setRangeReversed(true); // the winner on top
    yAxis->setTickLength(0, 0);
    yAxis->setSubTicks(false);
    yAxis->grid()->setVisible(false);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    placeLegendAbovePlot(); // lab names are on the chart; the legend only explains dashes

    // The P(first) panel exists from the start but joins the layout only when
    // Monte Carlo odds are set.
    m_oddsRect = new QCPAxisRect(this);
    styleAxisRect(m_oddsRect);
    m_oddsRect->setVisible(false);
    m_oddsRect->axis(QCPAxis::atBottom)->setLabel(tr("P(first to ASI) (%)"));
    QCPAxis *oddsY = m_oddsRect->axis(QCPAxis::atLeft);
    oddsY->setRangeReversed(true);
    oddsY->setTickLabels(false);
    oddsY->setTicks(false);
    oddsY->grid()->setVisible(false);
    m_oddsRect->setRangeDrag(Qt::Horizontal);
    m_oddsRect->setRangeZoom(Qt::Horizontal);
    m_oddsRect->axis(QCPAxis::atBottom)->ticker()->setTickCount(3); // a narrow panel
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_oddsRect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    connect(yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), oddsY, qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(this, &QCustomPlot::axisClick, this, &OutcomeChart::onAxisClick);
}

void OutcomeChart::setOdds(std::optional<OutcomeOdds> odds)
{
    m_odds = std::move(odds);
    refresh();
}

void OutcomeChart::placeOddsRect(bool shown)
{
    const bool placed = m_oddsRect->layout() != nullptr;
    if (shown && !placed) {
        styleAxisRect(m_oddsRect); // the style may have changed while the panel was out of the layout
        plotArea()->addElement(0, 1, m_oddsRect);
        plotArea()->setColumnStretchFactor(0, 3);
        plotArea()->setColumnStretchFactor(1, 1);
    } else if (!shown && placed) {
        plotArea()->take(m_oddsRect);
        plotArea()->simplify();
    }
    m_oddsRect->setVisible(shown);
}

void OutcomeChart::rebuild()
{
    m_valueLabels.clear();
    m_oddsLabels.clear();
    const SimulationResult *primary = result().get();
    const SimulationResult *other = comparison().get();
    placeOddsRect(m_odds.has_value());

    // Categories: the primary finishing order, then labs only in the comparison.
    m_categories.clear();
    if (primary) {
        for (const auto &name : primary->ranking)
            m_categories << QString::fromStdString(name);
        std::vector<const LabSeries *> byRank;
        for (const auto &lab : primary->labs)
            byRank.push_back(&lab);
        std::stable_sort(byRank.begin(), byRank.end(), [](auto *a, auto *b) { return a->final_rank < b->final_rank; });
        for (const auto *lab : byRank)
            if (!m_categories.contains(QString::fromStdString(lab->name)))
                m_categories << QString::fromStdString(lab->name);
    }
    if (other)
        for (const auto &lab : other->labs)
            if (!m_categories.contains(QString::fromStdString(lab.name)))
                m_categories << QString::fromStdString(lab.name);

    m_rowNameStep = 0; // arrangeAnnotations() writes the names
    const double offset = other ? 0.19 : 0.0;
    const double width = other ? 0.36 : 0.62;
    double maxP = 0;
    for (qsizetype i = 0; i < m_categories.size(); ++i) {
        const QString &lab = m_categories.at(i);
        const double key = double(i + 1);
        if (const LabSeries *series = findLab(primary, lab))
            addArrivalBar(*primary, *series, key - offset, width, false);
        if (const LabSeries *series = findLab(other, lab))
            addArrivalBar(*other, *series, key + offset, width, true);
        double clearAt = 0;
        for (const ValueLabel &v : std::as_const(m_valueLabels))
            if (v.lab == lab)
                clearAt = std::max(clearAt, v.at);
        for (ValueLabel &v : m_valueLabels)
            if (v.lab == lab) {
                v.clearAt = clearAt;
                v.row = key;
            }
        if (m_odds) {
            addOdds(lab, key - offset);
            maxP = std::max(maxP, m_odds->pFirst.count(lab.toStdString()) ? m_odds->pFirst.at(lab.toStdString()) : 0.0);
        }
    }

    const SimulationResult *r = primary ? primary : other;
    if (r && !r->months.empty()) {
        // arrangeAnnotations() widens this so the text after each bar fits.
        m_homeUpper = r->months.back() + 0.3;
        setHomeRange(xAxis, QCPRange(r->months.front(), m_homeUpper));
    }
    setHomeRange(yAxis, QCPRange(0.4, std::max<qsizetype>(m_categories.size(), 1) + 0.6));
    m_oddsHomeUpper = std::clamp(maxP * 100 * 1.1, 5.0, 100.0);
    setHomeRange(m_oddsRect->axis(QCPAxis::atBottom), QCPRange(0, m_oddsHomeUpper));
}

void OutcomeChart::arrangeAnnotations()
{
    // One lab per row: on a short chart its name and its date get smaller
    // (down to a floor) so neighbouring rows do not overlap. Names stop at
    // legible type; rows lower than that name every second (or third) lab,
    // the winner's row first, as the ranking chart does: 7 px names 6.3 px
    // apart ran into each other in Compare mode at 1366x768. Each bar's
    // tooltip still names its lab.
    const double rowPx = std::abs(yAxis->coordToPixel(2) - yAxis->coordToPixel(1));
    const QFont names = yAxis->tickLabelFont();
    const int size = std::max(sizeFittingRows(names, rowPx), chartStyle().legibleFontSize);
    bool relayout = false;
    if (styleSize(names) != size) {
        yAxis->setTickLabelFont(resizedFont(names, size));
        relayout = true;
    }
    const int step = rowsPerLabel(QFontMetrics(yAxis->tickLabelFont()).height(), rowPx);
    if (step != m_rowNameStep) {
        m_rowNameStep = step;
        auto ticker = yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        ticker->clear();
        for (qsizetype i = 0; i < m_categories.size(); ++i) {
            const QString &lab = m_categories.at(i);
            const QString name = isLabVisible(lab) ? lab : lab + tr(" (hidden)");
            ticker->addTick(double(i + 1), i % step == 0 ? name : QString());
        }
        relayout = true;
    }
    if (relayout)
        QCustomPlot::updateLayout(); // the names' width changed: lay out once more before drawing
    // In Compare mode both dates of a lab share its row's line. A row lower
    // than one line of legible type cannot hold that line without reaching
    // into its neighbours' (the dates then scattered and the axis stretched
    // for them): the chart keeps the current scenario's dates at their bars,
    // the compared bars stand for themselves, and the legend says where the
    // compared dates are (every bar's tooltip gives both; the leaderboard
    // has the difference).
    m_comparedDatesShown = true;
    if (comparison() && !m_valueLabels.isEmpty()) {
        const QFont legible = resizedFont(m_valueLabels.front().label->font(), chartStyle().legibleFontSize);
        m_comparedDatesShown = QFontMetrics(legible).height() <= rowPx;
    }
    // Dates of neighbouring rows must not touch: a pixel of air between them.
    // The current scenario's dates alone are not shrunk below legible type:
    // one without room is left out instead, and the legend says so.
    int dateSize = m_valueLabels.isEmpty() ? size : sizeFittingRows(m_valueLabels.front().label->font(), rowPx - 1);
    if (!m_comparedDatesShown)
        dateSize = std::max(dateSize, chartStyle().legibleFontSize);
    for (const ValueLabel &v : std::as_const(m_valueLabels)) {
        const int wanted = std::min(dateSize, chartStyle().fontPointSize - (v.comparison ? 1 : 0));
        if (styleSize(v.label->font()) != wanted)
            v.label->setFont(resizedFont(v.label->font(), wanted));
    }
    const QString alone = tr("its dates on hover");
    const QString someLeftOut = tr("missing dates on hover");
    if (m_comparedDatesShown ? setComparisonNote(QString()) : comparisonNote() != someLeftOut && setComparisonNote(alone))
        QCustomPlot::updateLayout(); // the legend entry's width changed
    QList<ValueLabel> drawn;
    for (const ValueLabel &v : std::as_const(m_valueLabels)) {
        if (v.comparison && !m_comparedDatesShown)
            v.label->setVisible(false);
        else
            drawn << v;
    }
    placeValueLabels(drawn, xAxis, m_homeUpper);
    m_datesLeftOut = 0;
    for (const ValueLabel &v : std::as_const(drawn))
        if (isLabVisible(v.lab) && !v.label->visible())
            ++m_datesLeftOut;
    if (!m_comparedDatesShown && setComparisonNote(m_datesLeftOut > 0 ? someLeftOut : alone)) {
        // Said in the legend, which is laid out again for the longer note: place the dates once more.
        QCustomPlot::updateLayout();
        resetLabelPlacer();
        placeValueLabels(drawn, xAxis, m_homeUpper);
        m_datesLeftOut = 0;
        for (const ValueLabel &v : std::as_const(drawn))
            if (isLabVisible(v.lab) && !v.label->visible())
                ++m_datesLeftOut;
    }
    if (m_odds && !m_oddsLabels.isEmpty()) {
        // The P(first) percentages follow the dates' rule: sized to their
        // rows, never below legible type; on rows lower than that, a
        // percentage goes on its own row at its bar or not at all (its bar's
        // tooltip and the leaderboard give it). Full-size text had spread
        // them over the neighbouring rows, next to other labs' bars.
        const QFont font = m_oddsLabels.front().label->font();
        const int oddsSize = std::min(chartStyle().fontPointSize,
                                      std::max(sizeFittingRows(font, rowPx - 1), chartStyle().legibleFontSize));
        for (const ValueLabel &v : std::as_const(m_oddsLabels))
            if (styleSize(v.label->font()) != oddsSize)
                v.label->setFont(resizedFont(v.label->font(), oddsSize));
        m_oddsRowsShort = QFontMetrics(resizedFont(font, oddsSize)).height() > rowPx;
        placeValueLabels(m_oddsLabels, m_oddsRect->axis(QCPAxis::atBottom), m_oddsHomeUpper);
    }
}

void OutcomeChart::addBarObstacles(LabelPlacer &placer, const QCPAxis *axis)
{
    // Bars are obstacles for the labels (the label of a bar starts where it
    // ends), in pixels at the axis's current range: called again whenever the
    // range changes, or the obstacles would lie where the bars were.
    for (int i = 0; i < plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(plottable(i));
        if (!bars || bars->valueAxis() != axis || !bars->realVisibility() || bars->data()->isEmpty())
            continue;
        const auto point = bars->data()->at(0);
        QCPAxis *keys = bars->keyAxis();
        const QPointF a(axis->coordToPixel(bars->baseValue()), keys->coordToPixel(point->key - bars->width() / 2));
        const QPointF b(axis->coordToPixel(bars->baseValue() + point->value), keys->coordToPixel(point->key + bars->width() / 2));
        placer.addObstacle(QRectF(a, b).normalized().adjusted(0, 1, 0, -1));
    }
}

void OutcomeChart::placeValueLabels(const QList<ValueLabel> &labels, QCPAxis *axis, double homeUpper)
{
    // Each label starts right of its anchor, centred on its bar; when that
    // spot is taken (the other scenario's label of the same lab, in a short
    // chart) it moves right past its partner or slides along its bar's side.
    LabelPlacer &placer = labelPlacer();
    const QRectF area = axis->axisRect()->rect();
    // Both dates of a lab on one line (when the compared ones are drawn).
    const bool comparing = comparison() != nullptr && axis == xAxis && m_comparedDatesShown;
    const bool shortRows = axis == xAxis ? comparison() != nullptr && !m_comparedDatesShown : m_oddsRowsShort;
    const auto candidatesOf = [&](const ValueLabel &v) {
        QList<QRectF> out;
        const QSizeF size = LabelPlacer::textSize(*v.label);
        // Centred on its bar; on its row when the row carries the current scenario's date alone.
        const bool alone = shortRows;
        const QPointF anchor(axis->coordToPixel(v.at), axis->axisRect()->axis(QCPAxis::atLeft)->coordToPixel(alone ? v.row : v.key));
        const double partner = v.partner ? LabelPlacer::textSize(*v.partner).width() + 6 : size.width() + 6;
        const double clear = std::max(axis->coordToPixel(v.clearAt), anchor.x()) + 5;
        if (comparing) {
            // Both dates on one line after the longer bar: this scenario's, then the compared one.
            const double rowY = axis->axisRect()->axis(QCPAxis::atLeft)->coordToPixel(v.row) - size.height() / 2;
            out << QRectF(QPointF(v.comparison ? clear + partner : clear, rowY), size);
        }
        if (alone) {
            // At its own bar or just past the lab's longer one, on its row: a
            // date that has no room there is left out (its bar's tooltip has
            // it), not carried off to where it reads as another row's.
            for (const double left : {anchor.x() + v.gap, clear})
                for (const double dy : {0.0, -size.height() / 4, size.height() / 4}) {
                    const double top = std::clamp(anchor.y() - size.height() / 2 + dy, area.top(),
                                                  std::max(area.top(), area.bottom() - size.height()));
                    out << QRectF(QPointF(left, top), size);
                }
            return out;
        }
        // Past the bars of the neighbouring rows too: on a short chart a text
        // taller than its own row reaches into theirs.
        double pastNeighbours = clear;
        for (const ValueLabel &o : labels)
            if (std::abs(o.row - v.row) <= 1.0)
                pastNeighbours = std::max(pastNeighbours, axis->coordToPixel(o.clearAt) + 5);
        for (const double left : {anchor.x() + v.gap, anchor.x() + v.gap + partner, clear, clear + partner,
                                  clear + 2 * partner, pastNeighbours, pastNeighbours + partner})
            for (const double dy : {0.0, v.towards * size.height() / 3, v.towards * size.height() * 2 / 3}) {
                // Kept inside the plot vertically: the first and last rows' text
                // may be taller than the room their row leaves at the edge.
                const double top = std::clamp(anchor.y() - size.height() / 2 + dy, area.top(),
                                              std::max(area.top(), area.bottom() - size.height()));
                out << QRectF(QPointF(left, top), size);
            }
        return out;
    };
    if (!viewMoved()) {
        // Widen the axis until the farthest label fits (the labels keep their
        // pixel size while the bars scale with the axis).
        axis->setRangeUpper(homeUpper);
        const double width = std::max(1.0, area.width());
        const double lower = axis->range().lower;
        double upper = homeUpper;
        LabelPlacer trial = placer;
        addBarObstacles(trial, axis); // the bars as long as they are at the home range
        QRectF unbounded = area;
        unbounded.setRight(1e7);
        for (const ValueLabel &v : labels) {
            if (!isLabVisible(v.lab))
                continue;
            const QList<QRectF> c = candidatesOf(v);
            const int chosen = shortRows ? trial.place(c, unbounded, LabelPlacer::Lines::Ignore)
                                         : trial.placeBestEffort(c, unbounded, LabelPlacer::Lines::Ignore);
            if (chosen < 0)
                continue;
            // Measured from the bar end the label follows: its own, or the
            // lab's longer one (from its own, the room past the longer bar
            // would be counted in pixels that shrink as the axis widens).
            const double from = c[chosen].left() >= axis->coordToPixel(v.clearAt) ? std::max(v.clearAt, v.at) : v.at;
            const double reach = c[chosen].right() - axis->coordToPixel(from) + 4;
            if (width > reach / 0.6) // the bars keep at least 40% of the width
                upper = std::max(upper, lower + (from - lower) / (1.0 - reach / width));
        }
        axis->setRangeUpper(upper);
        setHomeRange(axis, axis->range());
    }
    addBarObstacles(placer, axis); // at the range the labels are placed and drawn at
    for (const ValueLabel &v : labels) {
        if (!isLabVisible(v.lab)) {
            v.label->setVisible(false);
            continue;
        }
        const QList<QRectF> c = candidatesOf(v);
        // Alone on a short Compare row a date is drawn only where it is free
        // of the bars and the other dates; best effort would lay it over a bar.
        const int chosen = shortRows ? placer.place(c, area, LabelPlacer::Lines::Ignore)
                                     : placer.placeBestEffort(c, area, LabelPlacer::Lines::Ignore);
        v.label->setVisible(chosen >= 0);
        if (chosen >= 0)
            LabelPlacer::moveLabel(*v.label, c[chosen].topLeft());
    }
}

void OutcomeChart::addArrivalBar(const SimulationResult &r, const LabSeries &lab, double key, double width, bool comparison)
{
    if (r.months.empty())
        return;
    const QString name = QString::fromStdString(lab.name);
    const double start = r.months.front();
    const double value = lab.asi_year ? *lab.asi_year : r.months.back();
    SeriesInfo info;
    info.lab = name;
    info.role = kArrival;
    info.comparison = comparison;
    info.quantity = tr("ASI arrival");
    QCPBars *bars = poolBars(info, yAxis, xAxis);
    bars->setWidth(width);
    // QCPBars draw from baseValue to baseValue + value: the bar spans the
    // years from the start of the simulation to the arrival.
    bars->setBaseValue(start);
    bars->setData(QVector<double>{key}, QVector<double>{value - start}, true);
    const QColor colour = labColour(name);
    // Without patterns: an opaque tint (a quarter of the colour on the background),
    // as translucent fills are dropped by some SVG renderers too.
    const QColor bg = chartStyle().background;
    const QColor pale = QColor::fromRgbF(0.25f * colour.redF() + 0.75f * bg.redF(), 0.25f * colour.greenF() + 0.75f * bg.greenF(),
                                         0.25f * colour.blueF() + 0.75f * bg.blueF());
    const QBrush hatched = chartStyle().patternFills ? QBrush(colour, Qt::BDiagPattern) : QBrush(pale);
    QPen pen(colour.darker(115), chartStyle().lineWidth);
    if (comparison) {
        pen.setStyle(Qt::DashLine);
        bars->setBrush(lab.asi_year ? QBrush(colour.lighter(160)) : hatched);
    } else {
        // Not arriving: hatched, so it cannot be mistaken for an arrival in the last year.
        bars->setBrush(lab.asi_year ? QBrush(colour) : hatched);
    }
    bars->setPen(pen);

    const QString key_ = QStringLiteral("value:") + name + (comparison ? QStringLiteral("#compare") : QString());
    auto *label = poolItem<QCPItemText>(key_, name);
    label->position->setAxes(xAxis, yAxis);
    // After the bar, or after the p10-p90 range when that reaches further.
    double labelAt = value;
    if (m_odds && !comparison) {
        auto q = m_odds->arrivalQuantiles.find(lab.name);
        if (q != m_odds->arrivalQuantiles.end())
            labelAt = std::max(labelAt, q->second[2]);
    }
    label->setPadding(QMargins(2, 0, 2, 0));
    QString text = lab.asi_year ? formatMonthYear(*lab.asi_year) : tr("not by %1").arg(horizonYear(r));
    if (comparison) {
        // Follows this scenario's date on the same line: only what differs is worth the room.
        const LabSeries *here = findLab(result().get(), name);
        // "Not by 2040" and "not by 2045" are not the same outcome: the horizons differ.
        const bool same = here && (here->asi_year.has_value() == lab.asi_year.has_value()) &&
                          (lab.asi_year ? std::lround(*here->asi_year * 12) == std::lround(*lab.asi_year * 12)
                                        : horizonYear(*result()) == horizonYear(r));
        text = same ? tr("same") : tr("vs %1").arg(text);
    }
    label->setText(text);
    label->setFont(chartFont(chartStyle().fontPointSize - (comparison ? 1 : 0)));
    label->setColor(lab.asi_year && !comparison ? chartStyle().foreground : chartStyle().muted);
    label->setSelectable(false);
    // The compared bar lies below the current one: its label gives way downwards.
    ValueLabel v{label, name, labelAt, key, labelAt > value ? 5.0 : 2.0, comparison ? 1.0 : -1.0, nullptr, comparison, labelAt, key};
    if (comparison) {
        for (const ValueLabel &other : std::as_const(m_valueLabels))
            if (other.lab == name)
                v.partner = other.label;
    }
    m_valueLabels.append(v);
}

void OutcomeChart::addOdds(const QString &lab, double key)
{
    const std::string name = lab.toStdString();
    const QColor colour = labColour(lab);
    auto q = m_odds->arrivalQuantiles.find(name);
    if (q != m_odds->arrivalQuantiles.end()) {
        const auto &[p10, p50, p90] = q->second;
        auto *range = poolItem<QCPItemLine>(QStringLiteral("range:") + lab, lab);
        range->start->setAxes(xAxis, yAxis);
        range->end->setAxes(xAxis, yAxis);
        range->start->setCoords(p10, key);
        range->end->setCoords(p90, key);
        const qreal ms = chartStyle().markerScale;
        range->setPen(QPen(chartStyle().foreground, 1.5 * ms));
        range->setHead(QCPLineEnding(QCPLineEnding::esBar, 8 * ms));
        range->setTail(QCPLineEnding(QCPLineEnding::esBar, 8 * ms));
        range->setSelectable(false);
        auto *median = poolItem<QCPItemTracer>(QStringLiteral("median:") + lab, lab);
        median->position->setAxes(xAxis, yAxis);
        median->position->setCoords(p50, key);
        median->setStyle(QCPItemTracer::tsCircle);
        median->setSize(7 * ms);
        median->setPen(QPen(chartStyle().foreground, 1.5 * ms));
        median->setBrush(QBrush(chartStyle().background));
        median->setSelectable(false);
    }

    const double p = m_odds->pFirst.count(name) ? m_odds->pFirst.at(name) : 0.0;
    SeriesInfo info;
    info.lab = lab;
    info.role = kPFirst;
    info.quantity = tr("P(first to ASI)");
    info.unit = QStringLiteral("%");
    info.decimals = 0;
    QCPAxis *oddsX = m_oddsRect->axis(QCPAxis::atBottom);
    QCPAxis *oddsY = m_oddsRect->axis(QCPAxis::atLeft);
    QCPBars *bars = poolBars(info, oddsY, oddsX);
    bars->setWidth(0.62);
    bars->setData(QVector<double>{key}, QVector<double>{p * 100.0}, true);
    bars->setBrush(QBrush(colour));
    bars->setPen(QPen(colour.darker(115), chartStyle().lineWidth));

    auto *label = poolItem<QCPItemText>(QStringLiteral("pfirst:") + lab, lab);
    label->setClipAxisRect(m_oddsRect);
    label->position->setAxes(oddsX, oddsY);
    label->setPadding(QMargins(2, 0, 2, 0));
    label->setText(QStringLiteral("%1%").arg(p * 100.0, 0, 'f', p < 0.095 && p > 0 ? 1 : 0));
    label->setFont(chartFont(chartStyle().fontPointSize));
    label->setColor(chartStyle().foreground);
    label->setSelectable(false);
    m_oddsLabels.append({label, lab, p * 100.0, key, 2.0, 1.0, nullptr, false, p * 100.0, key});
}

QString OutcomeChart::valueLabel(const QString &lab, bool comparison) const
{
    const QCPItemText *label = valueLabelItem(lab, comparison);
    return label ? label->text() : QString();
}

QCPItemText *OutcomeChart::valueLabelItem(const QString &lab, bool comparison) const
{
    for (const ValueLabel &v : m_valueLabels)
        if (v.lab == lab && v.comparison == comparison)
            return v.label;
    return nullptr;
}

QCPItemText *OutcomeChart::oddsLabelItem(const QString &lab) const
{
    for (const ValueLabel &v : m_oddsLabels)
        if (v.lab == lab)
            return v.label;
    return nullptr;
}

ChartTable OutcomeChart::dataTable() const
{
    ChartTable table;
    const SimulationResult *primary = result().get();
    const SimulationResult *other = comparison().get();
    table.columns << ChartTableColumn{tr("Lab"), ChartTableColumn::Kind::Text, 0}
                  << ChartTableColumn{tr("ASI arrival"), ChartTableColumn::Kind::Date, 0};
    if (other)
        table.columns << ChartTableColumn{tr("ASI arrival, compared"), ChartTableColumn::Kind::Date, 0};
    if (m_odds)
        table.columns << ChartTableColumn{tr("P(first to ASI) (%)"), ChartTableColumn::Kind::Number, 1};
    const auto arrival = [](const SimulationResult *r, const QString &lab) -> QVariant {
        const LabSeries *series = findLab(r, lab);
        if (!series)
            return {};
        if (series->asi_year)
            return *series->asi_year;
        return tr("not by %1").arg(horizonYear(*r));
    };
    for (const QString &lab : m_categories) {
        QList<QVariant> row{lab, arrival(primary, lab)};
        if (other)
            row << arrival(other, lab);
        if (m_odds) {
            const auto p = m_odds->pFirst.find(lab.toStdString());
            row << (p != m_odds->pFirst.end() ? QVariant(p->second * 100.0) : QVariant());
        }
        table.rows << row;
    }
    return table;
}

QString OutcomeChart::hoverText(const QCPAbstractPlottable *, const SeriesInfo &info, int) const
{
    const QString head = info.comparison ? info.lab + tr(" (compare)") : info.lab;
    if (info.role == kPFirst) {
        const double p = m_odds && m_odds->pFirst.count(info.lab.toStdString()) ? m_odds->pFirst.at(info.lab.toStdString()) : 0.0;
        QString text = tr("%1\nP(first to ASI): %2%").arg(head).arg(p * 100.0, 0, 'f', 1);
        if (m_odds && m_odds->runs > 0)
            text += tr("\n%1 Monte Carlo runs").arg(m_odds->runs);
        return text;
    }
    const SimulationResult *r = info.comparison ? comparison().get() : result().get();
    const LabSeries *lab = findLab(r, info.lab);
    if (!lab)
        return {};
    QString text = lab->asi_year ? tr("%1\nASI arrival: %2").arg(head, formatMonthYear(*lab->asi_year))
                                 : tr("%1\nNo ASI by %2").arg(head).arg(horizonYear(*r));
    // In Compare mode each bar's tooltip gives the other scenario's date too
    // (a short chart draws only the current scenario's dates).
    const SimulationResult *otherResult = info.comparison ? result().get() : comparison().get();
    if (const LabSeries *otherLab = findLab(otherResult, info.lab)) {
        const QString date = otherLab->asi_year ? formatMonthYear(*otherLab->asi_year)
                                                : tr("no ASI by %1").arg(horizonYear(*otherResult));
        const QString name = info.comparison ? (scenarioName().isEmpty() ? tr("This scenario") : scenarioName())
                                             : (comparisonName().isEmpty() ? tr("Compared") : comparisonName());
        text += tr("\n%1: %2").arg(name, date);
    }
    if (!lab->effective_flop_log10.empty())
        text += tr("\nκ at end: %1").arg(lab->effective_flop_log10.back(), 0, 'f', 2);
    if (lab->final_rank > 0)
        text += tr("\nFinal rank: %1").arg(lab->final_rank);
    if (m_odds) {
        auto q = m_odds->arrivalQuantiles.find(info.lab.toStdString());
        if (q != m_odds->arrivalQuantiles.end())
            text += tr("\nArrival p10–p90: %1 – %2 (median %3)")
                        .arg(formatMonthYear(q->second[0]), formatMonthYear(q->second[2]), formatMonthYear(q->second[1]));
    }
    return text;
}

void OutcomeChart::onAxisClick(QCPAxis *axis, QCPAxis::SelectablePart part, QMouseEvent *event)
{
    // Clicking a lab's name on the category axis works like a legend entry.
    if (axis != yAxis || part != QCPAxis::spTickLabels)
        return;
    const int index = int(std::lround(yAxis->pixelToCoord(event->position().y()))) - 1;
    if (index >= 0 && index < m_categories.size())
        toggleLabByUser(m_categories.at(index));
}

} // namespace asirace
