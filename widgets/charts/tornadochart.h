#pragma once
// The sensitivity chart. Swings (tornado): one bar pair per uncertain input,
// from the output at all medians to the output with that input at its p10
// (one colour) and at its p90 (another), largest effect on top. First-order
// indices: one bar per input, its share of the output's variance with a
// ± standard error whisker. Rows are labelled with the inputs' names and
// units; the legend sits in its own row above the plot, so it never covers a
// bar; the chart asks for the height its rows need (heightForRows()) and the
// view scrolls it.

#include "chartstyle.h"
#include "sensitivity.h"

#include <qcustomplot.h>

#include <optional>

namespace asirace {

class TornadoChart : public QCustomPlot
{
    Q_OBJECT
public:
    static constexpr int kRowHeight = 22; // px per input: one line of label, bars apart

    explicit TornadoChart(QWidget *parent = nullptr);

    void setResult(const SensitivityResult &result);
    void clear(const QString &message = {});
    const std::optional<SensitivityResult> &result() const { return m_result; }

    // Rows drawn (the largest effects first); all of them unless limited.
    void setMaxRows(int rows);
    int shownRows() const { return m_shownRows; }
    // The height that gives every shown row kRowHeight px, plus title, legend and axes.
    int heightForRows() const;
    void setChartStyle(const ChartStyle &style);

    // The text shown when hovering over a bar at `pos`, empty when none (tests).
    QString hoverTextAt(const QPointF &pos) const;
    // The label of row `row` as drawn on the axis (tests).
    QString rowLabel(int row) const;

    QCPBars *lowBars() const { return m_low; }
    QCPBars *highBars() const { return m_high; }
    QCPLegend *chartLegend() const { return legend; }

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString fitLabel(const QString &text) const;
    void rebuild();
    QString formatOutput(double value, bool beyondHorizon) const;
    bool isFirstOrder() const;

    std::optional<SensitivityResult> m_result;
    ChartStyle m_style;
    int m_maxRows = 1 << 20;
    int m_shownRows = 0;
    QCPBars *m_low = nullptr;
    QCPBars *m_high = nullptr;
    QCPErrorBars *m_errors = nullptr;
    QCPItemStraightLine *m_baseLine = nullptr;
    QCPTextElement *m_title = nullptr;
    QSharedPointer<QCPAxisTickerText> m_ticker;
};

} // namespace asirace
