#pragma once
// The "Provenance" dock: who made the current scenario, when it was created
// and last modified, the model it was last run with, the as-of date of its
// data, and its notes. The notes are edited here (committed when the editor
// loses focus or on Ctrl+Enter, one undo step); the rest is recorded by the
// program.

#include "scenario.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace asirace {

class ProvenancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProvenancePanel(QWidget *parent = nullptr);

    void setScenario(const Scenario &scenario);
    QPlainTextEdit *notesEditor() const { return m_notes; }
    QString text() const; // the shown values, one "Label: value" a line (tests, copy)

signals:
    void notesEdited(const QString &notes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commitNotes();

    QLabel *m_author, *m_created, *m_modified, *m_model, *m_dataAsOf;
    QPlainTextEdit *m_notes;
    QString m_shownNotes;
};

} // namespace asirace
