#pragma once
// The sensitivity ("tornado") chart: one horizontal bar pair per uncertain
// input, from the output at all medians to the output with that input at its
// p10 (one colour) and at its p90 (another), largest effect on top.

#include "chartstyle.h"
#include "sensitivity.h"

#include <qcustomplot.h>

#include <optional>

namespace asirace {

class TornadoChart : public QCustomPlot
{
    Q_OBJECT
public:
    explicit TornadoChart(QWidget *parent = nullptr);

    void setResult(const SensitivityResult &result);
    void clear(const QString &message = {});
    const std::optional<SensitivityResult> &result() const { return m_result; }

    // Rows drawn (the largest effects); the rest are summarised in the title.
    void setMaxRows(int rows);
    int shownRows() const { return m_shownRows; }
    void setChartStyle(const ChartStyle &style);

    // The text shown when hovering over a bar at `pos`, empty when none (tests).
    QString hoverTextAt(const QPointF &pos) const;

    QCPBars *lowBars() const { return m_low; }
    QCPBars *highBars() const { return m_high; }

protected:
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void rebuild();
    QString formatOutput(double value, bool beyondHorizon) const;

    std::optional<SensitivityResult> m_result;
    ChartStyle m_style;
    int m_maxRows = 15;
    int m_shownRows = 0;
    QCPBars *m_low = nullptr;
    QCPBars *m_high = nullptr;
    QCPItemStraightLine *m_baseLine = nullptr;
    QCPTextElement *m_title = nullptr;
    QSharedPointer<QCPAxisTickerText> m_ticker;
};

} // namespace asirace
