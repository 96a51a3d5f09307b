#include "factorsdialog.h"

#include "fieldlabel.h"

#include "fieldpath.h"
#include "valueformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace asirace {

QString inputLabel(const Scenario &scenario, const std::string &path)
{
    if (!resolveNumericPath(scenario, path))
        return QString::fromStdString(path); // not an input of this scenario: as written
    return QString::fromStdString(fieldPathLabelWithUnit(path));
}

namespace {

// "ai_market" -> "AI market": a factor's name as a heading.
QString factorTitle(const std::string &name)
{
    QStringList words = QString::fromStdString(name).split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &w : words)
        if (w.compare(QLatin1String("ai"), Qt::CaseInsensitive) == 0)
            w = QStringLiteral("AI");
    QString title = words.join(QLatin1Char(' '));
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

} // namespace

FactorsDialog::FactorsDialog(const Scenario &scenario, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("factorsDialog"));
    setWindowTitle(tr("Shared factors of Monte Carlo"));
    auto *intro = new QLabel(tr("Each run draws every factor once; an input loaded on a factor moves with it "
                                "(the loading is the correlation of their normal scores), keeping its own "
                                "distribution. Inputs without a distribution, or pinned, do not move."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Factor"), tr("Input"), tr("Loading"), tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    int rows = 0;
    for (const auto &f : scenario.factors)
        rows += std::max<int>(1, int(f.loadings.size()));
    m_table->setRowCount(rows);
    int row = 0;
    for (const auto &f : scenario.factors) {
        const QString factor = factorTitle(f.name);
        if (f.loadings.empty()) {
            auto *item = new QTableWidgetItem(factor);
            item->setToolTip(QString::fromStdString(f.description));
            m_table->setItem(row++, 0, item);
            continue;
        }
        for (const auto &l : f.loadings) {
            auto *name = new QTableWidgetItem(factor);
            name->setToolTip(QString::fromStdString(f.description));
            m_table->setItem(row, 0, name);
            const Distribution *d = scenario.findDistribution(l.path);
            QString input = inputLabel(scenario, l.path);
            if (!d)
                input += tr(" - no distribution, not moved");
            else if (d->isPinned())
                input += tr(" - pinned, not moved");
            m_table->setItem(row, 1, new QTableWidgetItem(input));
            auto *loading = new QTableWidgetItem(QLocale().toString(l.loading, 'f', 2));
            loading->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 2, loading);
            auto *why = new QTableWidgetItem(QString::fromStdString(l.source));
            why->setToolTip(QString::fromStdString(l.source));
            m_table->setItem(row, 3, why);
            ++row;
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

} // namespace asirace
