#pragma once
// The Why panel: why the leader leads the runner-up, as one bar per driver
// group (months of the lead it accounts for, from counterfactual runs in
// models/leadexplanation.h) plus the part no single driver accounts for.
// Hovering a bar names the group's inputs and reads its months. Whoever runs
// the explanation in the background calls showExplanation(); markStale() says
// a newer one is on its way.

#include "leadexplanation.h"
#include "whybars.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;

namespace asirace {

class WhyBarsView;

class WhyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhyPanel(QWidget *parent = nullptr);
    ~WhyPanel() override;

    void showExplanation(std::shared_ptr<const LeadExplanation> explanation);
    void showError(const QString &message);
    // The scenario changed: the bars shown are of the one before, until the next result.
    void markStale();
    bool isStale() const { return m_stale; }

    std::shared_ptr<const LeadExplanation> explanation() const { return m_explanation; }
    QString title() const;
    // Rows shown (drivers, then "Not attributed"); their labels and tooltips, for tests.
    int rowCount() const;
    QString rowLabel(int row) const;
    QString rowValue(int row) const;
    QString rowTooltip(int row) const;
    WhyBarsView *bars() const { return m_bars; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitCaptions();

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    WhyBarsView *m_bars = nullptr;
    QLabel *m_note = nullptr;
    std::shared_ptr<const LeadExplanation> m_explanation;
    bool m_stale = true;
};

// The bar area: paints the rows with paintWhyBars() and shows a row's tooltip on hover.
class WhyBarsView : public QWidget
{
    Q_OBJECT
public:
    explicit WhyBarsView(QWidget *parent = nullptr);
    void setRows(std::vector<WhyRow> rows);
    const std::vector<WhyRow> &rows() const;
    // The row under `pos`, -1 for none.
    int rowAt(const QPoint &pos) const;
    // Rows share the height (between a line of text and kMaxRowHeight); below
    // that the panel's scroll area scrolls.
    int rowHeight() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    std::vector<WhyRow> m_rows;
    std::vector<QRectF> m_rects;
};

} // namespace asirace
