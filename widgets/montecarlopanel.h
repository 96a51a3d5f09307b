#pragma once
// The Monte Carlo controls of the dashboard: an on/off toggle, the number of
// runs and the seed, plus a status line showing how far the progressive
// estimate has got. It only edits settings and shows status; the main window
// starts and cancels the runs.

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QComboBox;
class QToolButton;

namespace asirace {

class MonteCarloPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MonteCarloPanel(QWidget *parent = nullptr);

    bool isEnabledByUser() const;
    void setEnabledByUser(bool on);
    qint64 runs() const;
    void setRuns(qint64 runs);
    quint64 seed() const;
    void setSeed(quint64 seed);

    // Progress of the running estimate (runs done of total); done == total ends it.
    void showProgress(qint64 done, qint64 total);
    void showIdle(const QString &text);
    void showError(const QString &message);

signals:
    void enabledChanged(bool on);
    void settingsChanged(); // runs or seed: the estimate should restart
    void factorsRequested(); // "Shared factors..." was clicked

private:
    QCheckBox *m_enabled = nullptr;
    QComboBox *m_runs = nullptr;
    QSpinBox *m_seed = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_factors = nullptr;
};

} // namespace asirace
