#include "chartevents.h"

#include "fieldpath.h"
#include "racetext.h"
#include "valueformat.h"

namespace asirace {
namespace {
constexpr int kLabelCharacters = 32; // the label stays a short tag; the tooltip has the rest
} // namespace

QList<ChartEvent> chartEventsOf(const Scenario &scenario)
{
    QList<ChartEvent> out;
    for (const auto &e : scenario.events) {
        ChartEvent c;
        c.year = e.year + (e.month - 1) / 12.0;
        const QString path = QString::fromStdString(e.path);
        const QString note = QString::fromStdString(e.note).simplified();
        const auto ref = resolveNumericPath(scenario, e.path);
        const QString value = ref ? displayValue(e.value, ref->type) + QLatin1Char(' ') + fromView(ref->unit)
                                  : exactValue(e.value);
        c.label = note.isEmpty() ? path : note;
        if (c.label.size() > kLabelCharacters)
            c.label = c.label.left(kLabelCharacters - 1) + QChar(0x2026);
        c.tooltip = QStringLiteral("%1: %2 = %3").arg(formatMonthYear(c.year), path, value.trimmed());
        if (!note.isEmpty())
            c.tooltip += QLatin1Char('\n') + QString::fromStdString(e.note);
        out << c;
    }
    return out;
}

} // namespace asirace
