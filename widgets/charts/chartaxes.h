#pragma once
// Small helpers shared by the charts: axis set-up (years, log decades,
// integer ranks) and conversion of model series into QCustomPlot vectors.

#include <qcustomplot.h>

#include <vector>

namespace asirace {

void setupYearAxis(QCPAxis *axis);       // "2030", months when zoomed in
void setupLogAxis(QCPAxis *axis);        // decades written 10^27 (DecadeTicker)
void setupIntegerAxis(QCPAxis *axis);    // 1, 2, 3 ... (ranks)

// Sets a vertical axis' tick count from its height, so that its labels keep
// clear of each other (at most `maxTicks`); returns whether the count changed
// (the caller lays the chart out again). Tickers that round their step up
// (decades, integers) need a line and a half a label, the others two lines.
bool fitTickCount(QCPAxis *axis, int maxTicks);

// Every how many rows of `rowPx` a category axis (ranks, lab names) can write
// a label `labelPx` high without it touching the next: 1 when every row has room.
int rowsPerLabel(int labelPx, double rowPx);

// Model series as a QVector; with positiveOnly, values <= 0 become NaN so a
// log axis shows a gap instead of a line diving to minus infinity.
QVector<double> toVector(const std::vector<double> &values, bool positiveOnly = false);

// Grows a [min, max] accumulator by the finite (and, for log axes, positive) values.
void extendRange(QCPRange &range, bool &initialised, const std::vector<double> &values, bool positiveOnly = false);
void extendRange(QCPRange &range, bool &initialised, double value, bool positiveOnly = false);

// A log-axis range with half a decade of air on both sides.
QCPRange paddedLogRange(const QCPRange &range);

} // namespace asirace
