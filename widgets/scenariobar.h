#pragma once
// The toolbar strip for the scenarios of the open file: a switcher with new,
// duplicate, rename and delete, and the "Compare with" choice whose result is
// overlaid dashed on every chart.

#include <QWidget>

class QComboBox;
class QToolButton;

namespace asirace {

class ScenarioBar : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioBar(QWidget *parent = nullptr);

    void setScenarios(const QStringList &names, int current);
    // Offers the file's scenarios and the built-in ones; keys "file:NAME" / "builtin:NAME".
    // Offers each scenario once: the file's own, then the built-ins the file
    // has no scenario of that name for; never the scenario being edited.
    void setComparisonChoices(const QStringList &fileScenarios, const QStringList &builtins, const QString &currentKey,
                              const QString &editedScenario = {});
    // A scenario of another file as the current choice (after setComparisonChoices).
    void addOtherFileChoice(const QString &label, const QString &key);
    QString comparisonKey() const;
    void selectComparison(const QString &key); // emits comparisonChosen when it changes

    QComboBox *scenarioCombo() const { return m_scenarios; }
    QComboBox *comparisonCombo() const { return m_compare; }

signals:
    void scenarioChosen(int index);
    void newRequested();
    void duplicateRequested();
    void renameRequested();
    void deleteRequested();
    void comparisonChosen(const QString &key);

private:
    QToolButton *makeButton(const QString &text, const QString &toolTip);

    QComboBox *m_scenarios;
    QComboBox *m_compare;
};

} // namespace asirace
