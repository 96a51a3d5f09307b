#include "figuretext.h"

#include "racechart.h"

#include <QLocale>

#include <algorithm>

namespace asirace {

namespace {
QString number(double value)
{
    return QLocale(QLocale::English).toString(value, 'g', 3);
}

// Known publications: a phrase that identifies a citation, and the short name printed.
struct KnownSource {
    const char *needle;
    const char *name;
};
constexpr KnownSource kKnownSources[] = {
    {"Epoch AI", "Epoch AI"},
    {"Villalobos", "Epoch AI"},
    {"Ho et al", "Epoch AI"},
    {"Hoffmann", "Hoffmann et al. 2022"},
    {"Davidson", "Davidson 2023"},
    {"AI 2027", "AI 2027"},
    {"SemiAnalysis", "SemiAnalysis"},
    {"Llama 3", "Llama 3 paper"},
    {"DeepSeek-V3", "DeepSeek-V3 report"},
    {"datasheet", "NVIDIA datasheets"},
    {"FY2025", "company filings"},
};
} // namespace

QString figureTitle(ChartKind kind)
{
    // Same words as the dashboard, so a slide matches what was on screen.
    return createChart(kind)->title();
}

QString figureSubtitle(const ExportContext &context)
{
    const Assumptions &a = context.scenario.assumptions;
    QStringList parts;
    parts << context.scenarioTitle();
    parts << QLocale(QLocale::English).toString(context.date, QStringLiteral("d MMM yyyy"));
    parts << QStringLiteral("AGI at κ %1, ASI %2 OOM above").arg(number(a.agi_log10_flop), number(a.asi_gap_oom));
    parts << QStringLiteral("algorithms 2× every %1 months").arg(number(a.alg_halving_months));
    parts << QStringLiteral("hardware 2× per $ every %1 years").arg(number(a.hw_doubling_years));
    parts << QStringLiteral("%1–%2").arg(int(a.start_year)).arg(int(a.end_year));
    // The dashed comparison is named in the chart legends, the Monte Carlo runs
    // in the sources: the subtitle stays one line on a 16:9 slide.
    return parts.join(QStringLiteral("  ·  "));
}

QString figureFootnote(const ExportContext &context)
{
    return QStringLiteral("ASI Race %1, scenario %2").arg(exportVersion(), context.scenarioTitle());
}

QStringList citedSources(const Scenario &scenario)
{
    QStringList texts;
    bool assumptions = false;
    const auto add = [&](const std::string &text) {
        const QString t = QString::fromStdString(text);
        if (t.startsWith(QLatin1String("assumption"), Qt::CaseInsensitive))
            assumptions = true;
        else if (!t.isEmpty())
            texts << t;
    };
    for (const auto &[field, text] : scenario.assumptions.sources)
        add(text);
    for (const auto &org : scenario.organisations)
        for (const auto &[field, text] : org.sources)
            add(text);
    for (const auto &p : scenario.partnerships)
        add(p.source);

    QStringList names;
    for (const KnownSource &known : kKnownSources) {
        const QString name = QString::fromLatin1(known.name);
        if (names.contains(name))
            continue;
        if (std::any_of(texts.begin(), texts.end(),
                        [&](const QString &t) { return t.contains(QLatin1String(known.needle), Qt::CaseInsensitive); }))
            names << name;
    }
    if (assumptions)
        names << QStringLiteral("ASI Race assumptions");
    return names;
}

QString figureSources(ChartKind kind, const ExportContext &context)
{
    QStringList parts;
    if (kind == ChartKind::Compute)
        parts << QStringLiteral("historical runs: Epoch AI, Data on AI Models (2025–2026 snapshots)");
    if (kind == ChartKind::Outcome && context.odds)
        parts << (context.odds->runs > 0
                      ? QStringLiteral("odds: %1 ASI Race Monte Carlo runs over the scenario's input distributions")
                            .arg(QLocale(QLocale::English).toString(context.odds->runs))
                      : QStringLiteral("odds: ASI Race Monte Carlo over the scenario's input distributions"));
    const QStringList cited = citedSources(context.scenario);
    parts << QStringLiteral("model inputs: %1")
                 .arg(cited.isEmpty() ? QStringLiteral("as entered in the scenario") : cited.join(QStringLiteral(", ")));
    return QStringLiteral("Sources: ") + parts.join(QStringLiteral("; "));
}

} // namespace asirace
