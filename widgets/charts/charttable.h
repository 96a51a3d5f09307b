#pragma once
// What a chart plots, as a table (Show Data in the chart's context menu): one
// column per plotted series, numbers kept at full precision, text for the
// cells that are words ("not by 2040").

#include <QList>
#include <QString>
#include <QVariant>

namespace asirace {

struct ChartTableColumn {
    enum class Kind { Text, Date, Number, Scientific };
    QString header; // "OpenAI: κ (log₁₀ effective FLOP)"
    Kind kind = Kind::Number;
    int decimals = 2;
};

struct ChartTable {
    QList<ChartTableColumn> columns;
    QList<QList<QVariant>> rows; // doubles, strings or empty

    // The cell as shown: dates as "Mar 2031", numbers with the column's decimals.
    QString display(int row, int column) const;
    // Tab-separated with a header line, numbers at full precision.
    QString toTsv() const;
};

} // namespace asirace
