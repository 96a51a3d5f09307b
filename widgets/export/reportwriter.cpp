#include "reportwriter.h"

#include "chartexporter.h"
#include "exportstyle.h"
#include "figuretext.h"
#include "summarypage.h"
#include "whybars.h"

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
    doc.setDefaultFont(style.font(int(17 * 1.3 * style.factor)));
    doc.setDocumentMargin(0);
    doc.setTextWidth(width);
    for (;;) {
        doc.setHtml(summaryHtml(context, style, limits));
        if (doc.size().height() <= height || limits.maxChangedInputs <= 0)
            return;
        limits.maxChangedInputs -= 2;
    }
}

// The same footnote as under each chart.
void paintFootnote(QCPPainter &painter, const ExportContext &context, const FigureStyle &style, const QSize &page)
{
    const int width = page.width() - 2 * style.marginPx;
    const QFont footFont = style.font(style.footnotePx);
    const int footLines = 3 * QFontMetrics(footFont).height();
    const int footTop = page.height() - style.bottomPx - footLines;
    painter.setPen(QPen(style.rule, 1));
    painter.drawLine(QPointF(style.marginPx, footTop - style.gapPx * 0.5), QPointF(page.width() - style.marginPx, footTop - style.gapPx * 0.5));
    painter.setFont(footFont);
    painter.setPen(style.muted);
    painter.drawText(QRect(style.marginPx, footTop, width, footLines), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     figureFootnote(context) + QStringLiteral("\n") + figureSources(ChartKind::Compute, context));
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

    paintFootnote(painter, context, style, page);
}

// The Why page: the same bars as the window's Why panel (paintWhyBars), with
// the two arrivals, how to read them and the method's limits.
void paintWhy(QCPPainter &painter, const ExportContext &context, const LeadExplanation &why, const FigureStyle &style,
              const QSize &page)
{
    painter.fillRect(QRect(QPoint(0, 0), page), style.background);
    const int width = page.width() - 2 * style.marginPx;
    int y = style.topPx;
    const auto text = [&](const QString &words, const QFont &font, const QColor &colour) {
        painter.setFont(font);
        painter.setPen(colour);
        const QRect box = painter.boundingRect(QRect(style.marginPx, y, width, page.height()), Qt::TextWordWrap, words);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, words);
        y = box.bottom() + style.gapPx;
    };
    text(whyTitle(why), style.font(style.titlePx, true), style.text);
    text(figureSubtitle(context), style.font(style.subtitlePx), style.muted);
    if (why.explained())
        text(whySubtitle(why), style.font(style.subtitlePx), style.text);

    const auto rows = whyRows(why);
    WhyBarStyle bars;
    bars.font = style.font(int(22 * style.factor));
    bars.text = style.text;
    bars.muted = style.muted;
    bars.axis = style.rule;
    bars.rowHeight = 58 * style.factor;
    const QFontMetrics metrics(bars.font);
    bars.labelWidth = metrics.horizontalAdvance(QStringLiteral("Run physics and allocation")) + 24 * style.factor;
    bars.valueWidth = metrics.horizontalAdvance(QStringLiteral("\u2265 +120 months")) + 24 * style.factor;
    const QRectF area(style.marginPx, y + style.gapPx, width, bars.rowHeight * qreal(rows.size()));
    painter.setRenderHint(QPainter::Antialiasing);
    paintWhyBars(painter, area, rows, bars);
    y = int(area.bottom()) + 2 * style.gapPx;

    if (why.explained())
        text(QStringLiteral("Counterfactual runs of this scenario: %1 is given %2's values of one driver at a time (the "
                            "driver's inputs and its dated events; for partnerships and licences, %2's deals with the "
                            "names exchanged), and the bar is how many months later %1 would reach ASI (right) or how "
                            "many earlier (left). \u2265 marks a lower bound: with that swap %1 does not reach ASI "
                            "within the horizon. The bars need not add up to the lead: \u201cNot attributed\u201d is "
                            "what one driver at a time misses (drivers interact, and %2 moves too, since labs share the "
                            "market and the chips). Method and limits: docs/MODEL.md, \u201cWhy a lab leads\u201d.")
                 .arg(QString::fromStdString(why.leader), QString::fromStdString(why.runnerUp)),
             style.font(style.footnotePx + 2), style.muted);
    paintFootnote(painter, context, style, page);
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
    if (!pdf.newPage()) {
        painter.end();
        return QStringLiteral("could not add a page to the PDF report");
    }
    paintWhy(painter, context, explainLead(context.scenario), style, kA4LandscapeSize);
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
