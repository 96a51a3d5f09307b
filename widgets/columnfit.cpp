#include "columnfit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace asirace {

int columnsWidth(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    int width = 0;
    for (int c = 0; c < header->count(); ++c)
        if (!header->isSectionHidden(c))
            width += std::max(header->sectionSizeHint(c), static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(c));
    return width + 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width() +
           (view->verticalHeader()->isVisible() ? view->verticalHeader()->width() : 0);
}

void keepColumnsInView(QTableView *view)
{
    // Sums of content widths, not the header's length: the stretched last
    // column would otherwise feed the width back into the minimum.
    auto *timer = new QTimer(view);
    timer->setSingleShot(true);
    timer->setInterval(0); // once per burst of model signals
    QObject::connect(timer, &QTimer::timeout, view, [view] {
        view->setMinimumWidth(columnsWidth(view));
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    });
    const auto watch = [view, timer] {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        const auto start = [timer] { timer->start(); };
        QObject::connect(model, &QAbstractItemModel::modelReset, timer, start);
        QObject::connect(model, &QAbstractItemModel::dataChanged, timer, start);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, timer, start);
        QObject::connect(model, &QAbstractItemModel::columnsInserted, timer, start);
        QObject::connect(model, &QAbstractItemModel::columnsRemoved, timer, start);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, timer, start);
        QObject::connect(model, &QAbstractItemModel::headerDataChanged, timer, start);
    };
    watch();
    timer->start();
}

} // namespace asirace
