#pragma once
// The Sensitivity view: pick an output (P(lab first), a lab's arrival year at
// the medians, or the winner's arrival year) and a method (p10 -> p90 swings,
// or each input's first-order share of the output's variance), run the
// analysis, and read the chart. Every uncertain input gets a row; the chart
// scrolls. While a new analysis computes (or after an edit) the old chart is
// greyed out, so it is never read as the answer to the new question. The view
// asks for runs through analyseRequested() (Analyse, or changing what to
// measure); whoever owns the background runner answers with
// showResult()/showProgress().

#include "sensitivity.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGraphicsOpacityEffect;
class QLabel;
class QPushButton;
class QScrollArea;

namespace asirace {

class TornadoChart;

class SensitivityView : public QWidget
{
    Q_OBJECT
public:
    explicit SensitivityView(QWidget *parent = nullptr);

    // Fills the output choices from the racing labs, keeping the current choice when it still exists.
    void setLabs(const QStringList &labs);
    SensitivityOutput currentOutput() const;
    // "Others sampled": the other inputs keep their distributions, so P(first)
    // moves even where one median world gives 0 or 1.
    bool sampleOthers() const;
    void setSampleOthers(bool on);
    SensitivityMethod method() const;
    void setMethod(SensitivityMethod method);
    SensitivityOptions options() const;
    bool isStale() const { return m_stale; }
    // The chart on screen no longer answers the question asked (greyed out).
    bool isChartGreyed() const;
    TornadoChart *chart() const { return m_chart; }
    QScrollArea *chartScroll() const { return m_scroll; }

    void showResult(const SensitivityResult &result);
    void showProgress(qint64 done, qint64 total);
    void showError(const QString &message);
    // The scenario changed: the chart no longer matches it.
    void markStale();

signals:
    void analyseRequested(const asirace::SensitivityOutput &output);

private:
    void setGreyed(bool greyed);
    void fitChart();

    QComboBox *m_output = nullptr;
    QComboBox *m_method = nullptr;
    QCheckBox *m_sampleOthers = nullptr;
    QPushButton *m_analyse = nullptr;
    QLabel *m_status = nullptr;
    TornadoChart *m_chart = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGraphicsOpacityEffect *m_fade = nullptr;
    bool m_stale = true; // no result yet, or the scenario changed since
};

} // namespace asirace
