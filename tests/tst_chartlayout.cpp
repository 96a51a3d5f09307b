// Chart labels never clip and never collide: for every built-in scenario,
// alone and in Compare mode, on screen-sized charts and in three export
// sizes, every visible label lies inside the area it is drawn in (its axis
// rect, or the chart for labels in the margin), no two labels intersect, the
// flat labels keep off the plotted lines, and the value axes cover all the
// data. The geometry is read back from the drawn items (their corner anchors),
// not from the code that placed them.
#include "builtinscenarios.h"
#include "capabilitychart.h"
#include "chartevents.h"
#include "chartexporter.h"
#include "chartkind.h"
#include "montecarlo.h"
#include "outcomechart.h"
#include "outcomeodds.h"
#include "racechart.h"
#include "rankingchart.h"
#include "ranking.h"
#include "simulator.h"

#include <QDebug>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace asirace;

Q_DECLARE_METATYPE(asirace::ChartKind)

namespace {

struct LabelBox {
    QString text;
    QRectF rect;   // pixels, including padding
    QRectF bounds; // where it must lie
    QCPAxisRect *axisRect = nullptr;
    bool flat = true; // rotated labels (event dates) run along their marker line
    bool boxed = false; // drawn on an opaque box: may cover a dashed event line
    QCPItemText *item = nullptr;
};

const std::shared_ptr<const SimulationResult> &resultOf(const Scenario &s)
{
    static std::map<std::string, std::shared_ptr<const SimulationResult>> cache;
    auto &r = cache[s.name];
    if (!r)
        r = std::make_shared<const SimulationResult>(simulate(s));
    return r;
}

QList<LabelBox> labelBoxes(const RaceChart &chart)
{
    QList<LabelBox> out;
    for (int i = 0; i < chart.itemCount(); ++i) {
        auto *label = qobject_cast<QCPItemText *>(chart.item(i));
        if (!label || !label->realVisibility() || label->text().isEmpty())
            continue;
        QPolygonF corners;
        for (QCPItemAnchor *a : {label->topLeft, label->topRight, label->bottomLeft, label->bottomRight})
            corners << a->pixelPosition();
        LabelBox box;
        box.text = label->text();
        box.rect = corners.boundingRect();
        box.flat = std::fmod(std::abs(label->rotation()), 180.0) < 1;
        box.boxed = label->brush().style() != Qt::NoBrush;
        box.item = label;
        box.axisRect = label->clipToAxisRect() ? label->clipAxisRect() : nullptr;
        box.bounds = box.axisRect ? QRectF(box.axisRect->rect()) : QRectF(chart.rect());
        out << box;
    }
    return out;
}

// Liang-Barsky: does the segment a-b pass through the rectangle?
bool segmentHitsRect(QPointF a, QPointF b, const QRectF &r)
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

// The first plotted line of `rect` passing through `box`, or an empty string.
QString lineThrough(const RaceChart &chart, QCPAxisRect *rect, const QRectF &box)
{
    for (int i = 0; i < chart.graphCount(); ++i) {
        QCPGraph *g = chart.graph(i);
        if (!g->realVisibility() || g->lineStyle() == QCPGraph::lsNone || g->keyAxis()->axisRect() != rect)
            continue;
        bool havePrevious = false;
        QPointF previous;
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            if (!std::isfinite(it->value)) {
                havePrevious = false;
                continue;
            }
            const QPointF p(g->keyAxis()->coordToPixel(it->key), g->valueAxis()->coordToPixel(it->value));
            if (havePrevious && segmentHitsRect(previous, p, box))
                return g->name();
            previous = p;
            havePrevious = true;
        }
    }
    return {};
}

// Checks one laid-out chart; returns the problems found (empty = fine).
QStringList problems(const RaceChart &chart, const QString &where)
{
    QStringList out;
    const QList<LabelBox> boxes = labelBoxes(chart);
    for (int i = 0; i < boxes.size(); ++i) {
        const LabelBox &b = boxes[i];
        // Half a pixel of slack for anti-aliased rounding at the edges.
        if (!b.bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(b.rect))
            out << QStringLiteral("%1: '%2' %3 leaves its area %4").arg(where, b.text).arg(QDebug::toString(b.rect), QDebug::toString(b.bounds));
        for (int j = i + 1; j < boxes.size(); ++j)
            if (b.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(boxes[j].rect.adjusted(0.5, 0.5, -0.5, -0.5)))
                out << QStringLiteral("%1: '%2' overlaps '%3'").arg(where, b.text, boxes[j].text);
        if (b.flat && b.axisRect) {
            const QString line = lineThrough(chart, b.axisRect, b.rect.adjusted(1, 1, -1, -1));
            if (!line.isEmpty())
                out << QStringLiteral("%1: the line of %2 runs through '%3'").arg(where, line, b.text);
        }
    }
    // Dashed event lines: a label without a box is not drawn across one (only
    // an event's own label runs along its line), and event labels keep a gap.
    const QList<QCPItemStraightLine *> markers = chart.eventMarkers();
    for (const LabelBox &b : boxes) {
        if (!b.axisRect || (b.flat && b.boxed))
            continue;
        const QRectF inner = b.rect.adjusted(1, 1, -1, -1);
        for (QCPItemStraightLine *m : markers) {
            if (!m->visible() || m->clipAxisRect() != b.axisRect)
                continue;
            const double x = m->point1->pixelPosition().x();
            if (x > inner.left() && x < inner.right()) {
                out << QStringLiteral("%1: the event line at %2 px runs through '%3'").arg(where).arg(x, 0, 'f', 1).arg(b.text);
                break;
            }
        }
    }
    for (int i = 0; i < boxes.size(); ++i)
        for (int j = i + 1; j < boxes.size(); ++j)
            if (!boxes[i].flat && !boxes[j].flat && boxes[i].axisRect == boxes[j].axisRect &&
                boxes[i].rect.adjusted(-1, 0, 1, 0).intersects(boxes[j].rect.adjusted(-1, 0, 1, 0)))
                out << QStringLiteral("%1: event labels '%2' and '%3' touch").arg(where, boxes[i].text, boxes[j].text);
    // Axis titles fit along their axis (a longer one is clipped by the chart's edge or runs into the next panel's).
    for (QCPAxisRect *rect : chart.axisRects())
        for (QCPAxis *axis : rect->axes()) {
            if (!axis->visible() || axis->label().isEmpty())
                continue;
            const int room = axis->orientation() == Qt::Vertical ? rect->height() : rect->width();
            const int length = QFontMetrics(axis->labelFont()).horizontalAdvance(axis->label());
            if (length > room + 1)
                out << QStringLiteral("%1: axis title '%2' is %3 px long, its axis %4 px").arg(where, axis->label()).arg(length).arg(room);
        }
    // Tick labels on a vertical axis do not run into each other: adjacent
    // labels are at least their ink apart (a power of ten such as 10^27 spans
    // the font's ascent, its exponent raised to the top of the line). At
    // 1366x768 the compute chart's two axes are a few dozen pixels tall, and
    // in Compare mode the ranks and the outcome chart's lab names had 6-9 px a row.
    for (QCPAxisRect *rect : chart.axisRects())
        for (QCPAxis *axis : rect->axes()) {
            if (!axis->visible() || !axis->tickLabels() || axis->orientation() != Qt::Vertical)
                continue;
            const QFontMetrics metrics(axis->tickLabelFont());
            const bool powers = axis->numberFormat().contains(QLatin1Char('b'));
            QList<QPair<double, int>> labels; // pixel, ink height
            const QVector<double> ticks = axis->tickVector();
            const QVector<QString> texts = axis->tickVectorLabels();
            for (qsizetype i = 0; i < ticks.size() && i < texts.size(); ++i)
                if (axis->range().contains(ticks[i]) && !texts[i].isEmpty())
                    labels.append({axis->coordToPixel(ticks[i]),
                                   powers ? metrics.ascent() : metrics.tightBoundingRect(texts[i]).height()});
            std::sort(labels.begin(), labels.end());
            for (qsizetype i = 1; i < labels.size(); ++i) {
                const double gap = labels[i].first - labels[i - 1].first;
                const double ink = (labels[i].second + labels[i - 1].second) / 2.0;
                if (gap < ink) {
                    out << QStringLiteral("%1: tick labels of the axis '%2' are %3 px apart, their text %4 px tall")
                               .arg(where, axis->label())
                               .arg(gap, 0, 'f', 1)
                               .arg(ink, 0, 'f', 1);
                    break;
                }
            }
        }
    // Legend entries do not overlap and stay on the chart.
    for (QCPLegend *legend : {chart.legend, chart.compareLegend()}) {
        if (!legend->realVisibility() || !legend->layout())
            continue;
        QList<QRect> entries;
        for (int i = 0; i < legend->itemCount(); ++i)
            entries << legend->item(i)->outerRect();
        for (int i = 0; i < entries.size(); ++i) {
            if (!chart.rect().contains(entries[i]))
                out << QStringLiteral("%1: legend entry %2 leaves the chart").arg(where).arg(i);
            // A squeezed entry keeps its rectangle inside the chart but draws its
            // text past it, over the next entry and off the edge.
            const QSize need = legend->item(i)->minimumOuterSizeHint();
            if (entries[i].height() + 1 < need.height()) // a squeezed row: drawn over the title above it
                out << QStringLiteral("%1: legend entry %2 needs %3 px of height, has %4")
                           .arg(where)
                           .arg(i)
                           .arg(need.height())
                           .arg(entries[i].height());
            const int needed = need.width();
            if (entries[i].width() + 1 < needed)
                out << QStringLiteral("%1: legend entry %2 ('%3') needs %4 px, has %5")
                           .arg(where)
                           .arg(i)
                           .arg(qobject_cast<QCPPlottableLegendItem *>(legend->item(i))
                                    ? qobject_cast<QCPPlottableLegendItem *>(legend->item(i))->plottable()->name()
                                    : QString())
                           .arg(needed)
                           .arg(entries[i].width());
            for (int j = i + 1; j < entries.size(); ++j)
                if (entries[i].intersects(entries[j]))
                    out << QStringLiteral("%1: legend entries %2 and %3 overlap").arg(where).arg(i).arg(j);
        }
    }
    // The value axes show all the data of the years in view.
    for (int i = 0; i < chart.graphCount(); ++i) {
        QCPGraph *g = chart.graph(i);
        if (!g->realVisibility() || g->data()->isEmpty())
            continue;
        const QCPRange keys = g->keyAxis()->range();
        const QCPRange values = g->valueAxis()->range();
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
            if (!std::isfinite(it->value) || !keys.contains(it->key))
                continue;
            if (!values.contains(it->value)) {
                out << QStringLiteral("%1: %2 reaches %3 at %4, outside the axis range %5-%6")
                           .arg(where, g->name())
                           .arg(it->value)
                           .arg(it->key, 0, 'f', 2)
                           .arg(values.lower)
                           .arg(values.upper);
                break;
            }
        }
    }
    return out;
}

// Lays the chart out by painting it (the paint path of screen replots and
// exports); with ASIRACE_LAYOUT_SHOTS set, keeps the picture there for a look.
void layOut(RaceChart &chart, const QSize &size, const QString &name = {})
{
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QCPPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart.toPainter(&painter, size.width(), size.height());
    }
    const QString dir = qEnvironmentVariable("ASIRACE_LAYOUT_SHOTS");
    if (!dir.isEmpty() && !name.isEmpty()) {
        QString file = name;
        file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        image.save(dir + QLatin1Char('/') + file + QStringLiteral(".png"));
    }
}

struct Case {
    QString name;
    const Scenario *scenario;
    const Scenario *comparison;
};

// The compared result is always a result of its own (as the comparison runner delivers it), also "vs itself".
std::shared_ptr<const SimulationResult> comparisonOf(const Case &c)
{
    if (!c.comparison)
        return nullptr;
    return std::make_shared<const SimulationResult>(*resultOf(*c.comparison));
}

QList<Case> cases()
{
    QList<Case> out;
    const auto &all = builtinScenarios();
    for (size_t i = 0; i < all.size(); ++i) {
        const QString name = QString::fromStdString(all[i].name);
        out << Case{name, &all[i], nullptr};
        // Compare mode: with the next scenario, and with itself (every arrival date twice).
        out << Case{name + QStringLiteral(" vs ") + QString::fromStdString(all[(i + 1) % all.size()].name), &all[i],
                    &all[(i + 1) % all.size()]};
        out << Case{name + QStringLiteral(" vs itself"), &all[i], &all[i]};
    }
    return out;
}

} // namespace

class TestChartLayout : public QObject
{
    Q_OBJECT
private slots:
    void labelsFitOnScreen_data();
    void labelsFitOnScreen();
    void labelsFitInExports_data();
    void labelsFitInExports();
    void labelsStayInsideWhileZoomedAndPanned();
    void everyArrivalKeepsItsLabel();
    void everyDateSitsAtItsBar();
    void everyOddsPercentageSitsAtItsBar();
    void capabilityRangeHugsTheData();
    void nearbyEventsShareALabel();
    void rankingChartDrawsTheSteadySeries();
    void rankingNamesStayLegible();
};

void TestChartLayout::labelsFitOnScreen_data()
{
    QTest::addColumn<ChartKind>("kind");
    for (ChartKind kind : allChartKinds())
        QTest::newRow(qPrintable(chartId(kind))) << kind;
}

void TestChartLayout::labelsFitOnScreen()
{
    QFETCH(ChartKind, kind);
    QStringList found;
    // A quarter of the chart panel at 1366x768 and at 1920x1080, as the
    // dashboard lays them out (measured under Xvfb), and two roomier docks.
    for (const QSize size : {QSize(515, 152), QSize(725, 248), QSize(470, 290), QSize(800, 440)}) {
        for (const Case &c : cases()) {
            auto chart = createChart(kind);
            chart->setComparisonName(c.comparison ? QString::fromStdString(c.comparison->name) : QString());
            chart->setEvents(chartEventsOf(*c.scenario));
            chart->setResult(resultOf(*c.scenario), comparisonOf(c));
            const QString where = QStringLiteral("%1 %2 %3x%4").arg(chartId(kind), c.name).arg(size.width()).arg(size.height());
            layOut(*chart, size, where);
            found << problems(*chart, where);
            if (c.comparison && chart->canShowDifference()) {
                chart->setCompareStyle(RaceChart::CompareStyle::Difference);
                layOut(*chart, size, where + QStringLiteral(" difference"));
                found << problems(*chart, where + QStringLiteral(" difference"));
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 12).join(QLatin1Char('\n'))));
}

void TestChartLayout::labelsFitInExports_data()
{
    labelsFitOnScreen_data();
}

void TestChartLayout::labelsFitInExports()
{
    QFETCH(ChartKind, kind);
    QStringList found;
    for (const QSize size : {QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080), kA4LandscapeSize}) {
        for (const Case &c : cases()) {
            ExportContext context;
            context.scenario = *c.scenario;
            context.result = resultOf(*c.scenario);
            if (c.comparison) {
                context.comparison = comparisonOf(c);
                context.comparisonName = QString::fromStdString(c.comparison->name);
            }
            ExportOptions options;
            options.size = size;
            const ChartExporter exporter(context, options);
            auto chart = exporter.presentationChart(kind, size);
            const QString where = QStringLiteral("export %1 %2 %3x%4").arg(chartId(kind), c.name).arg(size.width()).arg(size.height());
            layOut(*chart, exporter.chartArea(kind, size).size(), where);
            found << problems(*chart, where);
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 12).join(QLatin1Char('\n'))));
}

void TestChartLayout::labelsStayInsideWhileZoomedAndPanned()
{
    // Drag and wheel only move axis ranges: emulate them and lay out again.
    QStringList found;
    for (ChartKind kind : allChartKinds()) {
        for (const Scenario &s : builtinScenarios()) {
            auto chart = createChart(kind);
            chart->setEvents(chartEventsOf(s));
            chart->setResult(resultOf(s));
            layOut(*chart, QSize(600, 380));
            for (const auto &[shift, zoom] : {std::pair{0.3, 1.0}, std::pair{-0.2, 0.6}, std::pair{0.1, 1.8}}) {
                for (QCPAxisRect *rect : chart->axisRects()) {
                    for (QCPAxis *axis : {rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft)}) {
                        if (!(rect->rangeDrag() & axis->orientation()) || !rect->rangeDragAxes(axis->orientation()).contains(axis))
                            continue; // the user cannot move this axis
                        axis->moveRange(axis->range().size() * shift);
                        axis->scaleRange(zoom, axis->range().center());
                    }
                }
                layOut(*chart, QSize(600, 380));
                for (const QString &p : problems(*chart, QStringLiteral("%1 %2 moved").arg(chartId(kind), QString::fromStdString(s.name))))
                    if (!p.contains(QLatin1String("outside the axis range"))) // a zoom may crop data on purpose
                        found << p;
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 12).join(QLatin1Char('\n'))));
}

void TestChartLayout::everyArrivalKeepsItsLabel()
{
    // Passing the layout checks by dropping labels does not count: every lab
    // that arrives keeps its arrival label and its outcome value label, at
    // the dashboard's chart sizes on a 1366x768 and a 1920x1080 screen too.
    // Compare mode (two labels a lab) too: a panel whose rows are too low for
    // both dates draws the current scenario's, and its legend says where the
    // compared ones are; the arrival axis is not widened for dates not drawn.
    int leftOut = 0;
    for (const QSize size : {QSize(470, 290), QSize(515, 152), QSize(594, 136), QSize(725, 248)})
    for (const bool comparing : {false, true}) {
        if (!comparing && size == QSize(594, 136))
            continue; // the Compare-mode panel at 1366x768
        for (const Scenario &s : builtinScenarios()) {
            const QString where = QString::fromStdString(s.name) + QStringLiteral(" at %1x%2").arg(size.width()).arg(size.height()) +
                                  (comparing ? QStringLiteral(" compared") : QString());
            CapabilityChart capability;
            OutcomeChart outcome;
            // The compared result is its own object, as from the runner.
            const auto copy = comparing ? std::make_shared<const SimulationResult>(*resultOf(s)) : nullptr;
            capability.setResult(resultOf(s), copy);
            outcome.setResult(resultOf(s), copy);
            layOut(capability, size, QStringLiteral("arrivals capability ") + where);
            layOut(outcome, size, QStringLiteral("arrivals outcome ") + where);
            const QList<LabelBox> capBoxes = labelBoxes(capability);
            const QList<LabelBox> outBoxes = labelBoxes(outcome);
            for (const LabSeries &lab : resultOf(s)->labs) {
                const QString name = QString::fromStdString(lab.name);
                if (lab.asi_year && size.height() >= 200) { // short charts may merge arrival labels
                    const QString text = capability.arrivalLabels().value(name);
                    QVERIFY2(!text.isEmpty(), qPrintable(name));
                    QVERIFY2(std::any_of(capBoxes.begin(), capBoxes.end(), [&](const LabelBox &b) { return b.text == text; }),
                             qPrintable(where + QStringLiteral(": no visible label ") + text));
                }
                for (bool comparison : {false, true})
                    if (comparing || !comparison)
                        QVERIFY2(!outcome.valueLabel(name, comparison).isEmpty(), qPrintable(name));
            }
            // Every value label is drawn (the outcome chart has no other labels),
            // but for the compared dates of a panel that says it leaves them out.
            const bool bothDates = comparing && outcome.comparedDatesShown();
            if (comparing && !bothDates)
                QVERIFY2(!outcome.comparisonNote().isEmpty(), qPrintable(where + QStringLiteral(": compared dates left out unsaid")));
            if (bothDates)
                QVERIFY2(outcome.comparisonNote().isEmpty(), qPrintable(where));
            QStringList drawn;
            double rightmost = 0;
            for (const LabelBox &b : outBoxes) {
                drawn << b.text;
                rightmost = std::max(rightmost, b.rect.right());
            }
            // Only a panel in Compare mode may leave out a current date with no room at its bar, and says so.
            if (outcome.datesLeftOut() > 0) {
                QVERIFY2(comparing && !bothDates, qPrintable(where + QStringLiteral(": dates left out")));
                QVERIFY2(outcome.comparisonNote().contains(QLatin1String("missing")), qPrintable(where + QStringLiteral(": dates left out unsaid")));
                leftOut += outcome.datesLeftOut();
            }
            const int labels = (bothDates ? 2 : 1) * int(resultOf(s)->labs.size()) - outcome.datesLeftOut();
            QVERIFY2(outBoxes.size() == labels, qPrintable(where + QStringLiteral(": drawn ") + drawn.join(QStringLiteral(", "))));
            // The arrival axis reaches no further than the horizon or the last drawn date (and a little air).
            const double horizon = resultOf(s)->months.back() + 0.3;
            const double reach = std::max(horizon, outcome.xAxis->pixelToCoord(rightmost + 8));
            QVERIFY2(outcome.xAxis->range().upper <= reach + 1e-6,
                     qPrintable(where + QStringLiteral(": the arrival axis runs to %1, the dates end at %2")
                                            .arg(outcome.xAxis->range().upper, 0, 'f', 1).arg(reach, 0, 'f', 1)));
        }
    }
    qInfo("%d current dates left out (on hover, said in the legend) at the window sizes", leftOut);
}

void TestChartLayout::everyDateSitsAtItsBar()
{
    // Each lab's arrival date starts just right of its own bar, in the export
    // at 1366x768 and in the window's panels (the export once drew the
    // winner's date 70 px further, past the next lab's bar: the bars it kept
    // clear of lay where they were before the axis was widened for the dates).
    // In Compare mode both dates of a lab may share a line after its longer
    // bar, the compared one right after the current one. Every built-in
    // scenario, alone, against Patel's view and against itself.
    constexpr double kNear = 8; // px: the 2 px gap, or 5 px after the longer bar, plus rounding
    const auto &all = builtinScenarios();
    const auto patel = std::find_if(all.begin(), all.end(), [](const Scenario &s) { return s.name == "Patel's view"; });
    QVERIFY(patel != all.end());
    QStringList found;
    int leftOut = 0;
    const auto check = [&](OutcomeChart &chart, const QString &where) {
        for (const QString &lab : chart.categories()) {
            std::map<bool, double> ends; // bar end in pixels, by comparison
            for (bool comparison : {false, true}) {
                auto *bars = qobject_cast<QCPBars *>(chart.seriesPlottable(lab, QStringLiteral("arrival"), comparison));
                if (bars && bars->realVisibility() && !bars->data()->isEmpty())
                    ends[comparison] = bars->valueAxis()->coordToPixel(bars->baseValue() + bars->data()->at(0)->value);
            }
            if (ends.empty())
                continue; // a hidden lab draws neither bar nor date
            const double labEnd = std::max_element(ends.begin(), ends.end(), [](auto &a, auto &b) { return a.second < b.second; })->second;
            for (const auto &[comparison, end] : ends) {
                const QString which = where + QStringLiteral(": ") + lab + (comparison ? QStringLiteral(" (compared)") : QString());
                QCPItemText *label = chart.valueLabelItem(lab, comparison);
                if (comparison && !chart.comparedDatesShown()) {
                    // Rows too low for both dates: the compared ones are left out, and the legend says so.
                    if (label && label->realVisibility())
                        found << which + QStringLiteral(": '%1' drawn on rows too low for it").arg(label->text());
                    if (chart.comparisonNote().isEmpty())
                        found << which + QStringLiteral(": compared dates left out unsaid");
                    continue;
                }
                if (!label || !label->realVisibility()) {
                    if (!comparison && chart.datesLeftOut() > 0 && chart.comparisonNote().contains(QLatin1String("missing"))) {
                        ++leftOut; // no room at its bar, said in the legend
                        continue;
                    }
                    found << which + QStringLiteral(" has no date");
                    continue;
                }
                const QRectF box = QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
                const auto near = [&](double edge) { return box.left() >= edge - 0.5 && box.left() <= edge + kNear; };
                QCPItemText *partner = comparison ? chart.valueLabelItem(lab, false) : nullptr;
                const bool afterPartner = partner && partner->realVisibility() && near(partner->topRight->pixelPosition().x());
                if (!near(end) && !near(labEnd) && !afterPartner)
                    found << QStringLiteral("%1: '%2' starts at %3 px, its bar ends at %4 px")
                                 .arg(which, label->text())
                                 .arg(box.left(), 0, 'f', 1)
                                 .arg(end, 0, 'f', 1);
                // On short Compare rows a date is drawn clear of every bar, or not at all.
                if (!chart.comparedDatesShown())
                    for (const QString &other : chart.categories())
                        for (bool c : {false, true}) {
                            auto *bars = qobject_cast<QCPBars *>(chart.seriesPlottable(other, QStringLiteral("arrival"), c));
                            if (!bars || !bars->realVisibility() || bars->data()->isEmpty())
                                continue;
                            const auto point = bars->data()->at(0);
                            const QRectF bar = QRectF(QPointF(bars->valueAxis()->coordToPixel(bars->baseValue()),
                                                              bars->keyAxis()->coordToPixel(point->key - bars->width() / 2)),
                                                      QPointF(bars->valueAxis()->coordToPixel(bars->baseValue() + point->value),
                                                              bars->keyAxis()->coordToPixel(point->key + bars->width() / 2)))
                                                   .normalized();
                            if (box.adjusted(1, 1, -1, -1).intersects(bar.adjusted(0, 1, 0, -1)))
                                found << which + QStringLiteral(": '%1' lies over the bar of %2%3").arg(label->text(), other,
                                                                                                      c ? QStringLiteral(" (compared)") : QString());
                        }
                // On its own row: the text reaches into the band of its category.
                const QCPAxis *rows = chart.yAxis;
                const int index = int(chart.categories().indexOf(lab)) + 1;
                const double top = rows->coordToPixel(index - 0.5), bottom = rows->coordToPixel(index + 0.5);
                if (box.bottom() <= std::min(top, bottom) || box.top() >= std::max(top, bottom))
                    found << which + QStringLiteral(": '%1' is off its row").arg(label->text());
            }
        }
    };
    const QSize exportSize(1366, 768);
    for (const Scenario &s : all) {
        for (const Scenario *compared : {static_cast<const Scenario *>(nullptr), &*patel, &s}) {
            const QString what = QString::fromStdString(s.name) +
                                 (compared ? QStringLiteral(" vs ") + QString::fromStdString(compared->name) : QString());
            const auto comparison = compared ? std::make_shared<const SimulationResult>(*resultOf(*compared)) : nullptr;
            {
                ExportContext context;
                context.scenario = s;
                context.result = resultOf(s);
                context.comparison = comparison;
                if (compared)
                    context.comparisonName = QString::fromStdString(compared->name);
                ExportOptions options;
                options.size = exportSize;
                const ChartExporter exporter(context, options);
                auto chart = exporter.presentationChart(ChartKind::Outcome, exportSize);
                auto *outcome = dynamic_cast<OutcomeChart *>(chart.get());
                QVERIFY(outcome);
                const QString where = QStringLiteral("export ") + what + QStringLiteral(" at 1366x768");
                layOut(*outcome, exporter.chartArea(ChartKind::Outcome, exportSize).size(), where);
                check(*outcome, where);
            }
            for (const QSize size : {QSize(470, 290), QSize(515, 152), QSize(594, 136), QSize(725, 248)}) {
                // 594x136: the panel in Compare mode at 1366x768 (the headline takes two more lines).
                if (!compared && size == QSize(594, 136))
                    continue;
                OutcomeChart outcome;
                outcome.setResult(resultOf(s), comparison);
                const QString where = what + QStringLiteral(" at %1x%2").arg(size.width()).arg(size.height());
                layOut(outcome, size, where);
                check(outcome, where);
            }
        }
    }
    qInfo("%d dates left out (on hover, said in the legend)", leftOut);
    QVERIFY2(found.isEmpty(), qPrintable(QString::number(found.size()) + QStringLiteral(" misplaced:\n") + found.mid(0, 12).join(QLatin1Char('\n'))));
}

void TestChartLayout::everyOddsPercentageSitsAtItsBar()
{
    // With Monte Carlo on, each lab's P(first) percentage is drawn on its own
    // row just right of its own bar, or left out (its bar's tooltip and the
    // leaderboard give it). In the window's 515x152 panel full-size text once
    // spread the percentages over the neighbouring rows: "12%" (Anthropic's)
    // stood beside OpenAI's 24% bar, and OpenAI's own was missing.
    constexpr double kNear = 8;
    QStringList found;
    int drawn = 0;
    for (const Scenario *s : {&defaultScenario(), &builtinScenarios().back()}) {
        MonteCarloOptions options;
        options.runs = 400;
        const OutcomeOdds odds = outcomeOddsFrom(runMonteCarlo(*s, options));
        for (const QSize size : {QSize(470, 290), QSize(515, 152), QSize(725, 248)}) {
            OutcomeChart chart;
            chart.setResult(resultOf(*s), nullptr);
            chart.setOdds(odds);
            const QString where = QString::fromStdString(s->name) + QStringLiteral(" at %1x%2").arg(size.width()).arg(size.height());
            layOut(chart, size, where);
            for (const QString &lab : chart.categories()) {
                QCPItemText *label = chart.oddsLabelItem(lab);
                auto *bars = qobject_cast<QCPBars *>(chart.seriesPlottable(lab, QStringLiteral("pfirst")));
                if (!label || !label->realVisibility() || !bars || bars->data()->isEmpty())
                    continue;
                ++drawn;
                const QRectF box = QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
                const auto point = bars->data()->at(0);
                const double end = bars->valueAxis()->coordToPixel(point->value);
                if (box.left() < end - 0.5 || box.left() > end + kNear)
                    found << QStringLiteral("%1: %2 '%3' starts at %4 px, its bar ends at %5 px")
                                 .arg(where, lab, label->text())
                                 .arg(box.left(), 0, 'f', 1)
                                 .arg(end, 0, 'f', 1);
                const double top = bars->keyAxis()->coordToPixel(point->key - 0.5);
                const double bottom = bars->keyAxis()->coordToPixel(point->key + 0.5);
                const double centre = box.center().y();
                if (centre < std::min(top, bottom) - 1 || centre > std::max(top, bottom) + 1)
                    found << QStringLiteral("%1: %2 '%3' is off its row").arg(where, lab, label->text());
            }
        }
    }
    QVERIFY(drawn > 20);
    QVERIFY2(found.isEmpty(), qPrintable(QString::number(found.size()) + QStringLiteral(" misplaced:\n") + found.mid(0, 12).join(QLatin1Char('\n'))));
}

void TestChartLayout::capabilityRangeHugsTheData()
{
    // The κ axis covers the lines, the thresholds and the arrival labels, not
    // much more: the data keep at least half of the plot's height (on the
    // 1366x768 dashboard the range once ran to κ 60 for lines ending at 38).
    // Only a chart too short for its many arrival labels may give them more.
    QStringList found;
    for (const QSize size : {QSize(515, 152), QSize(725, 248), QSize(470, 290), QSize(800, 440)}) {
        for (const Case &c : cases()) {
            CapabilityChart chart;
            chart.setEvents(chartEventsOf(*c.scenario));
            chart.setResult(resultOf(*c.scenario), comparisonOf(c));
            layOut(chart, size);
            const SimulationResult &r = *resultOf(*c.scenario);
            int arrivalMonths = 0;
            QSet<long long> months;
            for (const LabSeries &lab : r.labs)
                if (lab.asi_year)
                    months.insert(std::llround(*lab.asi_year * 12));
            arrivalMonths = int(months.size());
            if (size.height() < 200 && arrivalMonths > 2)
                continue; // crowded: CapabilityChart::arrangeAnnotations() may then give the labels more
            double top = std::max(r.agi_log10_flop, r.asi_log10_flop);
            const auto compared = comparisonOf(c); // held: a temporary's get() would dangle in the loop
            for (const auto *res : {resultOf(*c.scenario).get(), compared.get()})
                if (res)
                    for (const LabSeries &lab : res->labs)
                        for (double k : lab.effective_flop_log10)
                            if (std::isfinite(k) && k > 0)
                                top = std::max(top, k);
            const QCPRange range = chart.yAxis->range();
            const double share = (top - range.lower) / range.size();
            if (share < 0.5)
                found << QStringLiteral("%1 %2x%3: κ axis %4-%5 for data up to %6 (%7% of the height)")
                             .arg(c.name).arg(size.width()).arg(size.height())
                             .arg(range.lower, 0, 'f', 1).arg(range.upper, 0, 'f', 1).arg(top, 0, 'f', 1).arg(int(share * 100));
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 12).join(QLatin1Char('\n'))));
}

void TestChartLayout::nearbyEventsShareALabel()
{
    // The Evidence baseline schedules several events in early 2026: at the
    // 1920x1080 dashboard size their rotated labels once stood side by side
    // across each other's lines. Events closer than a label's width share
    // one label that counts them; every event keeps its line.
    const Scenario *evidence = nullptr;
    for (const Scenario &s : builtinScenarios())
        if (s.name == "Evidence baseline")
            evidence = &s;
    QVERIFY(evidence);
    for (ChartKind kind : {ChartKind::Capability, ChartKind::Ranking}) {
        auto chart = createChart(kind);
        chart->setEvents(chartEventsOf(*evidence));
        chart->setResult(resultOf(*evidence));
        layOut(*chart, QSize(725, 248));
        const QList<LabelBox> boxes = labelBoxes(*chart);
        int eventLabels = 0;
        bool counted = false;
        for (const LabelBox &b : boxes)
            if (!b.flat) {
                ++eventLabels;
                counted = counted || b.text.contains(QRegularExpression(QStringLiteral("^\\d+ events, ")));
            }
        QVERIFY2(counted, qPrintable(chartId(kind)));
        QVERIFY(eventLabels < int(chart->eventMarkers().size()));
        for (QCPItemStraightLine *line : chart->eventMarkers())
            QVERIFY(line->visible());
    }
}

void TestChartLayout::rankingChartDrawsTheSteadySeries()
{
    // Near-equal labs keep their order on the chart (models/ranking.h).
    const Scenario &s = builtinScenarios().front();
    RankingChart chart;
    chart.setResult(resultOf(s));
    const auto steady = steadyRankSeries(*resultOf(s));
    for (size_t j = 0; j < resultOf(s)->labs.size(); ++j) {
        QCPGraph *g = chart.seriesGraph(QString::fromStdString(resultOf(s)->labs[j].name), QStringLiteral("rank"));
        QVERIFY(g);
        QCOMPARE(g->data()->size(), int(steady[j].size()));
        for (int m = 0; m < g->data()->size(); ++m)
            QCOMPARE(g->data()->at(m)->value, steady[j][size_t(m)]);
    }
}

void TestChartLayout::rankingNamesStayLegible()
{
    // The names at the end of the ranking lines do not shrink below legible
    // type (they once went down to 5 pt in Compare mode at 1366x768): a name
    // without room is left out, the leader's never, and in Compare mode the
    // legend says some are. Alone, the window's panels have room for all.
    // 594x136 is the panel in Compare mode at 1366x768 (the headline takes two more lines).
    int leftOut = 0;
    for (const QSize size : {QSize(515, 152), QSize(594, 136), QSize(725, 248), QSize(470, 290)}) {
        for (const Case &c : cases()) {
            if (!c.comparison && size == QSize(594, 136))
                continue;
            RankingChart chart;
            chart.setComparisonName(c.comparison ? QString::fromStdString(c.comparison->name) : QString());
            chart.setResult(resultOf(*c.scenario), comparisonOf(c));
            const QString where = QStringLiteral("ranking %1 %2x%3").arg(c.name).arg(size.width()).arg(size.height());
            layOut(chart, size, where);
            int drawn = 0;
            for (const LabSeries &lab : resultOf(*c.scenario)->labs) {
                QCPItemText *name = chart.endLabel(QString::fromStdString(lab.name));
                QVERIFY2(name, qPrintable(where));
                if (!name->visible()) {
                    QVERIFY2(lab.final_rank != 1, qPrintable(where + QStringLiteral(": the leader's name is left out")));
                    continue;
                }
                ++drawn;
                QVERIFY2(name->font().pointSize() >= chart.chartStyle().legibleFontSize,
                         qPrintable(where + QStringLiteral(": '%1' at %2 pt").arg(name->text()).arg(name->font().pointSize())));
            }
            QCOMPARE(drawn + chart.namesLeftOut(), int(resultOf(*c.scenario)->labs.size()));
            if (chart.namesLeftOut() > 0) {
                QVERIFY2(c.comparison, qPrintable(where + QStringLiteral(": names left out without Compare mode")));
                QVERIFY2(!chart.comparisonNote().isEmpty(), qPrintable(where + QStringLiteral(": names left out unsaid")));
            }
            leftOut += chart.namesLeftOut();
        }
    }
    qInfo("%d names left out (Compare mode, said in the legend)", leftOut);
}

QTEST_MAIN(TestChartLayout)
#include "tst_chartlayout.moc"
