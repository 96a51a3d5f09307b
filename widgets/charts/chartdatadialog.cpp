#include "chartdatadialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace asirace {

ChartDataDialog::ChartDataDialog(const QString &title, ChartTable table, QWidget *parent)
    : QDialog(parent)
    , m_table(std::move(table))
    , m_view(new QTableWidget(this))
{
    setWindowTitle(tr("Data: %1").arg(title));
    m_view->setColumnCount(int(m_table.columns.size()));
    m_view->setRowCount(int(m_table.rows.size()));
    QStringList headers;
    for (const ChartTableColumn &c : m_table.columns)
        headers << c.header;
    m_view->setHorizontalHeaderLabels(headers);
    m_view->verticalHeader()->setVisible(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < m_table.rows.size(); ++r) {
        for (int c = 0; c < m_table.columns.size(); ++c) {
            auto *item = new QTableWidgetItem(m_table.display(r, c));
            if (m_table.columns[c].kind != ChartTableColumn::Kind::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_view->setItem(r, c, item);
        }
    }
    m_view->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy All"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the whole table as tab-separated text (full precision, with headers)"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_table.toTsv()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

} // namespace asirace
