#include "tableeditor.h"

#include "csvwriter.h"
#include "delimitedtext.h"
#include "fielddelegate.h"
#include "messagebanner.h"
#include "tablecells.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace asirace {
namespace {
// "1 cell", "6 cells" (no translations are loaded, so %n would print "cell(s)").
QString cellCount(int n) { return n == 1 ? TableEditor::tr("1 cell") : TableEditor::tr("%1 cells").arg(n); }
} // namespace

TableEditor::TableEditor(ScenarioTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_buttons(new QHBoxLayout)
    , m_view(new QTableView(this))
    , m_banner(new MessageBanner(this))
    , m_copy(new QAction(tr("&Copy"), this))
    , m_paste(new QAction(tr("&Paste"), this))
    , m_exportCsv(new QAction(tr("&Export Table to CSV…"), this))
{
    m_view->setModel(model);
    m_view->setItemDelegate(new FieldDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection); // blocks of cells, like a spreadsheet
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

    // The keys are handled in eventFilter (the view would take Ctrl+C for its
    // own one-cell copy); the actions show them in the context menu.
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setStatusTip(tr("Copy the selected cells as tab-separated text with a header row, at full precision"));
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setStatusTip(tr("Paste tab-separated text from the selected cell on, as one undo step"));
    m_exportCsv->setStatusTip(tr("Write every row of this table to a CSV file, at full precision"));
    for (QAction *a : {m_copy, m_paste})
        a->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &TableEditor::copy);
    connect(m_paste, &QAction::triggered, this, &TableEditor::paste);
    connect(m_exportCsv, &QAction::triggered, this, &TableEditor::exportCsvWithDialog);
    m_view->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TableEditor::showContextMenu);

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

bool TableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool copyKey = key->matches(QKeySequence::Copy);
        const bool pasteKey = key->matches(QKeySequence::Paste);
        if (copyKey || pasteKey) {
            // Claim the keys from any window-wide shortcut, then act on the key press.
            event->accept();
            if (event->type() == QEvent::KeyPress)
                copyKey ? copy() : paste();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TableEditor::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    m_copy->setEnabled(m_view->currentIndex().isValid() || m_view->selectionModel()->hasSelection());
    m_paste->setEnabled(!QApplication::clipboard()->text().isEmpty() && m_view->currentIndex().isValid());
    menu.addAction(m_copy);
    menu.addAction(m_paste);
    menu.addSeparator();
    menu.addAction(m_exportCsv);
    QAction *separator = menu.addSeparator();
    emit contextMenuAboutToShow(&menu, m_view->indexAt(pos));
    if (menu.actions().constLast() == separator)
        menu.removeAction(separator); // nobody added anything below it
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QString TableEditor::selectionText() const
{
    QString text;
    for (const QStringList &record : selectedCells(*m_view->selectionModel()))
        text += delimitedLine(record, QLatin1Char('\t')) + QLatin1Char('\n');
    return text;
}

void TableEditor::copy()
{
    const QString text = selectionText();
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    const int cells = int(m_view->selectionModel()->selectedIndexes().size());
    emit statusMessage(tr("Copied %1 with their column headers").arg(cellCount(std::max(1, cells))));
}

ScenarioTableModel::CellsOutcome TableEditor::pasteText(const QString &text)
{
    const PastePlan plan = planPaste(*m_view->selectionModel(), parseDelimited(text, QLatin1Char('\t')));
    QStringList outside;
    if (plan.outside > 0)
        outside << tr("%1 beyond the last row or column of the table").arg(cellCount(plan.outside));
    if (plan.cells.isEmpty() && outside.isEmpty())
        return {};
    const int count = int(plan.cells.size());
    const auto outcome = m_model->setCells(plan.cells, tr("Paste %1").arg(cellCount(count)), outside);
    // Like a spreadsheet, the pasted block ends up selected (a rename may have reloaded the rows).
    if (!plan.cells.isEmpty()) {
        QItemSelection pasted;
        for (const auto &cell : plan.cells)
            if (cell.row < m_model->rowCount() && cell.column < m_model->columnCount())
                pasted.select(m_model->index(cell.row, cell.column), m_model->index(cell.row, cell.column));
        const auto &first = plan.cells.front();
        m_view->selectionModel()->setCurrentIndex(m_model->index(first.row, first.column), QItemSelectionModel::NoUpdate);
        m_view->selectionModel()->select(pasted, QItemSelectionModel::ClearAndSelect);
    }
    if (outcome.refusals.isEmpty())
        emit statusMessage(tr("Pasted %1 (one undo step)").arg(cellCount(outcome.applied)));
    else
        emit statusMessage(tr("Pasted %1 of %2 cells; the banner under the table lists the others")
                               .arg(outcome.applied)
                               .arg(count + plan.outside));
    return outcome;
}

void TableEditor::paste() { pasteText(QApplication::clipboard()->text()); }

QString TableEditor::exportCsv(const QString &path) const
{
    const QList<QStringList> cells = allCells(*m_model);
    CsvTable table;
    table.header = cells.front();
    table.rows = cells.mid(1);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (auto error = writeCsv(table, file))
        return *error;
    if (!file.commit())
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

void TableEditor::exportCsvWithDialog()
{
    const QString name = m_tableName.isEmpty() ? tr("table") : m_tableName;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1 to CSV").arg(name),
                                                      QDir::home().filePath(name + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export to CSV"), tr("The table was not exported: %1").arg(error));
        return;
    }
    emit statusMessage(tr("Exported %1 (%2 rows) to %3")
                           .arg(name)
                           .arg(m_model->rowCount())
                           .arg(QDir::toNativeSeparators(path)));
}

} // namespace asirace
