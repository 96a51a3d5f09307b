#pragma once
// Opens the distribution editor for an input, from its slider's "~" button or
// from its cell in the Labs and Partnerships tables (context menu "Edit
// Distribution…", Ctrl+Shift+D), and applies the result as one undo step.
// The dialog is window-modal but not a nested event loop: the odds and
// charts keep running while it is open.

#include <QObject>
#include <QPointer>

#include <functional>

class QModelIndex;

namespace asirace {

class AssumptionsPanel;
class DistributionDialog;
class ScenarioDocument;
class TableEditor;

class DistributionController : public QObject
{
    Q_OBJECT
public:
    DistributionController(ScenarioDocument *document, AssumptionsPanel *assumptions, QWidget *dialogParent,
                           QObject *parent = nullptr);

    // Adds "Edit Distribution…" to a table whose cells map to input paths: to
    // its context menu (TableEditor's one menu) and as Ctrl+Shift+D on the view.
    void addTable(TableEditor *editor, std::function<QString(const QModelIndex &)> pathAt);

    // Opens the editor for `path` (a numeric input); the open dialog, or null.
    DistributionDialog *edit(const QString &path);
    DistributionDialog *openDialog() const;

signals:
    void statusMessage(const QString &message);

private:
    void apply(const QString &path);

    ScenarioDocument *m_document;
    QWidget *m_dialogParent;
    QPointer<DistributionDialog> m_dialog;
};

} // namespace asirace
