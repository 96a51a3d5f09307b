#include "tablecells.h"

#include "editrequest.h"

#include <algorithm>
#include <set>
#include <utility>

namespace asirace {

QString flatHeader(const QAbstractItemModel &model, int column)
{
    // Headers put the unit on a second line; in text it goes on the same one.
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().simplified();
}

QString exactCellText(const QModelIndex &index)
{
    for (int role : {int(ExactValueRole), int(Qt::EditRole), int(Qt::DisplayRole)}) {
        const QVariant v = index.data(role);
        if (v.isValid())
            return v.toString();
    }
    return {};
}

QList<QStringList> selectedCells(const QItemSelectionModel &selection)
{
    const QAbstractItemModel &model = *selection.model();
    QModelIndexList indexes = selection.selectedIndexes();
    if (indexes.isEmpty() && selection.currentIndex().isValid())
        indexes << selection.currentIndex();
    if (indexes.isEmpty())
        return {};
    std::set<int> rows, columns;
    std::set<std::pair<int, int>> cells;
    for (const QModelIndex &i : indexes) {
        rows.insert(i.row());
        columns.insert(i.column());
        cells.insert({i.row(), i.column()});
    }
    QList<QStringList> out;
    QStringList header;
    for (int c : columns)
        header << flatHeader(model, c);
    out << header;
    for (int r : rows) {
        QStringList line;
        for (int c : columns) {
            line << (cells.count({r, c}) ? exactCellText(model.index(r, c)) : QString());
        }
        out << line;
    }
    return out;
}

QList<QStringList> allCells(const QAbstractItemModel &model)
{
    QList<QStringList> out;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << flatHeader(model, c);
    out << header;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < model.columnCount(); ++c)
            line << exactCellText(model.index(r, c));
        out << line;
    }
    return out;
}

PastePlan planPaste(const QItemSelectionModel &selection, QList<QStringList> records)
{
    PastePlan plan;
    const QAbstractItemModel &model = *selection.model();
    QModelIndexList selected = selection.selectedIndexes();
    if (selected.isEmpty() && selection.currentIndex().isValid())
        selected << selection.currentIndex();
    if (selected.isEmpty() || records.isEmpty())
        return plan;
    int top = model.rowCount(), left = model.columnCount();
    for (const QModelIndex &i : selected) {
        top = std::min(top, i.row());
        left = std::min(left, i.column());
    }

    // Our own copy starts with the headers: they name the columns, they are not values.
    if (records.size() > 1) {
        const QStringList &first = records.front();
        bool headers = true;
        for (qsizetype k = 0; k < first.size() && headers; ++k)
            headers = left + int(k) < model.columnCount() && first[k] == flatHeader(model, left + int(k));
        if (headers) {
            records.removeFirst();
            plan.skippedHeader = true;
        }
    }

    if (records.size() == 1 && records.front().size() == 1 && selected.size() > 1) {
        for (const QModelIndex &i : selected)
            plan.cells.append({i.row(), i.column(), records.front().front()});
        return plan;
    }
    for (qsizetype r = 0; r < records.size(); ++r) {
        for (qsizetype c = 0; c < records[r].size(); ++c) {
            const int row = top + int(r), column = left + int(c);
            if (row >= model.rowCount() || column >= model.columnCount())
                ++plan.outside;
            else
                plan.cells.append({row, column, records[r][c]});
        }
    }
    return plan;
}

} // namespace asirace
