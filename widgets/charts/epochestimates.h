#pragma once
// Epoch AI's year-end estimates of the compute each frontier lab uses or rents
// (5th/50th/95th percentiles), shipped as
// resources/history/epoch_lab_compute_year_end.csv and embedded as a Qt
// resource. The backtest compares the model with them; the compute chart
// shows them as points with whiskers. Epoch warns that intervals of different
// labs come from shared draws and must not be added.

#include <QList>
#include <QString>

namespace asirace {

struct EpochEstimate {
    QString lab;
    int yearEnd = 0;
    double p5 = 0, median = 0, p95 = 0; // H100e
    QString source;
};

// The embedded table, read once. Empty (with a warning) if it cannot be read.
const QList<EpochEstimate> &epochEstimates();

// Reads the CSV; false and *error on an unreadable file or a malformed row.
bool loadEpochEstimates(const QString &path, QList<EpochEstimate> &out, QString *error = nullptr);

} // namespace asirace
