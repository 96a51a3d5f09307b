#include "epochestimates.h"

#include "historicalruns.h"

namespace asirace {

bool loadEpochEstimates(const QString &path, QList<EpochEstimate> &out, QString *error)
{
    QList<EpochEstimate> rows;
    const bool ok = readCsvColumns(
        path, {"lab", "year_end", "h100e_p5", "h100e_median", "h100e_p95", "source"},
        [&rows](const QStringList &v) {
            EpochEstimate e;
            bool ok[4] = {};
            e.lab = v[0];
            e.yearEnd = v[1].toInt(&ok[0]);
            e.p5 = v[2].toDouble(&ok[1]);
            e.median = v[3].toDouble(&ok[2]);
            e.p95 = v[4].toDouble(&ok[3]);
            e.source = v[5];
            if (!(ok[0] && ok[1] && ok[2] && ok[3]) || !(e.p5 <= e.median && e.median <= e.p95))
                return QStringLiteral("malformed row");
            rows << e;
            return QString();
        },
        error);
    if (ok)
        out = rows;
    return ok;
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
