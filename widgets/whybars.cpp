#include "whybars.h"

#include "fieldlabel.h"

#include "organisation.h"
#include "racetext.h"
#include "valueformat.h"

#include <QObject>
#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace asirace {
namespace {

QString q(const std::string &text) { return QString::fromStdString(text); }

// A reader's name for a lab input, with its unit ("Largest cluster [H100e]").
QString inputLabel(std::string_view field)
{
    std::string label = fieldLabel(FieldPath::Owner::Organisation, field);
    if (const auto *f = findNumericField(organisationNumericFields(), field); f && f->unit != "flag" && !f->unit.empty())
        label += " [" + std::string(f->unit) + "]";
    return QString::fromStdString(label);
}

QString arrivalText(const std::optional<double> &year, double horizonEnd)
{
    return year ? formatMonthYear(*year) : QObject::tr("not by %1").arg(formatMonthYear(horizonEnd - 1.0 / 12));
}

QString monthsText(int months, bool atLeast)
{
    const QString sign = months > 0 ? QStringLiteral("+") : months < 0 ? QStringLiteral("\u2212") : QString();
    const QString unit = std::abs(months) == 1 ? QObject::tr("month") : QObject::tr("months");
    return (atLeast ? QStringLiteral("\u2265 ") : QString()) + sign + QString::number(std::abs(months)) +
           QLatin1Char(' ') + unit;
}

QString groupTooltip(const LeadExplanation &x, const DriverEffect &d)
{
    const DriverGroup &g = *d.group;
    const QString leader = q(x.leader).toHtmlEscaped();
    const QString rival = q(x.runnerUp).toHtmlEscaped();
    QString tip = QStringLiteral("<b>%1</b>: %2 of ASI arrival<br>").arg(fromView(g.label).toHtmlEscaped(),
                                                                         monthsText(d.months, d.atLeast));
    tip += QObject::tr("With %1's %2, %3 would reach ASI %4 instead of %5.")
               .arg(rival, fromView(g.label).toLower().toHtmlEscaped(), leader,
                    d.arrivalYear ? QObject::tr("in %1").arg(formatMonthYear(*d.arrivalYear))
                                  : QObject::tr("not by %1 (the bar is a lower bound)")
                                        .arg(formatMonthYear(x.horizonEndYear - 1.0 / 12)),
                    formatMonthYear(*x.leaderArrivalYear));
    tip += QStringLiteral("<br>");
    tip += d.months > 0   ? QObject::tr("This driver helps %1 (later without it).").arg(leader)
           : d.months < 0 ? QObject::tr("This driver works for %1 (%2 would be earlier with its values).").arg(rival, leader)
                          : QObject::tr("This driver alone does not move %1's arrival month.").arg(leader);
    tip += QStringLiteral("<br><br><i>%1</i><br>").arg(fromView(g.description).toHtmlEscaped());
    QStringList inputs;
    for (auto field : g.fields)
        inputs << inputLabel(field).toHtmlEscaped();
    if (g.partnershipTerms)
        inputs << QObject::tr("every term of its partnerships and licences (investment, compute supplied, "
                              "commitments, revenue and profit shares, IP access, ROFR)");
    tip += QObject::tr("Inputs: %1").arg(inputs.join(QStringLiteral(", ")));
    return tip;
}

QString residualTooltip(const LeadExplanation &x, const std::optional<int> &residual)
{
    QString tip = QObject::tr("<b>Not attributed</b>: %1<br>The lead minus the sum of the driver bars. "
                              "One driver at a time misses how drivers combine: together they can move the "
                              "arrival more or less than the sum of their parts.")
                      .arg(residual ? monthsText(*residual, false) : QObject::tr("unknown (a bar is a lower bound)"));
    tip += QStringLiteral("<br>");
    tip += QObject::tr("With every driver of %1 at once, %2 would reach ASI %3 (%4).")
               .arg(q(x.runnerUp).toHtmlEscaped(), q(x.leader).toHtmlEscaped(),
                    arrivalText(x.allGroups.arrivalYear, x.horizonEndYear),
                    monthsText(x.allGroups.months, x.allGroups.atLeast));
    return tip;
}

} // namespace

QString whyTitle(const LeadExplanation &x)
{
    switch (x.status) {
    case LeadExplanation::Status::NoArrival:
        return QObject::tr("No lab reaches ASI by %1: there is no lead to explain.")
            .arg(formatMonthYear(x.horizonEndYear - 1.0 / 12));
    case LeadExplanation::Status::NoRunnerUp:
        return QObject::tr("Only one racing lab: there is no runner-up to compare with.");
    case LeadExplanation::Status::Cancelled:
        return QObject::tr("Explaining…");
    case LeadExplanation::Status::Explained:
        break;
    }
    const QString leader = q(x.leader), rival = q(x.runnerUp);
    if (x.leadMonths == 0)
        return QObject::tr("Why %1 leads %2: same month, ahead on capability").arg(leader, rival);
    return QObject::tr("Why %1 leads %2 by %3%4")
        .arg(leader, rival, x.leadAtLeast ? QObject::tr("at least ") : QString(),
             std::abs(x.leadMonths) == 1 ? QObject::tr("1 month") : QObject::tr("%1 months").arg(x.leadMonths));
}

QString whySubtitle(const LeadExplanation &x)
{
    if (!x.explained())
        return {};
    return QObject::tr("ASI %1 against %2. Each bar: how much later %3 would arrive with %4's values of that "
                       "driver, one driver at a time (right: the driver helps %3).")
        .arg(arrivalText(x.leaderArrivalYear, x.horizonEndYear), arrivalText(x.runnerUpArrivalYear, x.horizonEndYear),
             q(x.leader), q(x.runnerUp));
}

std::vector<WhyRow> whyRows(const LeadExplanation &x)
{
    std::vector<WhyRow> rows;
    if (!x.explained())
        return rows;
    for (const auto &d : x.drivers) {
        WhyRow row;
        row.label = fromView(d.group->label);
        row.months = d.months;
        row.atLeast = d.atLeast;
        row.valueText = monthsText(d.months, d.atLeast);
        row.tooltip = groupTooltip(x, d);
        rows.push_back(row);
    }
    const auto residual = x.residualMonths();
    WhyRow rest;
    rest.label = QObject::tr("Not attributed");
    rest.residual = true;
    rest.unknown = !residual;
    rest.months = residual.value_or(0);
    rest.valueText = residual ? monthsText(*residual, false) : QObject::tr("unknown");
    rest.tooltip = residualTooltip(x, residual);
    rows.push_back(rest);
    return rows;
}

std::vector<QRectF> paintWhyBars(QPainter &painter, const QRectF &area, const std::vector<WhyRow> &rows,
                                 const WhyBarStyle &style)
{
    std::vector<QRectF> rects;
    if (rows.empty())
        return rects;
    int scale = 1;
    for (const auto &r : rows)
        scale = std::max(scale, std::abs(r.months));
    const qreal rowHeight = std::min(style.rowHeight, area.height() / qreal(rows.size()));
    const qreal barLeft = area.left() + style.labelWidth;
    const qreal barWidth = std::max<qreal>(20, area.width() - style.labelWidth - style.valueWidth);
    const qreal zero = barLeft + barWidth / 2;
    const qreal half = barWidth / 2 - rowHeight * 0.4; // room for a lower bound's arrow

    painter.save();
    painter.setFont(style.font);
    for (size_t i = 0; i < rows.size(); ++i) {
        const WhyRow &r = rows[i];
        const QRectF row(area.left(), area.top() + rowHeight * qreal(i), area.width(), rowHeight);
        rects.push_back(row);
        painter.setPen(r.residual ? style.muted : style.text);
        painter.drawText(QRectF(row.left(), row.top(), style.labelWidth - 8, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, r.label);
        painter.drawText(QRectF(barLeft + barWidth + 8, row.top(), style.valueWidth - 8, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, r.valueText);
        if (r.unknown || r.months == 0)
            continue;
        const qreal length = std::max<qreal>(2, half * std::abs(r.months) / scale);
        const qreal thickness = rowHeight * 0.56;
        const QRectF bar(r.months > 0 ? zero : zero - length, row.center().y() - thickness / 2, length, thickness);
        const QColor colour = r.residual ? style.residual : r.months > 0 ? style.lead : style.against;
        painter.setPen(Qt::NoPen);
        painter.setBrush(r.residual ? QBrush(colour, Qt::BDiagPattern) : QBrush(colour));
        painter.drawRect(bar);
        if (r.atLeast) {
            // An open end: the true effect is larger than the horizon shows.
            const qreal tip = r.months > 0 ? bar.right() : bar.left();
            const qreal dir = r.months > 0 ? 1 : -1;
            const QPointF arrow[] = {QPointF(tip, bar.top() - 2), QPointF(tip + dir * thickness * 0.6, bar.center().y()),
                                     QPointF(tip, bar.bottom() + 2)};
            painter.drawPolygon(arrow, 3);
        }
    }
    painter.setPen(QPen(style.axis, 1));
    painter.drawLine(QPointF(zero, area.top()), QPointF(zero, area.top() + rowHeight * qreal(rows.size())));
    painter.restore();
    return rects;
}

} // namespace asirace
