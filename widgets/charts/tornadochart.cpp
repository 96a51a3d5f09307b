#include "tornadochart.h"

#include "fieldlabel.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace asirace {
namespace {

const QColor kLowColour(0x4c, 0x78, 0xa8);  // input at p10; first-order index
const QColor kHighColour(0xe4, 0x57, 0x56); // input at p90

bool isProbability(const SensitivityResult &r) { return r.output.metric == SensitivityMetric::PFirst; }

QString label(const std::string &path) { return QString::fromStdString(fieldPathLabelWithUnit(path)); }

} // namespace

TornadoChart::TornadoChart(QWidget *parent) : QCustomPlot(parent)
{
    setNoAntialiasingOnDrag(true);
    m_title = new QCPTextElement(this, QString(), QFont());
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, m_title);

    // Key axis vertical: bars grow horizontally from the base value.
    m_low = new QCPBars(yAxis, xAxis);
    m_high = new QCPBars(yAxis, xAxis);
    for (auto *bars : {m_low, m_high}) {
        bars->setWidth(0.7);
        bars->setAntialiased(false);
    }
    m_low->setPen(QPen(kLowColour.darker(120)));
    m_low->setBrush(kLowColour);
    m_high->setPen(QPen(kHighColour.darker(120)));
    m_high->setBrush(kHighColour);
    m_errors = new QCPErrorBars(yAxis, xAxis);
    m_errors->setDataPlottable(m_low);
    m_errors->setErrorType(QCPErrorBars::etValueError);
    m_errors->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.2));
    m_errors->removeFromLegend();

    m_baseLine = new QCPItemStraightLine(this);
    m_baseLine->setPen(QPen(Qt::black, 1, Qt::DashLine));

    m_ticker.reset(new QCPAxisTickerText);
    yAxis->setTicker(m_ticker);
    yAxis->setRangeReversed(true); // largest effect on top
    yAxis->grid()->setVisible(false);
    // A long chart scrolls: the value axis is drawn on top too, under the legend.
    xAxis2->setVisible(true);
    xAxis2->setTickLabels(true);
    // Few value ticks: years and percents stay apart in a narrow dock.
    xAxis->ticker()->setTickCount(3);
    xAxis2->ticker()->setTickCount(3);
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), xAxis2,
            qOverload<const QCPRange &>(&QCPAxis::setRange));

    // The legend in a row of its own between the title and the plot: it cannot cover a bar.
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setBorderPen(Qt::NoPen);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->insertRow(1);
    plotLayout()->addElement(1, 0, legend);
    plotLayout()->setRowStretchFactor(1, 0.001);
    plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setMargins(QMargins(4, 2, 4, 2));

    setMouseTracking(true);
    setChartStyle(ChartStyle::screen());
    clear();
}

bool TornadoChart::isFirstOrder() const
{
    return m_result && m_result->method == SensitivityMethod::FirstOrder;
}

void TornadoChart::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    rebuild();
}

int TornadoChart::heightForRows() const
{
    // Title, legend, two axes with tick labels and an axis label: about 130 px.
    return 130 + std::max(m_shownRows, 3) * kRowHeight;
}

void TornadoChart::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    QFont font = this->font();
    if (!style.fontFamily.isEmpty())
        font.setFamily(style.fontFamily);
    font.setPointSize(style.fontPointSize);
    QFont titleFont = font;
    titleFont.setPointSize(style.titlePointSize);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextColor(style.foreground);
    m_title->setVisible(style.showTitle);
    setBackground(style.background);
    legend->setFont(font);
    legend->setBrush(style.background);
    legend->setTextColor(style.foreground);
    for (auto *axis : {xAxis, xAxis2, yAxis}) {
        axis->setTickLabelFont(font);
        axis->setTickLabelColor(style.foreground);
        axis->setLabelColor(style.foreground);
        axis->setBasePen(QPen(style.foreground));
        axis->setTickPen(QPen(style.foreground));
        axis->setSubTickPen(QPen(style.foreground));
        axis->grid()->setPen(QPen(style.grid));
    }
    m_baseLine->setPen(QPen(style.foreground, 1, Qt::DashLine));
    replot(rpQueuedReplot);
}

void TornadoChart::clear(const QString &message)
{
    m_result.reset();
    m_shownRows = 0;
    m_low->data()->clear();
    m_high->data()->clear();
    m_errors->data()->clear();
    m_ticker->clear();
    m_baseLine->setVisible(false);
    m_title->setText(message.isEmpty() ? tr("Sensitivity: no result yet") : message);
    replot(rpQueuedReplot);
}

void TornadoChart::setResult(const SensitivityResult &result)
{
    m_result = result;
    rebuild();
}

QString TornadoChart::formatOutput(double value, bool beyondHorizon) const
{
    if (m_result && isProbability(*m_result))
        return QString::number(value * 100, 'f', 1) + QStringLiteral(" %");
    if (beyondHorizon)
        return tr("after the horizon");
    return QString::number(value, 'f', 2);
}

QString TornadoChart::fitLabel(const QString &text) const
{
    // Names take at most 45% of the width, so a narrow dock keeps room for the bars; the hover text has them in full.
    const QFontMetrics metrics(yAxis->tickLabelFont());
    return metrics.elidedText(text, Qt::ElideMiddle, std::max(120, int(width() * 0.45)));
}

void TornadoChart::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    if (m_result && event->size().width() != event->oldSize().width())
        rebuild(); // labels fitted to the new width
}

QString TornadoChart::rowLabel(int row) const
{
    return m_ticker->ticks().value(row);
}

void TornadoChart::rebuild()
{
    if (!m_result)
        return;
    const auto &r = *m_result;
    const bool firstOrder = isFirstOrder();
    // Probabilities and variance shares are drawn in percent.
    const double scale = firstOrder || isProbability(r) ? 100.0 : 1.0;
    const double base = firstOrder ? 0.0 : r.base * scale;
    m_shownRows = std::min<int>(m_maxRows, int(r.rows.size()));
    QVector<double> keys, low, high, errors;
    m_ticker->clear();
    for (int i = 0; i < m_shownRows; ++i) {
        const auto &row = r.rows[size_t(i)];
        keys << i;
        // QCPBars values are offsets from the base value.
        if (firstOrder) {
            low << row.first_order * scale;
            errors << row.first_order_stderr * scale;
        } else {
            low << (row.output_low - r.base) * scale;
            high << (row.output_high - r.base) * scale;
        }
        m_ticker->addTick(i, fitLabel(label(row.path)));
    }
    for (auto *bars : {m_low, m_high})
        bars->setBaseValue(base);
    m_low->setData(keys, low, true);
    m_high->setData(keys, firstOrder ? QVector<double>() : high, true);
    m_high->setVisible(!firstOrder);
    if (firstOrder) {
        m_errors->setData(errors);
        m_low->setName(tr("share of variance explained alone ± s.e."));
        m_high->removeFromLegend();
    } else {
        m_errors->data()->clear();
        m_low->setName(tr("input at p10"));
        m_high->setName(tr("input at p90"));
        m_high->addToLegend();
    }
    m_errors->setVisible(firstOrder);
    m_baseLine->setVisible(true);
    m_baseLine->point1->setCoords(base, 0);
    m_baseLine->point2->setCoords(base, 1);

    const QString output = QString::fromStdString(r.output.label());
    QString title = firstOrder ? tr("Share of the variance of %1 each input explains alone").arg(output)
                               : tr("Sensitivity of %1 (p10 to p90, others at medians)").arg(output);
    if (int(r.rows.size()) > m_shownRows)
        title += tr("; %1 smaller effects not shown").arg(int(r.rows.size()) - m_shownRows);
    if (r.rows.empty())
        title = tr("Sensitivity of %1: the scenario has no uncertain inputs").arg(output);
    m_title->setText(title);
    QString axisLabel;
    if (firstOrder)
        axisLabel = tr("share of the variance of %1 [%]").arg(output);
    else
        axisLabel = isProbability(r) ? tr("%1 [%]").arg(output) : tr("%1 [year]").arg(output);
    xAxis->setLabel(axisLabel);
    xAxis2->setLabel(axisLabel);

    double lo = base, hi = base;
    for (int i = 0; i < m_shownRows; ++i) {
        const double whisker = firstOrder ? errors[i] : 0;
        const double a = base + low[i] - whisker, b = firstOrder ? base + low[i] + whisker : base + high[i];
        lo = std::min({lo, a, b});
        hi = std::max({hi, a, b});
    }
    const double pad = std::max(0.05 * (hi - lo), scale == 100.0 ? 0.5 : 0.05);
    xAxis->setRange(lo - pad, hi + pad);
    yAxis->setRange(-0.6, std::max(m_shownRows, 1) - 0.4);
    replot(rpQueuedReplot);
}

QString TornadoChart::hoverTextAt(const QPointF &pos) const
{
    if (!m_result || m_shownRows == 0)
        return {};
    const int row = int(std::lround(yAxis->pixelToCoord(pos.y())));
    if (row < 0 || row >= m_shownRows)
        return {};
    for (auto *bars : {m_low, m_high}) {
        if (!bars->visible() || bars->selectTest(pos, false) < 0) // inside a bar: a small positive distance; elsewhere -1
            continue;
        const auto &r = m_result->rows[size_t(row)];
        if (isFirstOrder())
            return tr("%1\nexplains %2 % ± %3 % of the variance of %4 alone\np10 %5 · median %6 · p90 %7")
                .arg(label(r.path))
                .arg(r.first_order * 100, 0, 'f', 1)
                .arg(r.first_order_stderr * 100, 0, 'f', 1)
                .arg(QString::fromStdString(m_result->output.label()))
                .arg(r.input_low, 0, 'g', 4)
                .arg(r.input_median, 0, 'g', 4)
                .arg(r.input_high, 0, 'g', 4);
        return tr("%1\np10 = %2 -> %3\np90 = %4 -> %5\nall medians -> %6")
            .arg(label(r.path))
            .arg(r.input_low, 0, 'g', 4)
            .arg(formatOutput(r.output_low, r.low_beyond_horizon))
            .arg(r.input_high, 0, 'g', 4)
            .arg(formatOutput(r.output_high, r.high_beyond_horizon))
            .arg(formatOutput(m_result->base, m_result->base_beyond_horizon));
    }
    return {};
}

void TornadoChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    const QString text = hoverTextAt(event->position());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

} // namespace asirace
