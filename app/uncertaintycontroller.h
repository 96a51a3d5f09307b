#pragma once
// Uncertainty in the window beyond the odds themselves: a Pin / Unpin action
// in the context menu of every slider and table cell whose input carries a
// distribution (one undo step, stored with the scenario), and the shared
// factors dialog of the Monte Carlo panel. Edits of uncertain inputs move
// their distributions in the document's edit path (SetFieldCommand).

#include <QObject>
#include <QString>

#include <vector>

class QAction;
class QMenu;
class QPoint;
class QWidget;

namespace asirace {

class AssumptionsPanel;
class MonteCarloPanel;
class ScenarioDocument;
class TableEditor;

class UncertaintyController : public QObject
{
    Q_OBJECT
public:
    UncertaintyController(ScenarioDocument *document, AssumptionsPanel *assumptions,
                          std::vector<TableEditor *> tables, MonteCarloPanel *monteCarlo, QWidget *window);

    // Adds the actions for the input at `path` to `menu`; false when it has
    // no distribution (nothing to pin). The context menus use this.
    bool addActions(QMenu &menu, const QString &path);
    // The field path behind slider key "assumptions.F" or "lab.F".
    QString pathOfSliderKey(const QString &key) const;

signals:
    void statusMessage(const QString &text);

private:
    void showMenu(QWidget *widget, const QPoint &pos, const QString &path);
    void showFactors();

    ScenarioDocument *m_document;
    AssumptionsPanel *m_assumptions;
    QWidget *m_window;
};

} // namespace asirace
