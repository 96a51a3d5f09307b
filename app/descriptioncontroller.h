#pragma once
// Shows the current scenario's description in the window and edits it: a
// dialog whose OK is one undo step (Scenario > Edit Description…, or the
// line's Edit button).

#include <QObject>

class QAction;
class QWidget;

namespace asirace {

class DescriptionLine;
class ScenarioDocument;

class DescriptionController : public QObject
{
    Q_OBJECT
public:
    DescriptionController(ScenarioDocument *document, DescriptionLine *line, QWidget *dialogParent);

    void edit(); // opens the dialog

private:
    void refresh();

    ScenarioDocument *m_document;
    DescriptionLine *m_line;
    QWidget *m_dialogParent;
};

} // namespace asirace
