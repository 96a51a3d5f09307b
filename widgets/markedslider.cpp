#include "markedslider.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

#include <algorithm>

namespace asirace {

MarkedSlider::MarkedSlider(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
    setMinimumHeight(22);
}

void MarkedSlider::setMarker(int position)
{
    m_marker = position;
    update();
}

void MarkedSlider::setBand(int lo, int hi)
{
    if (lo == m_bandLo && hi == m_bandHi)
        return;
    m_bandLo = lo;
    m_bandHi = hi;
    update();
}

void MarkedSlider::paintEvent(QPaintEvent *event)
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    auto xOf = [&](int position) {
        return groove.left() + handle.width() / 2 + QStyle::sliderPositionFromValue(minimum(), maximum(), position, span);
    };
    if (hasBand()) {
        // Under the handle: the band shows where Monte Carlo draws the input, the handle its value.
        QPainter band(this);
        const int lo = xOf(std::clamp(m_bandLo, minimum(), maximum()));
        const int hi = xOf(std::clamp(m_bandHi, minimum(), maximum()));
        band.fillRect(QRect(QPoint(lo, groove.center().y() - 4), QPoint(std::max(hi, lo + 2), groove.center().y() + 4)),
                      QColor(0xf5, 0x9e, 0x0b, 150));
    }
    QSlider::paintEvent(event);
    if (m_marker < minimum() || m_marker > maximum())
        return;
    const int x = xOf(m_marker);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x47, 0x55, 0x69));
    const int y = rect().bottom();
    const QPointF triangle[3] = {{x - 4.0, y + 0.0}, {x + 4.0, y + 0.0}, {x + 0.0, y - 5.0}};
    painter.drawPolygon(triangle, 3);
}

} // namespace asirace
