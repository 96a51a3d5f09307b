#pragma once
// A horizontal slider with a small mark at the default value, so a user sees
// how far an assumption has been moved from its calibrated value.

#include <QSlider>

namespace asirace {

class MarkedSlider : public QSlider
{
    Q_OBJECT
public:
    explicit MarkedSlider(QWidget *parent = nullptr);

    void setMarker(int position); // in slider units
    int marker() const { return m_marker; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_marker = -1;
};

} // namespace asirace
