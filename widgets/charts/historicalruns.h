#pragma once
// Historical frontier training runs (Epoch AI and press reports), shipped as
// resources/history/frontier_training_runs.csv and embedded as a Qt resource.
// The compute chart plots them as labelled points next to the projections.

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace asirace {

struct TrainingRun {
    QString model;
    QString lab;
    double year = 0;                  // publication date as decimal year
    std::optional<double> flop;       // training compute [FLOP]; absent when not estimated
    QString source;
};

class HistoricalRuns
{
public:
    static QString defaultPath(); // ":/history/frontier_training_runs.csv"

    // Reads the CSV (header: model,lab,publication_date,training_compute_flop,...,source).
    // Returns false and sets *error on an unreadable file or a malformed row.
    bool load(const QString &path, QString *error = nullptr);

    // The embedded table, read once and shared.
    static const HistoricalRuns &builtin();

    const QList<TrainingRun> &runs() const { return m_runs; }

    // Runs that set a new compute record when published: the ones worth a label.
    QList<TrainingRun> records() const;

private:
    QList<TrainingRun> m_runs;
};

// Splits one CSV line (RFC 4180 quoting, no embedded newlines).
QStringList splitCsvLine(const QString &line);

// Reads the CSV at `path` whose header names at least `columns`, calling
// row(values, lineNumber) with each non-empty line's values in the order of
// `columns`; row returns an error message or an empty string. False and
// *error ("path:line: ...") on an unreadable file, a missing column, a short
// row or a row the callback refuses.
bool readCsvColumns(const QString &path, const QStringList &columns,
                    const std::function<QString(const QStringList &values)> &row, QString *error);

} // namespace asirace
