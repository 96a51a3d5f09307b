#pragma once
// Editors for the cells of the Labs and Partnerships tables, chosen by the
// model's EditorKindRole: a line edit for numbers and text (showing the allowed
// range while typing), a combo box for choices and organisations, a colour
// dialog for colours; flags are check boxes handled by the view.

#include <QStyledItemDelegate>

namespace asirace {

class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace asirace
