#include "historicalruns.h"

#include <QDate>
#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace asirace {

QStringList splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QString HistoricalRuns::defaultPath()
{
    return QStringLiteral(":/history/frontier_training_runs.csv");
}

bool readCsvColumns(const QString &path, const QStringList &columns,
                    const std::function<QString(const QStringList &values)> &row, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
    QTextStream in(&file);
    const QStringList header = splitCsvLine(in.readLine().trimmed());
    QList<int> index;
    for (const QString &name : columns) {
        index << header.indexOf(name);
        if (index.back() < 0)
            return fail(QStringLiteral("%1: missing column '%2' in header").arg(path, name));
    }
    const int needed = *std::max_element(index.begin(), index.end()) + 1;
    for (int lineNumber = 2; !in.atEnd(); ++lineNumber) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = splitCsvLine(line);
        if (f.size() < needed)
            return fail(QStringLiteral("%1:%2: expected %3 fields").arg(path).arg(lineNumber).arg(needed));
        QStringList values;
        for (int i : index)
            values << f[i];
        if (const QString problem = row(values); !problem.isEmpty())
            return fail(QStringLiteral("%1:%2: %3").arg(path).arg(lineNumber).arg(problem));
    }
    return true;
}

bool HistoricalRuns::load(const QString &path, QString *error)
{
    QList<TrainingRun> runs;
    const bool ok = readCsvColumns(
        path, {"model", "lab", "publication_date", "training_compute_flop", "source"},
        [&runs](const QStringList &v) {
            const QDate date = QDate::fromString(v[2], Qt::ISODate);
            if (!date.isValid())
                return QStringLiteral("bad date '%1'").arg(v[2]);
            TrainingRun run;
            run.model = v[0];
            run.lab = v[1];
            run.year = date.year() + (date.dayOfYear() - 1) / double(date.daysInYear());
            if (!v[3].trimmed().isEmpty()) {
                bool ok = false;
                const double flop = v[3].toDouble(&ok);
                if (!ok || flop <= 0)
                    return QStringLiteral("bad FLOP '%1'").arg(v[3]);
                run.flop = flop;
            }
            run.source = v[4];
            runs << run;
            return QString();
        },
        error);
    if (!ok)
        return false;
    std::sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) { return a.year < b.year; });
    m_runs = runs;
    return true;
}

const HistoricalRuns &HistoricalRuns::builtin()
{
    static const HistoricalRuns table = [] {
        HistoricalRuns t;
        QString error;
        if (!t.load(defaultPath(), &error))
            qWarning("HistoricalRuns: %s", qPrintable(error));
        return t;
    }();
    return table;
}

QList<TrainingRun> HistoricalRuns::records() const
{
    QList<TrainingRun> out;
    double best = 0;
    for (const auto &run : m_runs) {
        if (run.flop && *run.flop > best) {
            best = *run.flop;
            out << run;
        }
    }
    return out;
}

} // namespace asirace
