#pragma once
// The words around an exported chart: title, one-line subtitle (scenario,
// date, key assumptions), footnote (version, scenario) and the data sources.

#include "chartkind.h"
#include "exportcontext.h"

#include <QString>
#include <QStringList>

namespace asirace {

QString figureTitle(ChartKind kind);
// "Evidence baseline · 14 Jun 2025 · AGI at κ 33, ASI 2 OOM above · algorithms 2× every 8 months · …"
QString figureSubtitle(const ExportContext &context);
// "ASI Race 0.1.0, scenario Evidence baseline"
QString figureFootnote(const ExportContext &context);
// "Sources: Epoch AI Data on AI Models (historical runs); inputs: Epoch AI, …"
QString figureSources(ChartKind kind, const ExportContext &context);

// Publications the scenario's inputs cite, recognised by name, in a fixed
// order; inputs marked "assumption:" count as ASI Race assumptions.
QStringList citedSources(const Scenario &scenario);

} // namespace asirace
