#pragma once
// A table editor panel: a row of action buttons, the table view with the field
// delegate, and a message banner for refused entries. The table behaves like
// a spreadsheet: cells are selected in blocks (Shift, Ctrl, drag), Ctrl+C
// copies them as tab-separated text with a header row at full precision,
// Ctrl+V pastes a block (each cell validated like a typed entry, the valid
// ones applied as one undo step, the refused ones listed in the banner), and
// the context menu exports the whole table to CSV. The table has one context
// menu: other features add their actions for the clicked cell through
// contextMenuAboutToShow (after a separator), not menus of their own.

#include "scenariotablemodel.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QMenu;
class QTableView;
class QToolButton;

namespace asirace {

class MessageBanner;

class TableEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TableEditor(ScenarioTableModel *model, QWidget *parent = nullptr);

    QToolButton *addButton(const QString &text, const QString &toolTip);
    QTableView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    int currentRow() const;
    void selectRow(int row);
    void fitColumns();

    // Names the table in the export dialog and the suggested file name ("Labs").
    void setTableName(const QString &name) { m_tableName = name; }

    // The selection as tab-separated text with a header row; copy() puts it on the clipboard.
    QString selectionText() const;
    void copy();
    // Pastes tab-separated text at the selection (see the class comment); paste() takes the clipboard's.
    ScenarioTableModel::CellsOutcome pasteText(const QString &text);
    void paste();
    // Writes every row, headers first, as CSV; the error text, or empty when written.
    QString exportCsv(const QString &path) const;
    void exportCsvWithDialog();

    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *exportCsvAction() const { return m_exportCsv; }

signals:
    void currentRowChanged(int row);
    void statusMessage(const QString &message); // what a copy, paste or export did
    // The context menu is about to open on `index` (invalid off the cells):
    // connect to add actions to `menu`, below Copy, Paste and Export.
    void contextMenuAboutToShow(QMenu *menu, const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &pos);

    ScenarioTableModel *m_model;
    QHBoxLayout *m_buttons;
    QTableView *m_view;
    MessageBanner *m_banner;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_exportCsv;
    QString m_tableName;
};

} // namespace asirace
