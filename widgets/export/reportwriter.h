#pragma once
// The PDF report: a one-page summary (summarypage.h), a page on why the leader
// leads (the Why panel's bars, leadexplanation.h) and then every chart on its
// own A4 landscape page, drawn by the same figure painter as the single chart
// exports, in one multi-page vector PDF.

#include "chartkind.h"
#include "exportcontext.h"
#include "exportoptions.h"

#include <QList>

#include <optional>

class QIODevice;

namespace asirace {

// Pages: 2 + charts.size(). Only the theme of `options` is used: report pages are A4 landscape.
std::optional<QString> writeReport(const ExportContext &context, const ExportOptions &options, QIODevice &out,
                                   const QList<ChartKind> &charts = allChartKinds());

} // namespace asirace
