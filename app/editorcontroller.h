#pragma once
// Connects the editors (Labs and Partnerships tables, Assumptions panel) to the
// document: their edit requests go through the document's gate, and document
// changes (edits, undo, redo, another scenario) refresh exactly what changed.

#include "scenariodocument.h"

#include <QObject>

class QStatusBar;

namespace asirace {

class AssumptionsPanel;
class LabsTableModel;
class PartnershipsTableModel;
class TableEditor;
struct EditRequest;

class EditorController : public QObject
{
    Q_OBJECT
public:
    EditorController(ScenarioDocument *document, TableEditor *labs, LabsTableModel *labsModel,
                     TableEditor *partnerships, PartnershipsTableModel *partnershipsModel,
                     AssumptionsPanel *assumptions, QObject *parent = nullptr);

    QString selectedOrganisation() const;
    void selectOrganisation(const QString &name);

    void addLab();
    void duplicateLab();
    void removeLab();
    void addPartnership();
    void removePartnership();

signals:
    void statusMessage(const QString &message);

private:
    QString apply(const EditRequest &request);
    void onEdited(DocumentChange change, const QString &path);
    void onCurrentChanged();
    void reportRefusal(TableEditor *editor, const QString &reason);

    ScenarioDocument *m_document;
    TableEditor *m_labs;
    LabsTableModel *m_labsModel;
    TableEditor *m_partnerships;
    PartnershipsTableModel *m_partnershipsModel;
    AssumptionsPanel *m_assumptions;
    QString m_selected; // the lab selected in the Labs table, by name
};

} // namespace asirace
