#include "chartkind.h"

#include "capabilitychart.h"
#include "computechart.h"
#include "outcomechart.h"
#include "rankingchart.h"

namespace asirace {

const QList<ChartKind> &allChartKinds()
{
    static const QList<ChartKind> kinds{ChartKind::Capability, ChartKind::Ranking, ChartKind::Compute,
                                        ChartKind::Outcome};
    return kinds;
}

QString chartId(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Capability: return QStringLiteral("capability");
    case ChartKind::Ranking: return QStringLiteral("ranking");
    case ChartKind::Compute: return QStringLiteral("compute");
    case ChartKind::Outcome: return QStringLiteral("outcome");
    }
    return {};
}

std::optional<ChartKind> chartKindOf(const RaceChart *chart)
{
    if (qobject_cast<const CapabilityChart *>(chart))
        return ChartKind::Capability;
    if (qobject_cast<const RankingChart *>(chart))
        return ChartKind::Ranking;
    if (qobject_cast<const ComputeChart *>(chart))
        return ChartKind::Compute;
    if (qobject_cast<const OutcomeChart *>(chart))
        return ChartKind::Outcome;
    return std::nullopt;
}

std::unique_ptr<RaceChart> createChart(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Capability: return std::make_unique<CapabilityChart>();
    case ChartKind::Ranking: return std::make_unique<RankingChart>();
    case ChartKind::Compute: return std::make_unique<ComputeChart>();
    case ChartKind::Outcome: return std::make_unique<OutcomeChart>();
    }
    return nullptr;
}

} // namespace asirace
