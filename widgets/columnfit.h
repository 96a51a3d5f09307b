#pragma once
// Keeps every column of a table in view: the table's minimum width follows
// the width its columns need (headers and contents), so a dock restored
// narrower, or a longer lab name, cannot push columns behind a scroll bar.
// For small tables of a few columns (the leaderboard), not for wide editors.

class QTableView;

namespace asirace {

void keepColumnsInView(QTableView *view);

// The width all columns of `view` need, frame and vertical scroll bar included.
int columnsWidth(const QTableView *view);

} // namespace asirace
