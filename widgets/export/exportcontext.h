#pragma once
// Everything an export shows besides the chart class: the scenario behind the
// result (name, assumptions, sources, inputs for the report), the result and
// the dashed comparison, Monte Carlo odds, labs hidden on screen and the date.
// The GUI fills it from the dashboard, the CLI from a scenario it simulates.

#include "outcomeodds.h"
#include "scenario.h"
#include "simulationresult.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace asirace {

class RaceChart;

struct ExportContext {
    Scenario scenario;
    std::shared_ptr<const SimulationResult> result;
    std::shared_ptr<const SimulationResult> comparison;
    QString comparisonName;
    std::optional<OutcomeOdds> odds; // Monte Carlo: P(first) and arrival ranges
    QSet<QString> hiddenLabs;        // as toggled in the dashboard legends
    bool compareAsDifference = false; // the chart showed Compare mode as differences
    QDate date = QDate::currentDate();
    bool edited = false;             // the scenario has unsaved edits (the GUI only)

    QString scenarioName() const { return QString::fromStdString(scenario.name); }
    // "Patel's view, edited" when the figure shows unsaved edits.
    QString scenarioTitle() const { return edited ? scenarioName() + QStringLiteral(", edited") : scenarioName(); }
    bool isLabVisible(const QString &lab) const { return !hiddenLabs.contains(lab); }
    // Takes result, comparison, hidden labs (and odds from an outcome chart) from a chart on screen.
    void takeFromChart(const RaceChart &chart);
};

// The application version printed in footnotes ("0.1.0").
QString exportVersion();

} // namespace asirace
