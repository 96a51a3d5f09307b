#pragma once
// The Why figures as people read them: one bar per driver group (months of
// the leader's lead it accounts for), the part no single group accounts for,
// and the sentence above them. The Why panel and the PDF report draw the same
// rows with the same painter, so the window and the report never disagree.

#include "leadexplanation.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace asirace {

struct WhyRow {
    QString label;     // "Start compute"
    int months = 0;    // positive: contributes to the lead
    bool atLeast = false; // a lower bound (the swap loses the leader ASI within the horizon)
    bool residual = false; // the part not attributed to any single group
    bool unknown = false;  // residual with a lower bound involved: no bar
    QString valueText;     // "+3 months", "≥ +14 months", "unknown"
    QString tooltip;       // rich text: the group, its inputs, the months and what they mean
};

// "Why Google DeepMind leads Anthropic: 4 months ahead", or what stands
// instead of a lead ("No lab reaches ASI by Dec 2040: there is no lead to explain.").
QString whyTitle(const LeadExplanation &explanation);
// One line under the title: the two arrivals and how to read the bars.
QString whySubtitle(const LeadExplanation &explanation);
// The driver rows in driverGroups() order, then the residual; empty unless explained.
std::vector<WhyRow> whyRows(const LeadExplanation &explanation);

struct WhyBarStyle {
    QFont font;
    QColor text = QColor(0x33, 0x33, 0x33);
    QColor muted = QColor(0x88, 0x88, 0x88);
    QColor axis = QColor(0xbb, 0xbb, 0xbb);
    QColor lead = QColor(0x1b, 0x9e, 0x77);    // helps the leader
    QColor against = QColor(0xd9, 0x5f, 0x02); // works for the runner-up
    QColor residual = QColor(0x99, 0x99, 0x99);
    qreal rowHeight = 26;
    qreal labelWidth = 190; // left column with the group labels
    qreal valueWidth = 110; // right column with the months
};

// Paints `rows` into `area`, zero line in the middle of the bar column.
// Returns the rectangle of each row (for tooltips and tests).
std::vector<QRectF> paintWhyBars(QPainter &painter, const QRectF &area, const std::vector<WhyRow> &rows,
                                 const WhyBarStyle &style);

} // namespace asirace
