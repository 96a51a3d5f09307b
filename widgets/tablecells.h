#pragma once
// A table's cells as a spreadsheet sees them. Copying gives the selected cells
// as tab-separated text under a header row, every value at full precision
// (ExactValueRole: what the cell holds, not its rounded display), so a paste
// back, here or from a spreadsheet, is exact. Pasting places a block of text
// at the top-left selected cell (or fills the selection with a single value)
// and says which cells fell outside the table.

#include "scenariotablemodel.h"

#include <QItemSelectionModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace asirace {

// The column headers as one line each ("MFU (fraction of peak)").
QString flatHeader(const QAbstractItemModel &model, int column);
// A cell's full-precision text (flags "1"/"0", numbers shortest round-trip).
QString exactCellText(const QModelIndex &index);

// The selected cells as rows of text under a header row: the rows and columns
// that hold a selected cell, in order; unselected cells inside are empty.
QList<QStringList> selectedCells(const QItemSelectionModel &selection);
// Every row of the model, headers first (for Export table to CSV).
QList<QStringList> allCells(const QAbstractItemModel &model);

struct PastePlan {
    QList<ScenarioTableModel::CellText> cells;
    int outside = 0;           // cells of the block beyond the last row or column
    bool skippedHeader = false; // the block began with this table's own headers
};
// Where the records of a paste go: from the top-left selected cell (the current
// cell if nothing is selected); one value into several selected cells fills them.
// A first record equal to the headers of the columns it would land on is left out.
PastePlan planPaste(const QItemSelectionModel &selection, QList<QStringList> records);

} // namespace asirace
