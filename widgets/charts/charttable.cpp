#include "charttable.h"

#include "racetext.h"

namespace asirace {

QString ChartTable::display(int row, int column) const
{
    const QVariant &v = rows.at(row).at(column);
    if (!v.isValid())
        return {};
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    const double x = v.toDouble();
    switch (columns.at(column).kind) {
    case ChartTableColumn::Kind::Date: return formatMonthYear(x);
    case ChartTableColumn::Kind::Scientific: return formatScientific(x, 3);
    case ChartTableColumn::Kind::Number: return QString::number(x, 'f', columns.at(column).decimals);
    case ChartTableColumn::Kind::Text: break;
    }
    return v.toString();
}

QString ChartTable::toTsv() const
{
    QStringList lines;
    QStringList header;
    for (const ChartTableColumn &c : columns)
        header << c.header;
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < columns.size(); ++c) {
            const QVariant &v = rows[r][c];
            // Dates as shown (a decimal year means little in a spreadsheet), numbers exactly.
            if (v.typeId() == QMetaType::Double && columns[c].kind != ChartTableColumn::Kind::Date)
                cells << QString::number(v.toDouble(), 'g', 17);
            else
                cells << display(r, c);
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace asirace
