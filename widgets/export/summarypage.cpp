#include "summarypage.h"

#include "builtinscenarios.h"
#include "fieldlabel.h"
#include "figuretext.h"
#include "leaderboardmodel.h"
#include "racetext.h"
#include "scenariodiff.h"

#include <QLocale>

#include <algorithm>
#include <vector>

namespace asirace {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString css(const FigureStyle &style)
{
    // A printed page is read closer than a slide: larger than the chart pages' type.
    const auto px = [&](double base) { return QString::number(std::max(8, int(base * 1.3 * style.factor))); };
    return QStringLiteral(
               "body { color: %1; font-family: 'DejaVu Sans'; font-size: %4px; }"
               "h1 { font-size: %5px; margin: 0; }"
               "h2 { font-size: %6px; margin-top: %7px; margin-bottom: %8px; }"
               ".muted { color: %2; }"
               ".headline { font-size: %9px; font-weight: 600; }"
               "th { text-align: left; color: %2; font-weight: 600; border-bottom: 1px solid %3; }"
               "td { border-bottom: 1px solid %3; }")
        .arg(style.text.name(), style.muted.name(), style.rule.name(), px(17), px(36), px(22), px(14), px(6), px(24));
}

QString oddsLine(const ExportContext &context)
{
    std::vector<std::pair<std::string, double>> odds(context.odds->pFirst.begin(), context.odds->pFirst.end());
    std::stable_sort(odds.begin(), odds.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[lab, p] : odds)
        if (p > 0)
            parts << QStringLiteral("%1 %2%").arg(esc(QString::fromStdString(lab))).arg(p * 100.0, 0, 'f', p < 0.095 ? 1 : 0);
    const QString runs = context.odds->runs > 0
                             ? QStringLiteral(" (%1 Monte Carlo runs)").arg(QLocale(QLocale::English).toString(context.odds->runs))
                             : QString();
    return QStringLiteral("<p><b>P(first to ASI)%1:</b> %2</p>").arg(runs, parts.isEmpty() ? QStringLiteral("no lab arrives") : parts.join(QStringLiteral(", ")));
}

QString rankingTable(const ExportContext &context)
{
    LeaderboardModel model;
    model.setResult(context.result);
    const int cellPad = 6;
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='%1' width='100%'><tr>").arg(cellPad);
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th>%1</th>").arg(esc(model.headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '))));
    if (context.odds)
        html += QStringLiteral("<th>P(first)</th><th>Arrival p10–p90</th>");
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString lab = model.labAt(r);
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            QString text = esc(model.data(model.index(r, c)).toString());
            if (c == LeaderboardModel::LabColumn) {
                const QColor colour = model.data(model.index(r, c), Qt::DecorationRole).value<QColor>();
                text = QStringLiteral("<span style='color:%1'>■</span> %2").arg(colour.name(), text);
            }
            html += QStringLiteral("<td>%1</td>").arg(text);
        }
        if (context.odds) {
            const std::string name = lab.toStdString();
            const auto p = context.odds->pFirst.find(name);
            const double pFirst = p != context.odds->pFirst.end() ? p->second : 0.0;
            html += QStringLiteral("<td>%1%</td>").arg(pFirst * 100.0, 0, 'f', pFirst > 0 && pFirst < 0.095 ? 1 : 0);
            const auto q = context.odds->arrivalQuantiles.find(name);
            html += QStringLiteral("<td>%1</td>")
                        .arg(q != context.odds->arrivalQuantiles.end()
                                 ? formatMonthYear(q->second[0]) + QStringLiteral(" – ") + formatMonthYear(q->second[2])
                                 : QStringLiteral("–"));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// Who made the scenario, when, from which data and with which model, and its notes.
QString provenanceHtml(const Scenario &s)
{
    const auto text = [](const std::string &value, const QString &none) {
        return value.empty() ? none : esc(QString::fromStdString(value));
    };
    const auto day = [&](const std::string &utc) { return text(utc.substr(0, std::min<size_t>(utc.size(), 10)), QObject::tr("not recorded")); };
    QString html = QStringLiteral("<p class='muted'>%1</p>")
                       .arg(QObject::tr("Author: %1 · created %2 · modified %3 · data as of %4 · last run with %5")
                                .arg(text(s.author, QObject::tr("not recorded")), day(s.created), day(s.modified),
                                     text(s.assumptions.data_as_of, QObject::tr("not recorded")),
                                     text(s.modelVersion, QObject::tr("not recorded"))));
    if (!s.notes.empty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(QString::fromStdString(s.notes)).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return html;
}

QString changesTable(const ExportContext &context, const SummaryLimits &limits)
{
    const Scenario &baseline = defaultScenario();
    const auto changes = diffScenarios(baseline, context.scenario);
    const QString baseName = esc(QString::fromStdString(baseline.name));
    QString html = QStringLiteral("<h2>Inputs that differ from the built-in %1</h2>").arg(baseName);
    if (changes.empty())
        return html + QStringLiteral("<p class='muted'>None: every input equals the built-in %1.</p>").arg(baseName);
    html += QStringLiteral("<table cellspacing='0' cellpadding='5' width='100%'><tr><th>Input</th><th>%1</th>"
                           "<th>This scenario</th><th>Unit</th></tr>")
                .arg(baseName);
    const int shown = std::min<int>(int(changes.size()), std::max(limits.maxChangedInputs, 0));
    for (int i = 0; i < shown; ++i) {
        const InputChange &c = changes[size_t(i)];
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td><td class='muted'>%4</td></tr>")
                    .arg(esc(QString::fromStdString(fieldPathLabel(c.path))), esc(formatInputValue(c.baselineValue, c.baselineText)),
                         esc(formatInputValue(c.value, c.text)), esc(QString::fromStdString(c.unit)));
    }
    html += QStringLiteral("</table>");
    if (shown < int(changes.size()))
        html += QStringLiteral("<p class='muted'>… and %1 more changed inputs (asirace-cli export-json shows them all).</p>")
                    .arg(int(changes.size()) - shown);
    return html;
}

} // namespace

QString formatInputValue(const std::optional<double> &value, const std::string &text)
{
    if (!value)
        return QString::fromStdString(text);
    const double v = *value;
    if (std::abs(v) >= 1e5 || (v != 0 && std::abs(v) < 1e-3))
        return formatScientific(v, 3);
    return QLocale(QLocale::English).toString(v, 'g', 6);
}

QString summaryHtml(const ExportContext &context, const FigureStyle &style, const SummaryLimits &limits)
{
    QString html = QStringLiteral("<html><head><style>%1</style></head><body>").arg(css(style));
    html += QStringLiteral("<h1>ASI Race report: %1</h1>").arg(esc(context.scenarioName()));
    html += QStringLiteral("<p class='muted'>%1</p>").arg(esc(figureSubtitle(context)));
    if (!context.scenario.description.empty())
        html += QStringLiteral("<p>%1</p>").arg(esc(QString::fromStdString(context.scenario.description)));
    html += provenanceHtml(context.scenario);
    html += QStringLiteral("<h2>Who wins and when</h2>");
    html += QStringLiteral("<p class='headline'>%1</p>")
                .arg(esc(context.result ? raceHeadline(*context.result) : QStringLiteral("No result.")));
    if (context.odds)
        html += oddsLine(context);
    if (context.comparison)
        html += QStringLiteral("<p class='muted'>Charts overlay %1 dashed; if it ran alone: %2</p>")
                    .arg(esc(context.comparisonName.isEmpty() ? QStringLiteral("a comparison") : context.comparisonName),
                         esc(raceHeadline(*context.comparison)));
    html += QStringLiteral("<h2>Ranking at the end of the horizon</h2>") + rankingTable(context);
    html += changesTable(context, limits);
    return html + QStringLiteral("</body></html>");
}

} // namespace asirace
