#include "epochestimates.h"

#include "historicalruns.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace asirace {

bool loadEpochEstimates(const QString &path, QList<EpochEstimate> &out, QString *error)
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
    const int cLab = column("lab"), cYear = column("year_end"), cP5 = column("h100e_p5"),
              cMedian = column("h100e_median"), cP95 = column("h100e_p95"), cSource = column("source");
    if (std::min({cLab, cYear, cP5, cMedian, cP95, cSource}) < 0)
        return fail(QStringLiteral("%1: missing columns in header").arg(path));
    const int needed = std::max({cLab, cYear, cP5, cMedian, cP95, cSource}) + 1;
    QList<EpochEstimate> rows;
    for (int lineNumber = 2; !in.atEnd(); ++lineNumber) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty())
            continue;
        const QStringList f = splitCsvLine(line);
        bool ok[4] = {f.size() >= needed, false, false, false};
        EpochEstimate e;
        if (ok[0]) {
            e.lab = f[cLab];
            e.yearEnd = f[cYear].toInt(&ok[1]);
            e.p5 = f[cP5].toDouble(&ok[2]);
            e.median = f[cMedian].toDouble(&ok[3]);
            bool p95ok = false;
            e.p95 = f[cP95].toDouble(&p95ok);
            ok[3] = ok[3] && p95ok && e.p5 <= e.median && e.median <= e.p95;
            e.source = f[cSource];
        }
        if (!(ok[0] && ok[1] && ok[2] && ok[3]))
            return fail(QStringLiteral("%1:%2: malformed row").arg(path).arg(lineNumber));
        rows << e;
    }
    out = rows;
    return true;
}

const QList<EpochEstimate> &epochEstimates()
{
    static const QList<EpochEstimate> table = [] {
        QList<EpochEstimate> rows;
        QString error;
        if (!loadEpochEstimates(QStringLiteral(":/history/epoch_lab_compute_year_end.csv"), rows, &error))
            qWarning("Epoch estimates: %s", qPrintable(error));
        return rows;
    }();
    return table;
}

} // namespace asirace
