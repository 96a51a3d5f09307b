#pragma once
// The data behind each chart as CSV: the exact series the chart draws (labs
// hidden in the chart are left out, like on the chart), units in the header,
// one row per simulated month for the time series. Charts with points that are
// not monthly add a second table: the compute chart's historical training runs.
// The outcome chart is one row per lab and scenario.

#include "chartkind.h"
#include "exportcontext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace asirace {

struct CsvTable {
    QString suffix; // appended to the chart's file name: "" for the main table, "-history"
    QStringList header;
    QList<QStringList> rows;
};

QList<CsvTable> chartTables(ChartKind kind, const ExportContext &context);

// RFC 4180: fields with commas, quotes or line breaks are quoted; "\r\n" line ends.
QString csvLine(const QStringList &fields);
std::optional<QString> writeCsv(const CsvTable &table, QIODevice &out);

} // namespace asirace
