#pragma once
// Keeps a chart's plottables and items alive across results: a rebuild asks
// for each series by key and gets the existing object back when the lab set
// is unchanged, so a slider tick only swaps data. Whatever a rebuild did not
// ask for is deleted by sweep().

#include <qcustomplot.h>

#include <QHash>
#include <QPointer>
#include <QSet>

namespace asirace {

// What a plottable shows: used for hover text, legend clicks and tests.
struct SeriesInfo {
    QString lab;       // empty for non-lab series (history, thresholds)
    QString role;      // which series of the lab, e.g. "compute"; unique per lab within a chart
    QString quantity;  // "Compute capacity"
    QString unit;      // "H100e"
    bool comparison = false;
    bool inLegend = false;   // the one legend entry per lab
    bool scientific = false; // values written as 3.2×10²⁷
    int decimals = 1;
};

// How an item follows its lab's visibility.
enum class LabBinding { HideWithLab, StayVisible };

class SeriesPool
{
public:
    explicit SeriesPool(QCustomPlot *plot);

    void begin(); // start of a rebuild: nothing requested yet
    void sweep(); // end of a rebuild: delete what was not requested

    // The pooled plottable for info's (lab, role, comparison) if it is of type
    // T on the same axes; otherwise nullptr (a mismatched one is deleted).
    template <class T>
    T *reuse(const SeriesInfo &info, QCPAxis *keyAxis, QCPAxis *valueAxis)
    {
        return qobject_cast<T *>(reusePlottable(info, keyAxis, valueAxis));
    }
    void adopt(QCPAbstractPlottable *plottable, const SeriesInfo &info);

    template <class T>
    T *reuseItem(const QString &key)
    {
        m_touchedItems.insert(key);
        return qobject_cast<T *>(m_items.value(key).data());
    }
    void adoptItem(const QString &key, QCPAbstractItem *item, const QString &lab, LabBinding binding);

    QCPAbstractPlottable *plottable(const QString &lab, const QString &role, bool comparison) const;
    const SeriesInfo *info(const QCPAbstractPlottable *plottable) const;
    const QHash<const QCPAbstractPlottable *, SeriesInfo> &infos() const { return m_info; }

    struct ItemLab {
        QString lab;
        LabBinding binding = LabBinding::HideWithLab;
    };
    ItemLab itemLab(const QCPAbstractItem *item) const { return m_itemLabs.value(item); }
    QList<QCPAbstractItem *> items() const;

private:
    static QString key(const QString &lab, const QString &role, bool comparison);
    QCPAbstractPlottable *reusePlottable(const SeriesInfo &info, QCPAxis *keyAxis, QCPAxis *valueAxis);

    QCustomPlot *m_plot;
    QHash<QString, QPointer<QCPAbstractPlottable>> m_plottables;
    QHash<const QCPAbstractPlottable *, SeriesInfo> m_info;
    QSet<QString> m_touchedPlottables;
    QHash<QString, QPointer<QCPAbstractItem>> m_items;
    QHash<const QCPAbstractItem *, ItemLab> m_itemLabs;
    QSet<QString> m_touchedItems;
};

} // namespace asirace
