#include "tableeditor.h"

#include "fielddelegate.h"
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace asirace {

TableEditor::TableEditor(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QHBoxLayout)
    , m_view(new QTableView(this))
    , m_banner(new MessageBanner(this))
{
    m_view->setModel(model);
    m_view->setItemDelegate(new FieldDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->setSpacing(4);
    m_buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(m_buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_banner);

    // Fit columns when rows come and go, not on every value change (that would
    // measure every cell on each slider tick).
    connect(model, &QAbstractItemModel::modelReset, this, &TableEditor::fitColumns);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentRowChanged(current.row()); });
}

QToolButton *TableEditor::addButton(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->insertWidget(m_buttons->count() - 1, button); // before the stretch
    return button;
}

void TableEditor::fitColumns()
{
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_view->model()->columnCount(); ++c)
        m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c) + 8, 60, 240));
}

int TableEditor::currentRow() const { return m_view->currentIndex().row(); }

void TableEditor::selectRow(int row)
{
    if (row < 0 || row >= m_view->model()->rowCount())
        return;
    const int column = std::max(0, m_view->currentIndex().column());
    m_view->setCurrentIndex(m_view->model()->index(row, column));
}

} // namespace asirace
