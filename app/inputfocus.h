#pragma once
// Takes the user to one input: the slider that edits it when the Assumptions
// panel has one (the lab selected first), otherwise its cell in the Labs or
// Partnerships table, with that dock raised and the editor focused.

#include <QObject>

namespace asirace {

class AssumptionsPanel;
class LabsTableModel;
class PartnershipsTableModel;
class TableEditor;

class InputFocus : public QObject
{
    Q_OBJECT
public:
    InputFocus(AssumptionsPanel *assumptions, TableEditor *labs, LabsTableModel *labsModel,
               TableEditor *partnerships, PartnershipsTableModel *partnershipsModel, QObject *parent = nullptr);

    // False when nothing in the window edits `path`.
    bool focus(const QString &path);

private:
    AssumptionsPanel *m_assumptions;
    TableEditor *m_labs;
    LabsTableModel *m_labsModel;
    TableEditor *m_partnerships;
    PartnershipsTableModel *m_partnershipsModel;
};

} // namespace asirace
