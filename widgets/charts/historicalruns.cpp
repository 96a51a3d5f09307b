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

bool HistoricalRuns::load(const QString &path, QString *error)
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
    const auto column = [&header](const char *name) { return header.indexOf(QLatin1String(name)); };
    const int cModel = column("model"), cLab = column("lab"), cDate = column("publication_date"),
              cFlop = column("training_compute_flop"), cSource = column("source");
    if (cModel < 0 || cLab < 0 || cDate < 0 || cFlop < 0 || cSource < 0)
        return fail(QStringLiteral("%1: missing columns in header").arg(path));
    const int needed = std::max({cModel, cLab, cDate, cFlop, cSource}) + 1;

    QList<TrainingRun> runs;
    int lineNumber = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = splitCsvLine(line);
        if (f.size() < needed)
            return fail(QStringLiteral("%1:%2: expected %3 fields").arg(path).arg(lineNumber).arg(needed));
        const QDate date = QDate::fromString(f[cDate], Qt::ISODate);
        if (!date.isValid())
            return fail(QStringLiteral("%1:%2: bad date '%3'").arg(path).arg(lineNumber).arg(f[cDate]));
        TrainingRun run;
        run.model = f[cModel];
        run.lab = f[cLab];
        run.year = date.year() + (date.dayOfYear() - 1) / double(date.daysInYear());
        if (!f[cFlop].trimmed().isEmpty()) {
            bool ok = false;
            const double flop = f[cFlop].toDouble(&ok);
            if (!ok || flop <= 0)
                return fail(QStringLiteral("%1:%2: bad FLOP '%3'").arg(path).arg(lineNumber).arg(f[cFlop]));
            run.flop = flop;
        }
        run.source = f[cSource];
        runs << run;
    }
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
