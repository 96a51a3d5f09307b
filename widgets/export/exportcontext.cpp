#include "exportcontext.h"

#include "asirace_version.h"
#include "outcomechart.h"
#include "racechart.h"

namespace asirace {

void ExportContext::takeFromChart(const RaceChart &chart)
{
    result = chart.result();
    comparison = chart.comparison();
    hiddenLabs.clear();
    for (const auto *r : {result.get(), comparison.get()}) {
        if (!r)
            continue;
        for (const auto &lab : r->labs) {
            const QString name = QString::fromStdString(lab.name);
            if (!chart.isLabVisible(name))
                hiddenLabs.insert(name);
        }
    }
    compareAsDifference = chart.compareStyle() == RaceChart::CompareStyle::Difference;
    if (const auto *outcome = qobject_cast<const OutcomeChart *>(&chart))
        odds = outcome->odds();
}

QString exportVersion()
{
    return QString::fromLatin1(kVersion);
}

} // namespace asirace
