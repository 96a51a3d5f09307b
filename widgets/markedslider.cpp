#include "markedslider.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

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

void MarkedSlider::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (m_marker < minimum() || m_marker > maximum())
        return;
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    const int x = groove.left() + handle.width() / 2 +
                  QStyle::sliderPositionFromValue(minimum(), maximum(), m_marker, span);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x47, 0x55, 0x69));
    const int y = rect().bottom();
    const QPointF triangle[3] = {{x - 4.0, y + 0.0}, {x + 4.0, y + 0.0}, {x + 0.0, y - 5.0}};
    painter.drawPolygon(triangle, 3);
}

} // namespace asirace
