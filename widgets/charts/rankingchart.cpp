#include "rankingchart.h"

#include "chartaxes.h"
#include "ranking.h"

#include <algorithm>
#include <cmath>

namespace asirace {

namespace {
const QString kRank = QStringLiteral("rank");
}

RankingChart::RankingChart(QWidget *parent)
    : RaceChart(parent)
{
    setupYearAxis(xAxis);
    setupIntegerAxis(yAxis);
    xAxis->setLabel(tr("Year"));
    yAxis->setLabel(tr("Rank"));
    yAxis->setRangeReversed(true); // rank 1 on top
    yAxis->grid()->setVisible(false);
    // Ranks are whole numbers: zoom and pan only along time.
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    placeLegendAbovePlot(); // lab names are on the chart; the legend only explains dashes
}

void RankingChart::rebuild()
{
    m_endLabels.clear();
    int labs = 0;
    double firstYear = 2025, lastYear = 2040;
    for (const auto *r : {result().get(), comparison().get()}) {
        if (!r)
            continue;
        const bool isComparison = r == comparison().get();
        const QVector<double> months = toVector(r->months);
        if (!isComparison && !r->months.empty()) {
            firstYear = r->months.front();
            lastYear = r->months.back();
        }
        labs = std::max(labs, int(r->labs.size()));
        // Near-equal labs keep their order instead of swapping every month (docs/MODEL.md, Ranking).
        const std::vector<std::vector<double>> ranks = steadyRankSeries(*r);
        for (size_t j = 0; j < r->labs.size(); ++j) {
            const LabSeries &lab = r->labs[j];
            SeriesInfo info;
            info.lab = QString::fromStdString(lab.name);
            info.role = kRank;
            info.comparison = isComparison;
            info.quantity = tr("Rank");
            info.decimals = 0;
            QCPGraph *graph = poolGraph(info, xAxis, yAxis);
            graph->setData(months, toVector(ranks[j], true), true); // 0 = no rank (cancelled run)
            if (isComparison || lab.rank.empty())
                continue;

            // The name sits just outside the right edge, at the lab's final rank.
            auto *label = poolItem<QCPItemText>(QStringLiteral("end:") + info.lab, info.lab, LabBinding::StayVisible);
            label->setClipToAxisRect(false);
            label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            label->position->setTypeY(QCPItemPosition::ptPlotCoords);
            label->position->setCoords(1.0, lab.rank.back());
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            label->setPadding(QMargins(6, 0, 2, 0));
            label->setText(QStringLiteral("%1. %2").arg(int(std::lround(lab.rank.back()))).arg(info.lab));
            label->setFont(chartFont(chartStyle().fontPointSize, isLabVisible(info.lab)));
            label->setColor(labTextColour(info.lab));
            m_endLabels.insert(info.lab, label);
        }
    }
    setHomeRange(xAxis, QCPRange(firstYear, lastYear));
    setHomeRange(yAxis, QCPRange(0.5, std::max(labs, 1) + 0.5));
}

void RankingChart::arrangeAnnotations()
{
    // One name per rank: on a short chart the names get smaller, down to
    // legible type. Below that, a name that would touch the one above is left
    // out (the leaders keep theirs; its line's tooltip still names the lab)
    // and the Compare legend says so, rather than every name shrinking.
    const double rowPx = std::abs(yAxis->coordToPixel(2) - yAxis->coordToPixel(1));
    const int fitting = m_endLabels.isEmpty() ? chartStyle().fontPointSize
                                              : sizeFittingRows((*m_endLabels.cbegin())->font(), rowPx);
    const int size = std::min(chartStyle().fontPointSize, std::max(fitting, chartStyle().legibleFontSize));
    for (QCPItemText *label : std::as_const(m_endLabels))
        if (styleSize(label->font()) != size)
            label->setFont(resizedFont(label->font(), size));
    // The rank axis likewise: every rank while there is room for its digit, then
    // 1, 3, 5 ... (1 and 4 and 7 ...): eight ranks in 60 px ran into each other.
    const int step = rowsPerLabel(QFontMetrics(yAxis->tickLabelFont()).height(), rowPx);
    if (auto ticker = yAxis->ticker().dynamicCast<QCPAxisTickerFixed>(); ticker && ticker->tickStep() != step) {
        ticker->setTickStep(step);
        QCustomPlot::updateLayout();
    }
    QList<QCPItemText *> byRank = m_endLabels.values();
    std::sort(byRank.begin(), byRank.end(), [](const QCPItemText *a, const QCPItemText *b) {
        return a->position->coords().y() < b->position->coords().y();
    });
    m_namesLeftOut = 0;
    double lastBottom = -1e9;
    for (QCPItemText *label : std::as_const(byRank)) {
        const double half = QFontMetrics(label->font()).height() / 2.0;
        const double y = yAxis->coordToPixel(label->position->coords().y());
        const bool fits = y - half >= lastBottom;
        label->setVisible(fits);
        if (fits)
            lastBottom = y + half;
        else
            ++m_namesLeftOut;
    }
    if (comparison() && setComparisonNote(m_namesLeftOut > 0 ? tr("some names on hover") : QString()))
        QCustomPlot::updateLayout(); // the legend entry's width changed
    // Reserve exactly the width of the longest name drawn on the right.
    int widest = 0;
    for (const QCPItemText *label : std::as_const(m_endLabels)) {
        if (!label->visible())
            continue;
        const QFontMetrics metrics(label->font());
        widest = std::max(widest, metrics.horizontalAdvance(label->text()) + label->padding().left() + label->padding().right());
    }
    QMargins margins = axisRect()->minimumMargins();
    if (margins.right() != widest + 4) {
        margins.setRight(widest + 4);
        axisRect()->setMinimumMargins(margins);
        QCustomPlot::updateLayout(); // margins changed: lay out once more before drawing
    }
}

QCPItemText *RankingChart::endLabel(const QString &lab) const
{
    return m_endLabels.value(lab);
}

} // namespace asirace
