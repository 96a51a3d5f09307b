#include "fielddelegate.h"

#include "editrequest.h"

#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>

namespace asirace {
namespace {
EditorKind kindOf(const QModelIndex &index) { return EditorKind(index.data(EditorKindRole).toInt()); }
} // namespace

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    switch (kindOf(index)) {
    case EditorKind::Choice:
    case EditorKind::Organisation: {
        auto *combo = new QComboBox(parent);
        combo->addItems(index.data(ChoicesRole).toStringList());
        return combo;
    }
    case EditorKind::Colour:
    case EditorKind::Flag:
        return nullptr; // colour dialog on double-click; check box in the cell
    case EditorKind::Number:
    case EditorKind::Text: {
        auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
        if (!edit)
            edit = new QLineEdit(parent);
        // The field's meaning, unit and allowed range stay visible while typing.
        edit->setToolTip(index.data(Qt::ToolTipRole).toString());
        return edit;
    }
    }
    return nullptr;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(ExactValueRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    // The model refuses bad input (and says why); the editor closes either way
    // and the cell shows the unchanged value.
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentText() != index.data(Qt::EditRole).toString())
            model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        if (edit->text() != index.data(ExactValueRole).toString())
            model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool FieldDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (kindOf(index) == EditorKind::Colour && event->type() == QEvent::MouseButtonDblClick) {
        const QColor current(index.data(Qt::EditRole).toString());
        const QColor chosen = QColorDialog::getColor(current, const_cast<QWidget *>(option.widget), tr("Colour for %1").arg(
                                                                                  index.siblingAtColumn(0).data().toString()));
        if (chosen.isValid() && chosen != current)
            model->setData(index, chosen.name(QColor::HexRgb), Qt::EditRole);
        return true;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace asirace
