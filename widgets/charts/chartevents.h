#pragma once
// Scheduled events as the time-axis charts mark them: where the event starts
// on the year axis, a short label (its note) and a tooltip with the whole event.
// Built from the scenario, so the dashboard and the exports mark the same.

#include "scenario.h"

#include <QList>
#include <QString>

namespace asirace {

struct ChartEvent {
    double year = 0; // decimal year of the first day of its month, as the charts' time axes
    QString label;   // the note, shortened; the input when there is no note
    QString tooltip; // "Apr 2026: OpenAI.mfu = 0.3 fraction of peak" and the note
    bool operator==(const ChartEvent &) const = default;
};

QList<ChartEvent> chartEventsOf(const Scenario &scenario);

} // namespace asirace
