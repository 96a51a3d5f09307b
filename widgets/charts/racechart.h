#pragma once
// Base of the dashboard charts: a QCustomPlot that draws one SimulationResult
// (and optionally a dashed comparison) with one colour per lab, a hover
// tooltip, lab visibility toggled from the legend, wheel zoom, drag pan and
// double-click reset. Subclasses only fill plottables in rebuild(); the base
// reuses them across results so a slider tick only swaps data vectors.

#include "chartevents.h"
#include "charttable.h"
#include "chartstyle.h"
#include "labelplacer.h"
#include "seriespool.h"
#include "simulationresult.h"

#include <qcustomplot.h>

#include <QHash>
#include <QSet>

#include <memory>

class QMenu;

namespace asirace {

class RaceChart : public QCustomPlot
{
    Q_OBJECT
public:
    explicit RaceChart(QWidget *parent = nullptr);
    ~RaceChart() override;

    void setResult(std::shared_ptr<const SimulationResult> result,
                   std::shared_ptr<const SimulationResult> comparison = {});
    const std::shared_ptr<const SimulationResult> &result() const { return m_result; }
    const std::shared_ptr<const SimulationResult> &comparison() const { return m_comparison; }

    virtual QString title() const = 0;
    // Short name for the dashed comparison in legends, e.g. the compared scenario.
    void setComparisonName(const QString &name);
    // The current scenario's name: in Compare mode the legend says which lines are which.
    void setScenarioName(const QString &name);
    const QString &comparisonName() const { return m_comparisonName; }
    const QString &scenarioName() const { return m_scenarioName; }
    // What the Compare legend adds after "(compared" (see setComparisonNote()); empty: nothing.
    const QString &comparisonNote() const { return m_comparisonNote; }
    // The legend naming the solid and dashed lines in Compare mode (the lab legend on charts that list labs on the plot).
    QCPLegend *compareLegend() const { return m_styleRow && m_styleRow->layout() ? m_styleLegend : legend; }

    // Compare mode draws the compared scenario dashed over this one, or (on
    // charts that can) one line per lab for the difference between them.
    enum class CompareStyle { Overlay, Difference };
    void setCompareStyle(CompareStyle style);
    CompareStyle compareStyle() const { return m_compareStyle; }
    virtual bool canShowDifference() const { return false; }
    // Why a chart offers no difference (shown on its disabled menu entry); empty: not mentioned.
    virtual QString noDifferenceReason() const { return {}; }
    bool showsDifference() const { return m_compareStyle == CompareStyle::Difference && m_comparison && canShowDifference(); }

    // The right-click menu: Copy Image and Export… (when someone listens to
    // the requests), Reset Zoom, Show Data…, and the zoom and pan hint.
    QMenu *createContextMenu(QWidget *parent);
    // What the chart plots, as a table: one row per date (or lab), one column per series.
    virtual ChartTable dataTable() const;
    static QString navigationHint(); // "Wheel to zoom, drag to pan, double-click to reset"

    bool isLabVisible(const QString &lab) const { return !m_hiddenLabs.contains(lab); }
    QColor labColour(const QString &lab) const;
    bool hasLab(const QString &lab) const; // in the result or the comparison

    // Scheduled events, marked on the time axes with a thin dashed line and a
    // small rotated label; hovering a line shows the whole event. Only events
    // within the simulated years are marked.
    void setEvents(const QList<ChartEvent> &events);
    const QList<ChartEvent> &events() const { return m_events; }
    // The marker lines drawn, one per marked event and time axis (tests, exports).
    QList<QCPItemStraightLine *> eventMarkers() const;

    void setChartStyle(const ChartStyle &style);
    const ChartStyle &chartStyle() const { return m_style; }

    // The plottable drawing lab's series `role`, or nullptr (tests, export).
    QCPAbstractPlottable *seriesPlottable(const QString &lab, const QString &role, bool comparison = false) const;
    QCPGraph *seriesGraph(const QString &lab, const QString &role, bool comparison = false) const;
    QList<QCPAbstractPlottable *> labPlottables(const QString &lab) const;
    const SeriesInfo *seriesInfo(const QCPAbstractPlottable *plottable) const;

    // Tooltip text for the data point under pos (widget pixels); empty if none.
    QString hoverTextAt(const QPointF &pos, QCPAbstractPlottable **hit = nullptr, int *index = nullptr) const;

public slots:
    // Shows or hides every series and marker of a lab. Does not emit
    // labVisibilityToggled (that signal reports user clicks only).
    void setLabVisible(const QString &lab, bool visible);
    // Back to the axis ranges that fit the data (also on double-click).
    void resetView();

signals:
    void labVisibilityToggled(const QString &lab, bool visible);
    void copyImageRequested(); // from the context menu
    void exportRequested();

protected:
    // Fill the chart from result()/comparison() via the pool functions below.
    virtual void rebuild() = 0;
    // Arrange annotations whose placement depends on pixels (after each layout,
    // so on screen and in exports of any size), through labelPlacer(): it
    // already holds the plotted lines; event labels are placed afterwards.
    virtual void arrangeAnnotations() {}
    LabelPlacer &labelPlacer() { return m_placer; }
    // Forget placed labels and take the lines again (after changing an axis range).
    void resetLabelPlacer();
    virtual QString hoverText(const QCPAbstractPlottable *plottable, const SeriesInfo &info, int index) const;
    // The year axes events are marked on; none for charts without a time axis.
    virtual QList<QCPAxis *> timeAxes() const { return {}; }

    // A user click asked to flip a lab: apply it here and tell the other charts.
    void toggleLabByUser(const QString &lab);

    QCPLayoutGrid *plotArea() const { return m_plotArea; }
    // The legend sits right of the plot (lab legends); charts that name labs
    // on the plot itself and only list the comparison put it under the title.
    void placeLegendAbovePlot();
    QCPAxisRect *addAxisRect(int row, int column);
    // The axis title, longest first: each layout shows the longest variant that
    // fits along its axis rect (a short chart gets "κ (log₁₀ FLOP)", not a clipped title).
    void setAxisTitles(QCPAxis *axis, const QStringList &longestFirst);
    void styleAxisRect(QCPAxisRect *rect);
    void refresh(); // rebuild + visibility + queued replot

    // Pooled plottables and items, keyed by a string unique within the chart.
    // Anything not requested during a rebuild() is deleted afterwards.
    QCPGraph *poolGraph(const SeriesInfo &info, QCPAxis *keyAxis, QCPAxis *valueAxis);
    QCPBars *poolBars(const SeriesInfo &info, QCPAxis *keyAxis, QCPAxis *valueAxis);
    template <class Item>
    Item *poolItem(const QString &key, const QString &lab = {}, LabBinding binding = LabBinding::HideWithLab)
    {
        if (auto *existing = m_pool.reuseItem<Item>(key))
            return existing;
        auto *item = new Item(this);
        m_pool.adoptItem(key, item, lab, binding);
        return item;
    }
    QString labOfItem(QCPAbstractItem *item) const { return m_pool.itemLab(item).lab; }

    void setHomeRange(QCPAxis *axis, const QCPRange &range);
    // Compare as difference: for each lab in both results, its `series` here
    // minus there, month by month (of the values' log10 when `logarithm`, so
    // a ratio in orders of magnitude), as one graph per lab with `info`'s role,
    // quantity, unit and legend flag. Grows `range` (haveRange false: empty) by the differences.
    void addDifferenceSeries(std::vector<double> LabSeries::*series, bool logarithm, SeriesInfo info, QCPAxis *keyAxis,
                             QCPAxis *valueAxis, QCPRange &range, bool &haveRange);
    // The zero line of a difference panel, and its home range with air around the differences.
    void addZeroLine(const QString &key, QCPAxis *keyAxis, QCPAxis *valueAxis);
    static QCPRange paddedDifferenceRange(const QCPRange &range, bool haveRange);
    bool viewMoved() const { return m_viewMoved; } // the user zoomed or panned since the last reset
    // A few words after "(compared" in the Compare legend, e.g. where the
    // compared values went when the chart has no room to draw them. Returns
    // whether the note changed (the legend entry's width did: lay out again).
    bool setComparisonNote(const QString &note);
    QPen labPen(const QString &lab, bool comparison) const;
    QColor labTextColour(const QString &lab) const; // muted when hidden
    // The lab's colour shifted by `factor` towards contrast with the background
    // (darker on light charts, lighter on dark exports), for text.
    QColor labInkColour(const QString &lab, int factor) const;
    QFont chartFont(int pointSize, bool bold = false) const;
    // `font` at `size` in the style's units (points, or pixels for exports).
    QFont resizedFont(QFont font, int size) const;
    int styleSize(const QFont &font) const; // its size in the style's units: resizedFont's inverse
    // The largest size from the style's down to `smallest` at which a line of
    // `font` fits in `rowPx` pixels: names one per row (ranks, bars) shrink
    // on a short chart instead of overlapping.
    int sizeFittingRows(const QFont &font, double rowPx, int smallest = 5) const;

    void updateLayout() override; // then arrangeAnnotations(): pixels are known, drawing has not started
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override; // tool tips over empty space give the navigation hint

private:
    void adopt(QCPAbstractPlottable *plottable, const SeriesInfo &info);
    void applyVisibility();
    void syncLegend();
    void applyStyle();
    void hideHover();
    void onLegendClick(QCPLegend *legend, QCPAbstractLegendItem *item, QMouseEvent *event);
    void onItemClick(QCPAbstractItem *item, QMouseEvent *event);
    void addEventMarkers();                          // racechartevents.cpp, during refresh()
    void placeEventLabels();                         // racechartevents.cpp, after arrangeAnnotations()
    QString eventTextAt(const QPointF &pos) const;   // the tooltip of the marker under pos

    std::shared_ptr<const SimulationResult> m_result;
    std::shared_ptr<const SimulationResult> m_comparison;
    QString m_comparisonName;
    QString m_scenarioName;
    QString m_comparisonNote;
    QString currentLegendName() const;  // the solid entry: this scenario
    QString comparedLegendName() const; // the compared scenario's name, as the dashed entry starts
    QString compareLegendName() const;
    QString compareLegendSuffix() const; // " (compared)" and its note, after the compared scenario's name
    CompareStyle m_compareStyle = CompareStyle::Overlay;
    ChartStyle m_style;
    QSet<QString> m_hiddenLabs;

    QCPTextElement *m_title = nullptr;
    QCPLayoutGrid *m_body = nullptr;
    QCPLayoutGrid *m_plotArea = nullptr;
    QCPLayoutGrid *m_legendColumn = nullptr;
    QCPLayoutGrid *m_legendRow = nullptr; // set by placeLegendAbovePlot(), then m_legendColumn is null
    QCPGraph *m_compareLegendGraph = nullptr; // data-less graph: the "dashed = compare" legend entry
    QCPGraph *m_currentLegendGraph = nullptr; // likewise "solid = this scenario", in Compare mode
    // Charts with the lab legend at the right name the two line styles in a
    // row above the plot, where long scenario names have room.
    QCPLegend *m_styleLegend = nullptr;
    QCPLayoutGrid *m_styleRow = nullptr; // in the layout only in Compare mode
    void showStyleRow(bool shown);
    // Before each layout: the side legend's font shrinks (down to a floor) until
    // every entry fits the chart's height, so entries never overlap.
    void fitLegendToHeight();
    // The "solid = this scenario, dashed = compared" entries, wider than the
    // chart: the scenario names end in "…" so both entries fit side by side.
    void fitStyleLegendToWidth();
    int m_styleFitWidth = -1; // the width the entries were fitted to; -1: fit again
    // A chart too short for the pair's own row (the compute chart's two plots
    // at 1366x768) lists the pair at the end of its lab legend instead: the
    // row would be squeezed under the title, the two drawn over each other.
    void placeStylePairForHeight();
    bool m_pairInLegend = false;
    void fitAxisTitles(); // after each layout: see setAxisTitles()
    QSize m_legendFitFor;     // (available height, entries) the legend font was fitted for
    QHash<QCPAxis *, QStringList> m_axisTitles;
    QHash<QCPAxis *, std::pair<int, QStringList>> m_axisTitleFit; // the room and variants each title was fitted for
    QString m_titleFitText; // the title and width the chart title was elided for
    int m_titleFitWidth = -1;
    // The time axes' titles ("Year"): a short chart drops them (the tick
    // labels are years) and gives the height to the plot.
    QHash<QCPAxis *, QString> m_timeTitles;
    void fitTimeTitles();
    QCPItemTracer *m_tracer = nullptr;

    SeriesPool m_pool;
    QList<ChartEvent> m_events;
    QList<std::pair<QCPItemStraightLine *, int>> m_eventLines; // marker and index in m_events, this refresh
    struct EventLabel {
        QCPItemText *label = nullptr;
        double year = 0;
        QCPAxis *time = nullptr;
        int event = -1; // index in m_events
    };
    QList<EventLabel> m_eventLabels; // per time axis, in time order
    // Labels that stand for several events closer than a label's width, and
    // the tooltip listing them (this layout).
    QList<std::pair<QRectF, QString>> m_eventGroupTips;
    LabelPlacer m_placer;

    QHash<QCPAxis *, QCPRange> m_homeRanges;
    bool m_viewMoved = false; // user zoomed or panned: keep their view across results
};

} // namespace asirace
