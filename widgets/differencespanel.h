#pragma once
// The "Differences" dock: every input, event and distribution in which the
// compared scenario (of this file, a built-in or another file) differs from
// the one being edited, the same rows `asirace-cli diff` prints, each with
// what that one difference alone does to the arrival of the current winner.
// The effects are computed elsewhere (off the GUI thread) and arrive later.

#include "differenceeffects.h"
#include "scenariodiff.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace asirace {

class DifferencesPanel : public QWidget
{
    Q_OBJECT
public:
    // The effect comes second so it stays in view in a narrow dock.
    enum Column { InputColumn, EffectColumn, ThisColumn, ComparedColumn, UnitColumn, ColumnCount };

    explicit DifferencesPanel(QWidget *parent = nullptr);

    // Nothing compared: an empty table and `message`.
    void showMessage(const QString &message);
    // New rows; their effects show "computing…" until setEffects().
    void setChanges(const std::vector<InputChange> &changes, const QString &thisName, const QString &comparedName);
    void setEffects(const DifferenceEffects &effects);

    QTableWidget *table() const { return m_table; }
    QString summary() const;

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

// "3 months later", "1.2 years earlier", "no change", "OpenAI no longer arrives
// (xAI wins)": the effect of difference `i` on the winner's arrival.
QString effectText(const DifferenceEffects &effects, size_t i);

} // namespace asirace
