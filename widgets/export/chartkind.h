#pragma once
// The four dashboard charts by kind: a stable id for file names ("capability"),
// a fresh chart of the same class for off-screen exports, and the kind of a
// chart on screen.

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace asirace {

class RaceChart;

enum class ChartKind { Capability, Ranking, Compute, Outcome };

// In the order of the dashboard grid (capability, ranking, compute, outcome).
const QList<ChartKind> &allChartKinds();
QString chartId(ChartKind kind); // "capability": file names and the CLI
std::optional<ChartKind> chartKindOf(const RaceChart *chart);
std::unique_ptr<RaceChart> createChart(ChartKind kind);

} // namespace asirace
