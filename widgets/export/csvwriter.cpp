#include "csvwriter.h"

#include "delimitedtext.h"
#include "historicalruns.h"
#include "racetext.h"

#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace asirace {

namespace {

QString number(double value)
{
    if (!std::isfinite(value))
        return {};
    return QString::number(value, 'g', QLocale::FloatingPointShortest); // round-trips exactly
}

// "2031-03" for the decimal year 2031.1667 (months count from .0 = January).
QString isoMonth(double decimalYear)
{
    const long long index = std::llround(decimalYear * 12.0);
    return QStringLiteral("%1-%2").arg(index / 12).arg(index % 12 + 1, 2, 10, QLatin1Char('0'));
}

struct Column {
    QString header;
    const std::vector<double> *values;
    bool positiveOnly; // log-scale series: the chart leaves a gap at <= 0, so does the CSV
};

QString seriesName(const LabSeries &lab, bool comparison, const ExportContext &context)
{
    QString name = QString::fromStdString(lab.name);
    if (comparison)
        name += QStringLiteral(" (compare: %1)").arg(context.comparisonName.isEmpty() ? QStringLiteral("dashed")
                                                                                     : context.comparisonName);
    return name;
}

// Month rows for the given per-lab series of the result and the comparison.
CsvTable monthlyTable(const ExportContext &context,
                      const QList<QPair<QString, std::vector<double> LabSeries::*>> &quantities, bool positiveOnly)
{
    CsvTable table;
    table.header << QStringLiteral("month [YYYY-MM]") << QStringLiteral("year [decimal]");
    QList<Column> columns;
    for (const auto *r : {context.result.get(), context.comparison.get()}) {
        if (!r)
            continue;
        const bool comparison = r == context.comparison.get();
        for (const auto &lab : r->labs) {
            if (!context.isLabVisible(QString::fromStdString(lab.name)))
                continue;
            for (const auto &[quantity, member] : quantities)
                columns.append({seriesName(lab, comparison, context) + QLatin1Char(' ') + quantity, &(lab.*member),
                                positiveOnly});
        }
    }
    for (const Column &c : columns)
        table.header << c.header;
    const SimulationResult *r = context.result ? context.result.get() : context.comparison.get();
    if (!r)
        return table;
    for (size_t i = 0; i < r->months.size(); ++i) {
        QStringList row{isoMonth(r->months[i]), number(r->months[i])};
        for (const Column &c : columns) {
            const double v = i < c.values->size() ? (*c.values)[i] : std::nan("");
            row << ((c.positiveOnly && !(v > 0)) ? QString() : number(v));
        }
        table.rows << row;
    }
    return table;
}

CsvTable historyTable(const ExportContext &context)
{
    CsvTable table;
    table.suffix = QStringLiteral("-history");
    table.header << QStringLiteral("model") << QStringLiteral("lab") << QStringLiteral("published [decimal year]")
                 << QStringLiteral("published [YYYY-MM]") << QStringLiteral("training compute [FLOP]")
                 << QStringLiteral("source");
    for (const TrainingRun &run : HistoricalRuns::builtin().runs()) {
        if (!run.flop)
            continue; // the chart plots only runs with a compute estimate
        if (!context.isLabVisible(run.lab))
            continue;
        table.rows << QStringList{run.model, run.lab, number(run.year), isoMonth(run.year), number(*run.flop), run.source};
    }
    return table;
}

CsvTable outcomeTable(const ExportContext &context)
{
    CsvTable table;
    table.header << QStringLiteral("scenario") << QStringLiteral("lab") << QStringLiteral("final rank")
                 << QStringLiteral("ASI arrival [decimal year]") << QStringLiteral("ASI arrival [YYYY-MM]")
                 << QStringLiteral("AGI arrival [decimal year]") << QStringLiteral("final capability κ [log10 effective FLOP]");
    const bool odds = context.odds.has_value();
    if (odds)
        table.header << QStringLiteral("P(first to ASI) [%]") << QStringLiteral("ASI arrival p10 [decimal year]")
                     << QStringLiteral("ASI arrival p50 [decimal year]") << QStringLiteral("ASI arrival p90 [decimal year]");
    for (const auto *r : {context.result.get(), context.comparison.get()}) {
        if (!r)
            continue;
        const bool comparison = r == context.comparison.get();
        const QString scenario = comparison ? (context.comparisonName.isEmpty() ? QStringLiteral("comparison")
                                                                                : context.comparisonName)
                                            : context.scenarioName();
        std::vector<const LabSeries *> labs;
        for (const auto &lab : r->labs)
            if (context.isLabVisible(QString::fromStdString(lab.name)))
                labs.push_back(&lab);
        std::stable_sort(labs.begin(), labs.end(), [](auto *a, auto *b) { return a->final_rank < b->final_rank; });
        for (const LabSeries *lab : labs) {
            QStringList row{scenario, QString::fromStdString(lab->name), QString::number(lab->final_rank),
                            lab->asi_year ? number(*lab->asi_year) : QString(),
                            lab->asi_year ? isoMonth(*lab->asi_year) : QStringLiteral("not by %1").arg(horizonYear(*r)),
                            lab->agi_year ? number(*lab->agi_year) : QString(),
                            lab->effective_flop_log10.empty() ? QString() : number(lab->effective_flop_log10.back())};
            if (odds) {
                if (comparison) {
                    row << QString() << QString() << QString() << QString(); // odds belong to the primary scenario
                } else {
                    const auto p = context.odds->pFirst.find(lab->name);
                    row << (p != context.odds->pFirst.end() ? number(p->second * 100.0) : QStringLiteral("0"));
                    const auto q = context.odds->arrivalQuantiles.find(lab->name);
                    for (int i = 0; i < 3; ++i)
                        row << (q != context.odds->arrivalQuantiles.end() ? number(q->second[size_t(i)]) : QString());
                }
            }
            table.rows << row;
        }
    }
    return table;
}

} // namespace

QList<CsvTable> chartTables(ChartKind kind, const ExportContext &context)
{
    switch (kind) {
    case ChartKind::Capability: {
        CsvTable table = monthlyTable(context, {{QStringLiteral("κ [log10 effective FLOP]"), &LabSeries::effective_flop_log10}}, true);
        // The threshold lines are series of the chart too.
        const SimulationResult *r = context.result ? context.result.get() : context.comparison.get();
        if (r) {
            table.header << QStringLiteral("AGI threshold κ [log10 effective FLOP]")
                         << QStringLiteral("ASI threshold κ [log10 effective FLOP]");
            for (QStringList &row : table.rows)
                row << number(r->agi_log10_flop) << number(r->asi_log10_flop);
        }
        return {table};
    }
    case ChartKind::Ranking:
        return {monthlyTable(context, {{QStringLiteral("rank [1 = leader]"), &LabSeries::rank}}, true)};
    case ChartKind::Compute:
        return {monthlyTable(context,
                             {{QStringLiteral("compute capacity [H100e]"), &LabSeries::compute_h100e},
                              {QStringLiteral("largest training run [FLOP]"), &LabSeries::training_run_flop}},
                             true),
                historyTable(context)};
    case ChartKind::Outcome:
        return {outcomeTable(context)};
    }
    return {};
}

QString csvLine(const QStringList &fields) { return delimitedLine(fields, QLatin1Char(',')) + QStringLiteral("\r\n"); }

std::optional<QString> writeCsv(const CsvTable &table, QIODevice &out)
{
    QByteArray bytes = csvLine(table.header).toUtf8();
    for (const QStringList &row : table.rows)
        bytes += csvLine(row).toUtf8();
    if (out.write(bytes) != bytes.size())
        return QStringLiteral("could not write the CSV data: %1").arg(out.errorString());
    return std::nullopt;
}

} // namespace asirace
