#include "descriptioncontroller.h"

#include "descriptionline.h"
#include "scenariodocument.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace asirace {

DescriptionController::DescriptionController(ScenarioDocument *document, DescriptionLine *line, QWidget *dialogParent)
    : QObject(line)
    , m_document(document)
    , m_line(line)
    , m_dialogParent(dialogParent)
{
    connect(m_line, &DescriptionLine::editRequested, this, &DescriptionController::edit);
    connect(m_document, &ScenarioDocument::currentChanged, this, &DescriptionController::refresh);
    connect(m_document, &ScenarioDocument::edited, this, [this](DocumentChange change) {
        if (change == DocumentChange::Scenario)
            refresh();
    });
    refresh();
}

void DescriptionController::refresh()
{
    m_line->setDescription(QString::fromStdString(m_document->current().description));
}

void DescriptionController::edit()
{
    QDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("descriptionDialog"));
    dialog.setWindowTitle(tr("Description of %1").arg(QString::fromStdString(m_document->current().name)));
    auto *hint = new QLabel(tr("What this scenario assumes and why; shown under the headline and printed in the report."),
                            &dialog);
    hint->setWordWrap(true);
    auto *text = new QPlainTextEdit(&dialog);
    text->setPlainText(QString::fromStdString(m_document->current().description));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(560, 320);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setDescription(m_document->currentIndex(), text->toPlainText());
}

} // namespace asirace
