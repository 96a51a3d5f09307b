#include "chartexporter.h"

#include "figuretext.h"
#include "outcomechart.h"
#include "racechart.h"

#include <QIODevice>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace asirace {

namespace {
// 96 px per inch: a 1920×1080 figure becomes a 20 × 11.25 in PDF page.
constexpr int kPdfPixelDpi = 96;
constexpr int kA4Dpi = 150; // kA4LandscapeSize is A4 at 150 dpi
} // namespace

ChartExporter::ChartExporter(ExportContext context, ExportOptions options)
    : m_context(std::move(context))
    , m_options(options)
{
}

namespace {
// The vertical layout of a figure: text blocks and the chart between them.
struct FigureLayout {
    int titleTop, titleHeight, subtitleTop, subtitleHeight;
    int footTop, footLine, sourcesHeight;
    QRect chart;
};

FigureLayout figureLayout(const FigureStyle &style, const QSize &size, const QString &sources)
{
    FigureLayout l;
    const int textWidth = size.width() - 2 * style.marginPx;
    l.titleTop = style.topPx;
    l.titleHeight = QFontMetrics(style.font(style.titlePx, true)).height();
    l.subtitleTop = l.titleTop + l.titleHeight + int(style.gapPx * 0.2);
    l.subtitleHeight = QFontMetrics(style.font(style.subtitlePx)).height();
    const QFont footFont = style.font(style.footnotePx);
    l.footLine = QFontMetrics(footFont).height();
    l.sourcesHeight = QFontMetrics(footFont).boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, sources).height();
    l.footTop = size.height() - style.bottomPx - l.sourcesHeight - l.footLine;
    const int chartTop = l.subtitleTop + l.subtitleHeight + style.gapPx;
    // Half a margin at the sides: the chart's own axis margins add the rest.
    l.chart = QRect(style.marginPx / 2, chartTop, size.width() - style.marginPx, l.footTop - style.gapPx - chartTop);
    return l;
}
} // namespace

QRect ChartExporter::chartArea(ChartKind kind, const QSize &figureSize) const
{
    return figureLayout(figureStyle(m_options.theme, figureSize), figureSize, figureSources(kind, m_context)).chart;
}

std::unique_ptr<RaceChart> ChartExporter::presentationChart(ChartKind kind, const QSize &figureSize) const
{
    // Type and line sizes follow the whole figure, so a 1080p slide has 18 px tick labels.
    const FigureStyle style = figureStyle(m_options.theme, figureSize);
    std::unique_ptr<RaceChart> chart = createChart(kind);
    chart->setAttribute(Qt::WA_DontShowOnScreen);
    chart->resize(chartArea(kind, figureSize).size().expandedTo(QSize(1, 1)));
    ChartStyle chartStyle = style.chart;
    chartStyle.patternFills = m_patternFills;
    chart->setChartStyle(chartStyle);
    chart->legend->setIconSize(style.legendIcon);
    chart->legend->setIconTextPadding(int(style.legendIcon.height() * 0.5));
    chart->setComparisonName(m_context.comparisonName);
    chart->setScenarioName(m_context.scenarioName());
    if (m_context.compareAsDifference)
        chart->setCompareStyle(RaceChart::CompareStyle::Difference);
    if (auto *outcome = qobject_cast<OutcomeChart *>(chart.get()))
        outcome->setOdds(m_context.odds);
    chart->setEvents(chartEventsOf(m_context.scenario)); // marked as on screen
    chart->setResult(m_context.result, m_context.comparison);
    for (const QString &lab : m_context.hiddenLabs)
        chart->setLabVisible(lab, false);
    return chart;
}

void ChartExporter::paintFigure(QCPPainter &painter, ChartKind kind, const QSize &layoutSize) const
{
    const FigureStyle style = figureStyle(m_options.theme, layoutSize);
    const QString sources = figureSources(kind, m_context);
    const FigureLayout l = figureLayout(style, layoutSize, sources);
    const int textWidth = layoutSize.width() - 2 * style.marginPx;
    painter.fillRect(QRect(QPoint(0, 0), layoutSize), style.background);
    std::unique_ptr<RaceChart> chart = presentationChart(kind, layoutSize);

    // Title and the one-line subtitle (elided rather than wrapped: one line).
    const QFont titleFont = style.font(style.titlePx, true);
    const QFont subtitleFont = style.font(style.subtitlePx);
    painter.setPen(style.text);
    painter.setFont(titleFont);
    painter.drawText(QRect(style.marginPx, l.titleTop, textWidth, l.titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(titleFont).elidedText(chart->title(), Qt::ElideRight, textWidth)); // as on screen, mode included
    painter.setPen(style.muted);
    painter.setFont(subtitleFont);
    painter.drawText(QRect(style.marginPx, l.subtitleTop, textWidth, l.subtitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(subtitleFont).elidedText(figureSubtitle(m_context), Qt::ElideRight, textWidth));

    // Footnote block: a rule, version and scenario, then the sources (wrapped).
    const QFont footFont = style.font(style.footnotePx);
    painter.setPen(QPen(style.rule, 1));
    painter.drawLine(QPointF(style.marginPx, l.footTop - style.gapPx * 0.5),
                     QPointF(layoutSize.width() - style.marginPx, l.footTop - style.gapPx * 0.5));
    painter.setFont(footFont);
    painter.setPen(style.muted);
    painter.drawText(QRect(style.marginPx, l.footTop, textWidth, l.footLine), Qt::AlignLeft | Qt::AlignVCenter,
                     figureFootnote(m_context));
    painter.drawText(QRect(style.marginPx, l.footTop + l.footLine, textWidth, l.sourcesHeight),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, sources);

    if (l.chart.width() < 50 || l.chart.height() < 50)
        return; // too small to draw a chart; the text still says what it would show
    painter.save();
    painter.translate(l.chart.topLeft());
    chart->toPainter(&painter, l.chart.width(), l.chart.height());
    painter.restore();
}

QImage ChartExporter::image(ChartKind kind) const
{
    QImage out(m_options.pixelSize(), QImage::Format_ARGB32_Premultiplied);
    out.fill(figureStyle(m_options.theme, m_options.size).background);
    QCPPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setMode(QCPPainter::pmNoCaching);
    if (m_options.scale != 1.0) {
        painter.setMode(QCPPainter::pmNonCosmetic); // hairlines scale with the image
        painter.scale(m_options.scale, m_options.scale);
    }
    paintFigure(painter, kind, m_options.size);
    painter.end();
    return out;
}

std::optional<QString> ChartExporter::writePng(ChartKind kind, QIODevice &out) const
{
    const QImage img = image(kind);
    if (img.isNull())
        return QStringLiteral("could not allocate a %1x%2 image").arg(m_options.pixelSize().width()).arg(m_options.pixelSize().height());
    QImage rgb = img.convertToFormat(QImage::Format_RGB32); // opaque: smaller files, same look on any slide
    // Physical size for layout programs: scale 1 is 96 dpi, scale 2 is 192 dpi.
    const int dotsPerMetre = int(std::lround(kPdfPixelDpi * m_options.scale / 0.0254));
    rgb.setDotsPerMeterX(dotsPerMetre);
    rgb.setDotsPerMeterY(dotsPerMetre);
    if (!rgb.save(&out, "PNG"))
        return QStringLiteral("could not encode the PNG image");
    return std::nullopt;
}

std::optional<QString> ChartExporter::writeSvg(ChartKind kind, QIODevice &out) const
{
    const QSize size = m_options.size;
    QSvgGenerator svg;
    svg.setOutputDevice(&out);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(kPdfPixelDpi);
    svg.setTitle(figureTitle(kind));
    svg.setDescription(figureSubtitle(m_context));
    QCPPainter painter;
    if (!painter.begin(&svg))
        return QStringLiteral("could not start the SVG document");
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    ChartExporter plain = *this;
    plain.m_patternFills = false;
    plain.paintFigure(painter, kind, size);
    painter.end();
    return std::nullopt;
}

std::optional<QString> ChartExporter::writePdf(ChartKind kind, QIODevice &out) const
{
    const QSize size = m_options.size;
    QPdfWriter pdf(&out);
    pdf.setCreator(QStringLiteral("ASI Race %1").arg(exportVersion()));
    pdf.setTitle(figureTitle(kind));
    if (m_options.isA4()) {
        pdf.setResolution(kA4Dpi);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
    } else {
        pdf.setResolution(kPdfPixelDpi);
        const QSizeF points(size.width() * 72.0 / kPdfPixelDpi, size.height() * 72.0 / kPdfPixelDpi);
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    }
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QCPPainter painter;
    if (!painter.begin(&pdf))
        return QStringLiteral("could not start the PDF document");
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic); // no hairlines that vanish when printed
    painter.setWindow(QRect(QPoint(0, 0), size)); // layout pixels fill the page whatever its device resolution
    paintFigure(painter, kind, size);
    painter.end();
    return std::nullopt;
}

std::optional<QString> ChartExporter::write(ChartKind kind, ExportFormat format, QIODevice &out) const
{
    switch (format) {
    case ExportFormat::Png: return writePng(kind, out);
    case ExportFormat::Svg: return writeSvg(kind, out);
    case ExportFormat::Pdf: return writePdf(kind, out);
    case ExportFormat::Csv: break;
    }
    return QStringLiteral("%1 is not an image format").arg(formatName(format));
}

} // namespace asirace
