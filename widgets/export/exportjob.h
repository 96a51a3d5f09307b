#pragma once
// Writes a set of export files all or nothing: every name is planned and the
// folder checked first, each file is written under a temporary name, and only
// when all of them succeeded are they renamed into place. On failure the
// temporary files (and a folder created for the job) are removed, so a bad
// request never leaves partial files. The CLI and the GUI's export actions
// both go through here.

#include "chartkind.h"
#include "exportcontext.h"
#include "exportoptions.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace asirace {

struct ExportRequest {
    QString directory;
    QList<ExportFormat> formats;
    QList<ChartKind> charts = allChartKinds();
    ExportOptions options;
    bool report = false;      // also write the multi-page PDF report
    QString baseName;         // single-chart exports: file name without suffix (default: the chart id)
    QString reportName = QStringLiteral("report.pdf");
};

struct ExportOutcome {
    QStringList files;            // absolute paths written, in plan order
    std::optional<QString> error; // set when nothing was written
    bool ok() const { return !error.has_value(); }
};

// Files the request would write, without touching the disk.
QStringList plannedFiles(const ExportRequest &request);
// Empty when the request can run: options in range, at least one output, a
// folder that exists (or can be created) and accepts new files.
std::optional<QString> checkRequest(const ExportRequest &request);

ExportOutcome runExport(const ExportContext &context, const ExportRequest &request);

} // namespace asirace
