#include "seriespool.h"

namespace asirace {

SeriesPool::SeriesPool(QCustomPlot *plot)
    : m_plot(plot)
{
}

void SeriesPool::begin()
{
    m_touchedPlottables.clear();
    m_touchedItems.clear();
}

QString SeriesPool::key(const QString &lab, const QString &role, bool comparison)
{
    return lab + QChar(0x1f) + role + (comparison ? QStringLiteral("#compare") : QString());
}

QCPAbstractPlottable *SeriesPool::reusePlottable(const SeriesInfo &info, QCPAxis *keyAxis, QCPAxis *valueAxis)
{
    const QString k = key(info.lab, info.role, info.comparison);
    m_touchedPlottables.insert(k);
    QCPAbstractPlottable *p = m_plottables.value(k).data();
    if (p && p->keyAxis() == keyAxis && p->valueAxis() == valueAxis) {
        m_info[p] = info;
        return p;
    }
    if (p) {
        m_info.remove(p);
        m_plot->removePlottable(p);
    }
    return nullptr;
}

void SeriesPool::adopt(QCPAbstractPlottable *plottable, const SeriesInfo &info)
{
    m_plottables.insert(key(info.lab, info.role, info.comparison), plottable);
    m_info.insert(plottable, info);
}

void SeriesPool::adoptItem(const QString &key, QCPAbstractItem *item, const QString &lab, LabBinding binding)
{
    m_touchedItems.insert(key);
    m_items.insert(key, item);
    m_itemLabs.insert(item, {lab, binding});
}

void SeriesPool::sweep()
{
    for (auto it = m_plottables.begin(); it != m_plottables.end();) {
        if (!m_touchedPlottables.contains(it.key()) || it.value().isNull()) {
            if (QCPAbstractPlottable *p = it.value().data()) {
                m_info.remove(p);
                m_plot->removePlottable(p);
            }
            it = m_plottables.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!m_touchedItems.contains(it.key()) || it.value().isNull()) {
            if (QCPAbstractItem *item = it.value().data()) {
                m_itemLabs.remove(item);
                m_plot->removeItem(item);
            }
            it = m_items.erase(it);
        } else {
            ++it;
        }
    }
}

QCPAbstractPlottable *SeriesPool::plottable(const QString &lab, const QString &role, bool comparison) const
{
    return m_plottables.value(key(lab, role, comparison)).data();
}

const SeriesInfo *SeriesPool::info(const QCPAbstractPlottable *plottable) const
{
    auto it = m_info.constFind(plottable);
    return it == m_info.cend() ? nullptr : &it.value();
}

QList<QCPAbstractItem *> SeriesPool::items() const
{
    QList<QCPAbstractItem *> out;
    for (const auto &item : m_items)
        if (item)
            out << item.data();
    return out;
}

} // namespace asirace
