#pragma once
// The Sensitivity view: pick an output (P(lab first), a lab's arrival year at
// the medians, or the winner's arrival year), run the analysis, and read the
// tornado chart. The view asks for runs through analyseRequested() (Analyse,
// or picking another output); whoever owns the background runner answers with
// showResult()/showProgress().

#include "sensitivity.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

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
    SensitivityOptions options() const;
    bool isStale() const { return m_stale; }
    TornadoChart *chart() const { return m_chart; }

    void showResult(const SensitivityResult &result);
    void showProgress(qint64 done, qint64 total);
    void showError(const QString &message);
    // The scenario changed: the chart no longer matches it.
    void markStale();

signals:
    void analyseRequested(const asirace::SensitivityOutput &output);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitRows();

    QComboBox *m_output = nullptr;
    QCheckBox *m_sampleOthers = nullptr;
    QPushButton *m_analyse = nullptr;
    QLabel *m_status = nullptr;
    TornadoChart *m_chart = nullptr;
    int m_fittedRows = 0;
    bool m_stale = true; // no result yet, or the scenario changed since
};

} // namespace asirace
