#include "tornadochart.h"

#include "fieldlabel.h"

#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace asirace {
namespace {

const QColor kLowColour(0x4c, 0x78, 0xa8);  // input at p10
const QColor kHighColour(0xe4, 0x57, 0x56); // input at p90

bool isProbability(const SensitivityResult &r) { return r.output.metric == SensitivityMetric::PFirst; }

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
    m_low->setName(tr("input at p10"));
    m_high->setName(tr("input at p90"));
    for (auto *bars : {m_low, m_high}) {
        bars->setWidth(0.7);
        bars->setAntialiased(false);
    }
    m_low->setPen(QPen(kLowColour.darker(120)));
    m_low->setBrush(kLowColour);
    m_high->setPen(QPen(kHighColour.darker(120)));
    m_high->setBrush(kHighColour);

    m_baseLine = new QCPItemStraightLine(this);
    m_baseLine->setPen(QPen(Qt::black, 1, Qt::DashLine));

    m_ticker.reset(new QCPAxisTickerText);
    yAxis->setTicker(m_ticker);
    yAxis->setRangeReversed(true); // largest effect on top
    yAxis->grid()->setVisible(false);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    setMouseTracking(true);
    setChartStyle(ChartStyle::screen());
    clear();
}

void TornadoChart::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    rebuild();
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
    for (auto *axis : {xAxis, yAxis}) {
        axis->setTickLabelFont(font);
        axis->setTickLabelColor(style.foreground);
        axis->setLabelColor(style.foreground);
        axis->setBasePen(QPen(style.foreground));
        axis->setTickPen(QPen(style.foreground));
        axis->setSubTickPen(QPen(style.foreground));
        axis->grid()->setPen(QPen(style.grid));
    }
    replot(rpQueuedReplot);
}

void TornadoChart::clear(const QString &message)
{
    m_result.reset();
    m_shownRows = 0;
    m_low->data()->clear();
    m_high->data()->clear();
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

void TornadoChart::rebuild()
{
    if (!m_result)
        return;
    const auto &r = *m_result;
    const double scale = isProbability(r) ? 100.0 : 1.0; // probabilities drawn in percent
    m_shownRows = std::min<int>(m_maxRows, int(r.rows.size()));
    QVector<double> keys, low, high;
    m_ticker->clear();
    for (int i = 0; i < m_shownRows; ++i) {
        const auto &row = r.rows[size_t(i)];
        keys << i;
        // QCPBars values are offsets from the base value.
        low << (row.output_low - r.base) * scale;
        high << (row.output_high - r.base) * scale;
        m_ticker->addTick(i, QString::fromStdString(fieldPathLabel(row.path))); // the label, not the path
    }
    for (auto *bars : {m_low, m_high})
        bars->setBaseValue(r.base * scale);
    m_low->setData(keys, low, true);
    m_high->setData(keys, high, true);
    m_baseLine->setVisible(true);
    m_baseLine->point1->setCoords(r.base * scale, 0);
    m_baseLine->point2->setCoords(r.base * scale, 1);

    const QString output = QString::fromStdString(r.output.text());
    QString title = tr("Sensitivity of %1 (p10 to p90, others at medians)").arg(output);
    if (int(r.rows.size()) > m_shownRows)
        title += tr("; %1 smaller effects not shown").arg(int(r.rows.size()) - m_shownRows);
    if (r.rows.empty())
        title = tr("Sensitivity of %1: the scenario has no uncertain inputs").arg(output);
    m_title->setText(title);
    xAxis->setLabel(isProbability(r) ? tr("P(%1 first) [%]").arg(QString::fromStdString(r.output.lab))
                                     : tr("%1 [year]").arg(output));

    double lo = r.base * scale, hi = r.base * scale;
    for (int i = 0; i < m_shownRows; ++i) {
        lo = std::min({lo, r.base * scale + low[i], r.base * scale + high[i]});
        hi = std::max({hi, r.base * scale + low[i], r.base * scale + high[i]});
    }
    const double pad = std::max(0.05 * (hi - lo), isProbability(r) ? 0.5 : 0.05);
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
        if (bars->selectTest(pos, false) < 0) // inside a bar: a small positive distance; elsewhere -1
            continue;
        const auto &r = m_result->rows[size_t(row)];
        return tr("%1\np10 = %2 -> %3\np90 = %4 -> %5\nall medians -> %6")
            .arg(QString::fromStdString(fieldPathLabel(r.path)))
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
