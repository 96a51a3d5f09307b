#pragma once
// Show Data: the plotted series of a chart in a read-only table, with a button
// that copies it as tab-separated text (full precision, with headers).

#include "charttable.h"

#include <QDialog>

class QTableWidget;

namespace asirace {

class ChartDataDialog : public QDialog
{
    Q_OBJECT
public:
    ChartDataDialog(const QString &title, ChartTable table, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_view; }
    const ChartTable &data() const { return m_table; }

private:
    ChartTable m_table;
    QTableWidget *m_view = nullptr;
};

} // namespace asirace
