#pragma once
// One paint path for every export of a chart: PNG, SVG, PDF, the clipboard
// and the report all draw an off-screen copy of the chart, styled for
// presentation, framed by title, subtitle and footnote. The chart on screen
// is never touched. Errors come back as text; nothing here opens a dialog.

#include "chartkind.h"
#include "exportcontext.h"
#include "exportoptions.h"
#include "exportstyle.h"

#include <QImage>

#include <memory>
#include <optional>

class QCPPainter;
class QIODevice;

namespace asirace {

class RaceChart;

class ChartExporter
{
public:
    ChartExporter(ExportContext context, ExportOptions options);

    const ExportContext &context() const { return m_context; }
    const ExportOptions &options() const { return m_options; }

    // A fresh chart of `kind` with the export style of a `figureSize` figure and
    // the context's result, comparison, odds and hidden labs, sized to the
    // figure's chart area (what paintFigure draws; tests inspect it).
    std::unique_ptr<RaceChart> presentationChart(ChartKind kind, const QSize &figureSize) const;
    // Where the chart sits in a figure of `figureSize`, below title and subtitle, above the footnote.
    QRect chartArea(ChartKind kind, const QSize &figureSize) const;

    // Draws the whole figure into (0, 0, layoutSize) of an active painter.
    void paintFigure(QCPPainter &painter, ChartKind kind, const QSize &layoutSize) const;

    // options().size × options().scale pixels.
    QImage image(ChartKind kind) const;

    std::optional<QString> writePng(ChartKind kind, QIODevice &out) const;
    std::optional<QString> writeSvg(ChartKind kind, QIODevice &out) const;
    // One page: options().size at 96 dpi, or a real A4 landscape page for the A4 preset.
    std::optional<QString> writePdf(ChartKind kind, QIODevice &out) const;
    // png, svg or pdf (CSV tables come from csvwriter.h).
    std::optional<QString> write(ChartKind kind, ExportFormat format, QIODevice &out) const;

private:
    ExportContext m_context;
    ExportOptions m_options;
    bool m_patternFills = true; // off while writing SVG (see ChartStyle::patternFills)
};

} // namespace asirace
