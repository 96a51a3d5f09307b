#include "reportwriter.h"

#include "chartexporter.h"
#include "exportstyle.h"
#include "figuretext.h"
#include "summarypage.h"

#include <qcustomplot.h>

#include <QAbstractTextDocumentLayout>
#include <QIODevice>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace asirace {

namespace {
constexpr int kReportDpi = 150; // A4 landscape at 150 dpi is kA4LandscapeSize

// Lays the summary out in `width`, dropping changed-input rows until it fits `height`.
void layoutSummary(QTextDocument &doc, const ExportContext &context, const FigureStyle &style, int width, int height)
{
    SummaryLimits limits;
    const LeadExplanation why = explainLead(context.scenario); // once, not per layout attempt
    doc.setDefaultFont(style.font(int(17 * 1.3 * style.factor)));
    doc.setDocumentMargin(0);
    doc.setTextWidth(width);
    for (;;) {
        doc.setHtml(summaryHtml(context, style, limits, &why));
        if (doc.size().height() <= height || limits.maxChangedInputs <= 0)
            return;
        limits.maxChangedInputs -= 2;
    }
}

void paintSummary(QCPPainter &painter, const ExportContext &context, const FigureStyle &style, const QSize &page)
{
    painter.fillRect(QRect(QPoint(0, 0), page), style.background);
    const int width = page.width() - 2 * style.marginPx;
    const QFont footFont = style.font(style.footnotePx);
    const int footLines = 3 * QFontMetrics(footFont).height();
    const int top = style.topPx + style.gapPx;
    QTextDocument doc;
    layoutSummary(doc, context, style, width, page.height() - top - footLines - 2 * style.gapPx - style.bottomPx);
    painter.save();
    painter.translate(style.marginPx, top);
    QAbstractTextDocumentLayout::PaintContext paint;
    paint.palette.setColor(QPalette::Text, style.text);
    doc.documentLayout()->draw(&painter, paint);
    painter.restore();

    // The same footnote as under each chart.
    const int footTop = page.height() - style.bottomPx - footLines;
    painter.setPen(QPen(style.rule, 1));
    painter.drawLine(QPointF(style.marginPx, footTop - style.gapPx * 0.5), QPointF(page.width() - style.marginPx, footTop - style.gapPx * 0.5));
    painter.setFont(footFont);
    painter.setPen(style.muted);
    painter.drawText(QRect(style.marginPx, footTop, width, footLines), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     figureFootnote(context) + QStringLiteral("\n") + figureSources(ChartKind::Compute, context));
}
} // namespace

std::optional<QString> writeReport(const ExportContext &context, const ExportOptions &options, QIODevice &out,
                                   const QList<ChartKind> &charts)
{
    ExportOptions pageOptions = options;
    pageOptions.size = kA4LandscapeSize;
    pageOptions.scale = 1.0;
    const ChartExporter exporter(context, pageOptions);
    const FigureStyle style = figureStyle(options.theme, kA4LandscapeSize);

    QPdfWriter pdf(&out);
    pdf.setCreator(QStringLiteral("ASI Race %1").arg(exportVersion()));
    pdf.setTitle(QStringLiteral("ASI Race report: %1").arg(context.scenarioName()));
    pdf.setResolution(kReportDpi);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QCPPainter painter;
    if (!painter.begin(&pdf))
        return QStringLiteral("could not start the PDF document");
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.setWindow(QRect(QPoint(0, 0), kA4LandscapeSize));

    paintSummary(painter, context, style, kA4LandscapeSize);
    for (ChartKind kind : charts) {
        if (!pdf.newPage()) {
            painter.end();
            return QStringLiteral("could not add a page to the PDF report");
        }
        exporter.paintFigure(painter, kind, kA4LandscapeSize);
    }
    painter.end();
    return std::nullopt;
}

} // namespace asirace
