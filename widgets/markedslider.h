#pragma once
// A horizontal slider with a small mark at the default value, so a user sees
// how far an assumption has been moved from its calibrated value, and (for an
// input Monte Carlo draws) a band over the groove from its p10 to its p90.

#include <QSlider>

namespace asirace {

class MarkedSlider : public QSlider
{
    Q_OBJECT
public:
    explicit MarkedSlider(QWidget *parent = nullptr);

    void setMarker(int position); // in slider units
    int marker() const { return m_marker; }
    // The p10-p90 band in slider units; lo > hi (the default) draws none.
    void setBand(int lo, int hi);
    bool hasBand() const { return m_bandLo <= m_bandHi; }
    int bandLow() const { return m_bandLo; }
    int bandHigh() const { return m_bandHi; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_marker = -1;
    int m_bandLo = 1, m_bandHi = 0;
};

} // namespace asirace
