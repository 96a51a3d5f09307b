#pragma once
// A table editor panel: a row of action buttons, the table view with the field
// delegate, and a message banner for refused entries.

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QTableView;
class QToolButton;

namespace asirace {

class MessageBanner;

class TableEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TableEditor(QAbstractItemModel *model, QWidget *parent = nullptr);

    QToolButton *addButton(const QString &text, const QString &toolTip);
    QTableView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    int currentRow() const;
    void selectRow(int row);
    void fitColumns();

signals:
    void currentRowChanged(int row);

private:
    QHBoxLayout *m_buttons;
    QTableView *m_view;
    MessageBanner *m_banner;
};

} // namespace asirace
