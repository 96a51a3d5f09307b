#pragma once
// File > Import Scenarios from File…: the scenarios of another file with their
// descriptions and provenance (author, dates, model, data as of, notes), each
// with a check box, and the name each will come in under, so a rename for a
// name clash ("Patel's view (from Ana)") is seen before anything is imported.

#include "scenario.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QTreeWidget;

namespace asirace {

class ImportScenariosDialog : public QDialog
{
    Q_OBJECT
public:
    // `incoming` are the other file's scenarios, `existingNames` this file's;
    // `fromFile` labels renames of scenarios without an author.
    ImportScenariosDialog(const std::vector<Scenario> &incoming, const QStringList &existingNames,
                          const QString &fromFile, QWidget *parent = nullptr);

    QStringList selectedNames() const; // in the other file's order
    void setSelectedNames(const QStringList &names);
    QTreeWidget *list() const { return m_list; }

    enum Column { NameColumn, ComesInAsColumn, AuthorColumn, ModifiedColumn, DataAsOfColumn, ModelColumn, ColumnCount };

private:
    QTreeWidget *m_list;
};

} // namespace asirace
