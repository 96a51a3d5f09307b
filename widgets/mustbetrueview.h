#pragma once
// "What must be true": what the deterministic winner needs to stay first,
// one condition per row, nearest flip first ("its research talent ≥ 1.12 x
// (now 1.3)"), each row naming the lab that wins instead in its tooltip.
// Clicking a row (or Enter on it) asks to show that input (inputActivated()).
// While a new search runs after an edit, the old rows are greyed out.

#include "flips.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace asirace {

class MustBeTrueView : public QWidget
{
    Q_OBJECT
public:
    explicit MustBeTrueView(QWidget *parent = nullptr);

    void showReport(const FlipReport &report);
    void showProgress(qint64 done, qint64 total);
    void showError(const QString &message);
    void markStale();
    bool isStale() const { return m_stale; }

    QListWidget *list() const { return m_list; }
    QString headline() const;
    // The rows' texts, nearest flip first (tests).
    QStringList conditions() const;

signals:
    void inputActivated(const QString &path);

private:
    QLabel *m_headline;
    QLabel *m_status;
    QListWidget *m_list;
    bool m_stale = true;
};

} // namespace asirace
