#include "provenancepanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>

namespace asirace {
namespace {
QString qs(const std::string &text) { return QString::fromStdString(text); }

// "2026-12-01T10:00:00Z" as "2026-12-01 10:00 UTC".
QString shownTime(const std::string &utc)
{
    if (utc.size() < 16)
        return QObject::tr("not recorded");
    return qs(utc.substr(0, 10)) + QLatin1Char(' ') + qs(utc.substr(11, 5)) + QStringLiteral(" UTC");
}
} // namespace

ProvenancePanel::ProvenancePanel(QWidget *parent)
    : QWidget(parent)
{
    auto label = [this](const QString &tip) {
        auto *l = new QLabel(this);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setToolTip(tip);
        l->setWordWrap(true);
        return l;
    };
    m_author = label(tr("Who made this scenario: the author name in your settings when it was first saved"));
    m_created = label(tr("When the scenario was first saved"));
    m_modified = label(tr("When its inputs last changed and were saved"));
    m_model = label(tr("The race model version (and ASI Race version) it was last run with"));
    m_dataAsOf = label(tr("The month its starting figures describe (Assumptions: data as of)"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("provenanceNotes"));
    m_notes->setPlaceholderText(tr("Notes: why this scenario says what it says, sources, open questions…"));
    m_notes->setToolTip(tr("Free-text notes, saved with the scenario; applied when you leave the editor or press "
                           "Ctrl+Enter (one undo step)"));
    m_notes->installEventFilter(this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Modified:"), m_modified);
    form->addRow(tr("Last run with:"), m_model);
    form->addRow(tr("Data as of:"), m_dataAsOf);
    form->addRow(tr("Notes:"), m_notes);
}

void ProvenancePanel::setScenario(const Scenario &s)
{
    m_author->setText(s.author.empty() ? tr("not recorded") : qs(s.author));
    m_created->setText(shownTime(s.created));
    m_modified->setText(shownTime(s.modified));
    m_model->setText(s.modelVersion.empty() ? tr("not run yet") : qs(s.modelVersion));
    m_dataAsOf->setText(qs(s.assumptions.data_as_of));
    m_shownNotes = qs(s.notes);
    if (m_notes->toPlainText() != m_shownNotes)
        m_notes->setPlainText(m_shownNotes);
}

QString ProvenancePanel::text() const
{
    return QStringList{tr("Author: %1").arg(m_author->text()), tr("Created: %1").arg(m_created->text()),
                       tr("Modified: %1").arg(m_modified->text()), tr("Last run with: %1").arg(m_model->text()),
                       tr("Data as of: %1").arg(m_dataAsOf->text()), tr("Notes: %1").arg(m_notes->toPlainText())}
        .join(QLatin1Char('\n'));
}

bool ProvenancePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes) {
        if (event->type() == QEvent::FocusOut)
            commitNotes();
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier)) {
                commitNotes();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProvenancePanel::commitNotes()
{
    const QString notes = m_notes->toPlainText();
    if (notes != m_shownNotes) {
        m_shownNotes = notes;
        emit notesEdited(notes);
    }
}

} // namespace asirace
