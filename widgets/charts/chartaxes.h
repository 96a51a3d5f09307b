#pragma once
// Small helpers shared by the charts: axis set-up (years, log decades,
// integer ranks) and conversion of model series into QCustomPlot vectors.

#include <qcustomplot.h>

#include <vector>

namespace asirace {

void setupYearAxis(QCPAxis *axis);       // "2030", months when zoomed in
void setupLogAxis(QCPAxis *axis);        // decades written 10^27
void setupIntegerAxis(QCPAxis *axis);    // 1, 2, 3 ... (ranks)

// Model series as a QVector; with positiveOnly, values <= 0 become NaN so a
// log axis shows a gap instead of a line diving to minus infinity.
QVector<double> toVector(const std::vector<double> &values, bool positiveOnly = false);

// Grows a [min, max] accumulator by the finite (and, for log axes, positive) values.
void extendRange(QCPRange &range, bool &initialised, const std::vector<double> &values, bool positiveOnly = false);
void extendRange(QCPRange &range, bool &initialised, double value, bool positiveOnly = false);

// A log-axis range with half a decade of air on both sides.
QCPRange paddedLogRange(const QCPRange &range);

} // namespace asirace
