#pragma once
// What an editor asks for. Editors never write a Scenario: they pass an
// EditRequest to the handler the application installs (the document), which
// applies it as an undo command or returns the reason it was refused.

#include <QString>

#include <functional>

namespace asirace {

struct EditRequest {
    enum class Kind {
        SetField,                    // path = assumptions.F | ORG.F | A/B.F, value = text
        RenameOrganisation,          // oldName -> newName
        SetPartnershipOrganisations, // row, orgA, orgB
        SetEvent,                    // row = event index, path = key ("from", "path", "value", "note"), value = text
    };
    Kind kind = Kind::SetField;
    QString path;
    QString value;
    QString oldName, newName;
    int row = -1;
    QString orgA, orgB;
    bool continuesPrevious = false; // a later tick of the same slider drag
};

// Empty string: applied. Otherwise the reason, shown to the user.
using EditHandler = std::function<QString(const EditRequest &)>;

// Makes the requests sent between begin(undoText) and end() one undo step (a
// paste of many cells). A group in which nothing was applied leaves no step.
struct EditGroupHandler {
    std::function<void(const QString &undoText)> begin;
    std::function<void()> end;
};

// Roles the table models expose so one delegate can edit both tables.
enum FieldRole {
    EditorKindRole = Qt::UserRole + 1, // EditorKind
    ChoicesRole,                       // QStringList for Choice / Organisation editors
    FieldPathRole,                     // the field path of the cell
    ExactValueRole,                    // full-precision text for editing
};

enum class EditorKind { Text, Number, Choice, Colour, Organisation, Flag };

} // namespace asirace
