#include "editorcontroller.h"

#include "assumptionspanel.h"
#include "builtinscenarios.h"
#include "editrequest.h"
#include "labpalette.h"
#include "labstablemodel.h"
#include "messagebanner.h"
#include "partnershipstablemodel.h"
#include "tableeditor.h"
#include "vectorstate.h"

#include <QTableView>
#include <QToolButton>

namespace asirace {
EditorController::EditorController(ScenarioDocument *document, TableEditor *labs, LabsTableModel *labsModel,
                                   TableEditor *partnerships, PartnershipsTableModel *partnershipsModel,
                                   AssumptionsPanel *assumptions, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_labs(labs)
    , m_labsModel(labsModel)
    , m_partnerships(partnerships)
    , m_partnershipsModel(partnershipsModel)
    , m_assumptions(assumptions)
{
    const EditHandler handler = [this](const EditRequest &request) { return apply(request); };
    m_labsModel->setEditHandler(handler);
    m_partnershipsModel->setEditHandler(handler);
    m_assumptions->setEditHandler(handler);
    // A paste of many cells is one undo step.
    const EditGroupHandler group{[this](const QString &text) { m_document->beginEditGroup(text); },
                                 [this] { m_document->endEditGroup(); }};
    m_labsModel->setEditGroupHandler(group);
    m_partnershipsModel->setEditGroupHandler(group);
    for (TableEditor *editor : {m_labs, m_partnerships})
        connect(editor, &TableEditor::statusMessage, this, &EditorController::statusMessage);

    connect(m_labs->addButton(tr("Add lab"), tr("Add a new racing lab")), &QToolButton::clicked, this,
            &EditorController::addLab);
    connect(m_labs->addButton(tr("Duplicate"), tr("Duplicate the selected organisation")), &QToolButton::clicked,
            this, &EditorController::duplicateLab);
    connect(m_labs->addButton(tr("Remove"), tr("Remove the selected organisation and its partnerships")),
            &QToolButton::clicked, this, &EditorController::removeLab);
    connect(m_partnerships->addButton(tr("Add partnership"), tr("Add terms between two organisations")),
            &QToolButton::clicked, this, &EditorController::addPartnership);
    connect(m_partnerships->addButton(tr("Remove"), tr("Remove the selected partnership")), &QToolButton::clicked,
            this, &EditorController::removePartnership);

    connect(m_labsModel, &LabsTableModel::inputRejected, this,
            [this](const QString &reason) { reportRefusal(m_labs, reason); });
    connect(m_partnershipsModel, &PartnershipsTableModel::inputRejected, this,
            [this](const QString &reason) { reportRefusal(m_partnerships, reason); });
    connect(m_assumptions, &AssumptionsPanel::inputRejected, this, &EditorController::statusMessage);
    connect(m_labs, &TableEditor::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return; // a reset clears the current row; keep the remembered lab
        m_selected = m_labsModel->organisationAt(row);
        m_assumptions->setSelectedOrganisation(m_selected);
    });

    connect(m_document, &ScenarioDocument::edited, this, &EditorController::onEdited);
    connect(m_document, &ScenarioDocument::currentChanged, this, &EditorController::onCurrentChanged);
    // Saving moves what Reset returns to (the scenario as saved).
    connect(m_document, &ScenarioDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            m_assumptions->setScenario(&m_document->current(), m_document->savedScenario(m_document->currentIndex()));
    });
    onCurrentChanged();
}

QString EditorController::apply(const EditRequest &request)
{
    clearUpperVectorState(); // validating and reading fields back is floating-point work (see vectorstate.h)
    switch (request.kind) {
    case EditRequest::Kind::SetField:
        return m_document->setField(request.path, request.value, request.continuesPrevious);
    case EditRequest::Kind::RenameOrganisation:
        return m_document->renameOrganisation(request.oldName, request.newName);
    case EditRequest::Kind::SetPartnershipOrganisations:
        return m_document->setPartnershipOrganisations(request.row, request.orgA, request.orgB);
    case EditRequest::Kind::SetEvent:
        return m_document->setEventField(request.row, request.path, request.value);
    }
    return tr("Unknown edit");
}

void EditorController::reportRefusal(TableEditor *editor, const QString &reason)
{
    editor->banner()->showError(reason);
    emit statusMessage(tr("Not applied: %1").arg(reason));
}

void EditorController::onEdited(DocumentChange change, const QString &path)
{
    m_labs->banner()->clearMessage();
    m_partnerships->banner()->clearMessage();
    switch (change) {
    case DocumentChange::Field:
        // Only the changed cell and slider: a drag sends one of these per tick.
        m_labsModel->refreshPath(path);
        m_partnershipsModel->refreshPath(path);
        m_assumptions->refreshPath(path);
        break;
    case DocumentChange::Organisations: {
        // Keep the selected lab selected across the reload (by name; a renamed
        // lab keeps its row).
        const int row = m_labs->currentRow();
        const QString selected = selectedOrganisation();
        m_labsModel->reload();
        m_partnershipsModel->reload();
        const int again = m_labsModel->rowOf(selected);
        m_labs->selectRow(again >= 0 ? again : std::min(row, m_labsModel->rowCount() - 1));
        m_assumptions->setScenario(&m_document->current(), m_document->savedScenario(m_document->currentIndex()));
        m_assumptions->setSelectedOrganisation(selectedOrganisation());
        break;
    }
    case DocumentChange::Partnerships:
        m_partnershipsModel->reload();
        break;
    case DocumentChange::Events: // the Events table has its own controller
    case DocumentChange::Scenario:
        break;
    }
}

void EditorController::onCurrentChanged()
{
    // The previous scenario may be gone already (reset, delete): read nothing
    // through the models until they point at the current one.
    const QString selected = m_selected;
    const Scenario *scenario = &m_document->current();
    m_labsModel->setScenario(scenario);
    m_partnershipsModel->setScenario(scenario);
    m_assumptions->setScenario(scenario, m_document->savedScenario(m_document->currentIndex()));
    const int row = m_labsModel->rowOf(selected);
    m_labs->selectRow(row >= 0 ? row : 0);
}

QString EditorController::selectedOrganisation() const { return m_selected; }

void EditorController::selectOrganisation(const QString &name) { m_labs->selectRow(m_labsModel->rowOf(name)); }

void EditorController::addLab()
{
    Organisation lab;
    lab.name = m_document->freeOrganisationName(tr("New lab")).toStdString();
    QList<QColor> taken; // every organisation's colour: providers show in the compute chart too
    for (const auto &o : m_document->current().organisations)
        taken << QColor(QString::fromStdString(o.colour));
    lab.colour = mostDistinctLabColour(taken).name().toStdString();
    lab.compute_h100e = 50000;
    lab.revenue_usd = 1e9;
    lab.description = tr("Added in the editor: adjust its compute, money and research inputs.").toStdString();
    const QString name = QString::fromStdString(lab.name);
    if (auto error = m_document->addOrganisation(std::move(lab)); !error.isEmpty())
        return reportRefusal(m_labs, error);
    selectOrganisation(name);
}

void EditorController::duplicateLab()
{
    const QString name = selectedOrganisation();
    if (name.isEmpty())
        return reportRefusal(m_labs, tr("Select the organisation to duplicate first"));
    if (auto error = m_document->duplicateOrganisation(name); !error.isEmpty())
        return reportRefusal(m_labs, error);
    m_labs->selectRow(m_labsModel->rowOf(name) + 1);
}

void EditorController::removeLab()
{
    const QString name = selectedOrganisation();
    if (name.isEmpty())
        return reportRefusal(m_labs, tr("Select the organisation to remove first"));
    if (auto error = m_document->removeOrganisation(name); !error.isEmpty())
        return reportRefusal(m_labs, error);
    emit statusMessage(tr("Removed %1 (Undo brings it back with its partnerships)").arg(name));
}

void EditorController::addPartnership()
{
    // The first pair not yet joined, a provider paired with a lab before two labs.
    const Scenario &s = m_document->current();
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &a : s.organisations) {
            if ((pass == 0) == a.isLab())
                continue;
            for (const auto &b : s.organisations) {
                if (a.name == b.name || !b.isLab() || s.findPartnership(a.name, b.name))
                    continue;
                Partnership p;
                p.org_a = a.name;
                p.org_b = b.name;
                p.source = tr("Added in the editor").toStdString();
                if (auto error = m_document->addPartnership(std::move(p)); !error.isEmpty())
                    return reportRefusal(m_partnerships, error);
                m_partnerships->selectRow(m_partnershipsModel->rowCount() - 1);
                return;
            }
        }
    }
    reportRefusal(m_partnerships, tr("Every pair of organisations already has a partnership"));
}

void EditorController::removePartnership()
{
    const int row = m_partnerships->currentRow();
    if (row < 0)
        return reportRefusal(m_partnerships, tr("Select the partnership to remove first"));
    if (auto error = m_document->removePartnership(row); !error.isEmpty())
        reportRefusal(m_partnerships, error);
}

} // namespace asirace
