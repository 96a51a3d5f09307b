#include "inputfocus.h"

#include "assumptionspanel.h"
#include "fieldpath.h"
#include "fieldslider.h"
#include "labstablemodel.h"
#include "partnershipstablemodel.h"
#include "scientificspinbox.h"
#include "tableeditor.h"

#include <QDockWidget>
#include <QScrollArea>
#include <QTableView>

namespace asirace {
namespace {

template <class Widget>
Widget *ancestor(QWidget *w)
{
    for (QWidget *p = w ? w->parentWidget() : nullptr; p; p = p->parentWidget())
        if (auto *found = qobject_cast<Widget *>(p))
            return found;
    return nullptr;
}

void raiseDockOf(QWidget *w)
{
    if (auto *dock = ancestor<QDockWidget>(w)) {
        dock->show();
        dock->raise();
    }
}

// The cell whose path is `path` in a table model with pathAt(); invalid when none.
template <class Model>
QModelIndex cellOf(const Model *model, const QString &path)
{
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (model->pathAt(model->index(r, c)) == path)
                return model->index(r, c);
    return {};
}

void focusCell(TableEditor *editor, const QModelIndex &cell)
{
    raiseDockOf(editor);
    editor->view()->setCurrentIndex(cell);
    editor->view()->scrollTo(cell);
    editor->view()->setFocus(Qt::OtherFocusReason);
}

} // namespace

InputFocus::InputFocus(AssumptionsPanel *assumptions, TableEditor *labs, LabsTableModel *labsModel,
                       TableEditor *partnerships, PartnershipsTableModel *partnershipsModel, QObject *parent)
    : QObject(parent)
    , m_assumptions(assumptions)
    , m_labs(labs)
    , m_labsModel(labsModel)
    , m_partnerships(partnerships)
    , m_partnershipsModel(partnershipsModel)
{
}

bool InputFocus::focus(const QString &path)
{
    const auto parsed = FieldPath::parse(path.toStdString());
    if (!parsed)
        return false;
    const QString field = QString::fromStdString(parsed->field);
    FieldSlider *slider = nullptr;
    if (parsed->owner == FieldPath::Owner::Assumptions) {
        slider = m_assumptions->slider(path);
    } else if (parsed->owner == FieldPath::Owner::Organisation) {
        const QModelIndex cell = cellOf(m_labsModel, path);
        if (!cell.isValid())
            return false;
        m_labs->selectRow(cell.row()); // the Assumptions panel follows the selected lab
        slider = m_assumptions->slider(QStringLiteral("lab.") + field);
        if (!slider || m_assumptions->selectedOrganisation() != QString::fromStdString(parsed->org)) {
            focusCell(m_labs, cell);
            return true;
        }
    } else {
        const QModelIndex cell = cellOf(m_partnershipsModel, path);
        if (!cell.isValid())
            return false;
        focusCell(m_partnerships, cell);
        return true;
    }
    if (!slider)
        return false;
    raiseDockOf(m_assumptions);
    if (auto *scroll = ancestor<QScrollArea>(slider))
        scroll->ensureWidgetVisible(slider);
    slider->spinBox()->setFocus(Qt::OtherFocusReason);
    slider->spinBox()->selectAll();
    return true;
}

} // namespace asirace
