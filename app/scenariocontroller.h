#pragma once
// The scenario switcher and "Compare with" choice: keeps the ScenarioBar in
// step with the document and asks the user for names when needed.

#include <QObject>

class QWidget;

namespace asirace {

class LiveController;
class ScenarioBar;
class ScenarioDocument;

class ScenarioController : public QObject
{
    Q_OBJECT
public:
    ScenarioController(ScenarioDocument *document, ScenarioBar *bar, LiveController *live, QWidget *window);

    void newScenario();
    void duplicateScenario();
    void renameScenario();
    void deleteScenario();

signals:
    void statusMessage(const QString &message);

private:
    void updateBar();
    void report(const QString &error);

    ScenarioDocument *m_document;
    ScenarioBar *m_bar;
    LiveController *m_live;
    QWidget *m_window;
};

} // namespace asirace
