// The Labs and Partnerships table models: every declared field is a column
// with its unit and explanation, edits become document edits (undoable), and
// a bad entry is refused with its reason while the scenario stays unchanged.
// Both models run under QAbstractItemModelTester throughout.
#include "builtinscenarios.h"
#include "editrequest.h"
#include "labstablemodel.h"
#include "partnershipstablemodel.h"
#include "scenariodocument.h"
#include "scenariojson.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace asirace;

namespace {
// Wires a model to a document the way the application does.
template <class Model>
void connectModel(Model &model, ScenarioDocument &doc)
{
    model.setEditHandler([&doc](const EditRequest &r) {
        switch (r.kind) {
        case EditRequest::Kind::SetField:
            return doc.setField(r.path, r.value, r.continuesPrevious);
        case EditRequest::Kind::RenameOrganisation:
            return doc.renameOrganisation(r.oldName, r.newName);
        case EditRequest::Kind::SetPartnershipOrganisations:
            return doc.setPartnershipOrganisations(r.row, r.orgA, r.orgB);
        case EditRequest::Kind::SetEvent:
            return doc.setEventField(r.row, r.path, r.value);
        }
        return QString();
    });
    QObject::connect(&doc, &ScenarioDocument::edited, &model, [&model](DocumentChange change) {
        if (change == DocumentChange::Field)
            model.refresh();
        else
            model.reload();
    });
    model.setScenario(&doc.current());
}
} // namespace

class TestEditorModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void labsHaveEveryFieldWithUnitsAndSources();
    void labCellEditIsAnUndoableDocumentEdit();
    void invalidLabEntryIsRefusedWithReason_data();
    void invalidLabEntryIsRefusedWithReason();
    void flagsAreCheckBoxes();
    void renamingFromTheNameColumn();
    void partnershipsChooseOrganisationsFromTheScenario();
    void partnershipTermsAreEditable();
    void structuralEditsKeepModelsConsistent();

private:
    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<LabsTableModel> m_labs;
    std::unique_ptr<PartnershipsTableModel> m_parts;
    std::unique_ptr<QAbstractItemModelTester> m_labsTester, m_partsTester;
};

void TestEditorModels::init()
{
    m_doc = std::make_unique<ScenarioDocument>();
    m_doc->reset(builtinScenarios(), {});
    m_labs = std::make_unique<LabsTableModel>();
    m_parts = std::make_unique<PartnershipsTableModel>();
    m_labsTester = std::make_unique<QAbstractItemModelTester>(m_labs.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_partsTester = std::make_unique<QAbstractItemModelTester>(m_parts.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    connectModel(*m_labs, *m_doc);
    connectModel(*m_parts, *m_doc);
}

void TestEditorModels::labsHaveEveryFieldWithUnitsAndSources()
{
    QCOMPARE(m_labs->rowCount(), int(m_doc->current().organisations.size()));
    QCOMPARE(m_labs->columnCount(), int(organisationNumericFields().size() + organisationTextFields().size()));
    for (const auto &f : organisationNumericFields()) {
        const int c = m_labs->columnOf(QString::fromUtf8(f.name.data(), qsizetype(f.name.size())));
        QVERIFY(c >= 0);
        const QString header = m_labs->headerData(c, Qt::Horizontal).toString();
        if (f.type != FieldType::Flag)
            QVERIFY2(header.contains(QString::fromUtf8(f.unit.data(), qsizetype(f.unit.size()))), qPrintable(header));
        QVERIFY(!m_labs->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
    // The tooltip of a calibrated value cites its source.
    const int row = m_labs->rowOf("OpenAI");
    const auto &openai = *m_doc->current().findOrganisation("OpenAI");
    QVERIFY(!openai.sources.empty());
    const QString field = QString::fromStdString(openai.sources.begin()->first);
    const int column = m_labs->columnOf(field);
    QVERIFY(column >= 0);
    const QString tip = m_labs->index(row, column).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains("Source:"), qPrintable(tip));
    // The colour cell shows a swatch of the lab's colour.
    const QColor swatch = m_labs->index(row, m_labs->columnOf("colour")).data(Qt::DecorationRole).value<QColor>();
    QCOMPARE(swatch, QColor(QString::fromStdString(openai.colour)));
}

void TestEditorModels::labCellEditIsAnUndoableDocumentEdit()
{
    const QModelIndex cell = m_labs->index(m_labs->rowOf("Meta"), m_labs->columnOf("moe_expert_imbalance"));
    QSignalSpy changed(m_labs.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_labs->setData(cell, "0.72"));
    QCOMPARE(m_doc->current().findOrganisation("Meta")->moe_expert_imbalance, 0.72);
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("0.72"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->current().findOrganisation("Meta")->moe_expert_imbalance,
             defaultScenario().findOrganisation("Meta")->moe_expert_imbalance);
}

void TestEditorModels::invalidLabEntryIsRefusedWithReason_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("above range") << "mfu" << "1.7" << "[0.05, 0.8] fraction of peak";
    QTest::newRow("not a number") << "mfu" << "fast" << "not a number";
    QTest::newRow("negative") << "compute_h100e" << "-5" << "H100e";
    QTest::newRow("fraction of a month") << "run_months" << "2.5" << "whole number";
    QTest::newRow("bad colour") << "colour" << "blue" << "colour";
    QTest::newRow("unknown kind") << "kind" << "investor" << "allowed";
    QTest::newRow("duplicate name") << "name" << "Anthropic" << "already used";
}

void TestEditorModels::invalidLabEntryIsRefusedWithReason()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reasonPart);
    const auto before = scenarioToJson(m_doc->current());
    QSignalSpy rejected(m_labs.get(), &LabsTableModel::inputRejected);
    const QModelIndex cell = m_labs->index(m_labs->rowOf("OpenAI"), m_labs->columnOf(field));
    QVERIFY(!m_labs->setData(cell, text));
    QCOMPARE(rejected.count(), 1);
    const QString reason = rejected.at(0).at(0).toString();
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    QVERIFY(scenarioToJson(m_doc->current()) == before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestEditorModels::flagsAreCheckBoxes()
{
    const QModelIndex cell = m_labs->index(m_labs->rowOf("Meta"), m_labs->columnOf("moe"));
    QVERIFY(m_labs->flags(cell) & Qt::ItemIsUserCheckable);
    const bool was = m_doc->current().findOrganisation("Meta")->moe != 0;
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(was ? Qt::Checked : Qt::Unchecked));
    QVERIFY(m_labs->setData(cell, was ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_doc->current().findOrganisation("Meta")->moe != 0, !was);
}

void TestEditorModels::renamingFromTheNameColumn()
{
    const int row = m_labs->rowOf("xAI");
    QVERIFY(m_labs->setData(m_labs->index(row, m_labs->columnOf("name")), "xAI Holdings"));
    QCOMPARE(m_labs->organisationAt(row), QStringLiteral("xAI Holdings"));
    QVERIFY(!m_doc->current().findOrganisation("xAI"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_labs->organisationAt(row), QStringLiteral("xAI"));
}

void TestEditorModels::partnershipsChooseOrganisationsFromTheScenario()
{
    QVERIFY(m_parts->rowCount() > 0);
    const QModelIndex a = m_parts->index(0, m_parts->columnOf("org_a"));
    QCOMPARE(EditorKind(a.data(EditorKindRole).toInt()), EditorKind::Organisation);
    const QStringList choices = a.data(ChoicesRole).toStringList();
    QCOMPARE(choices.size(), int(m_doc->current().organisations.size()));
    QVERIFY(choices.contains("OpenAI"));
    // Re-pointing to a name not in the scenario is refused.
    QSignalSpy rejected(m_parts.get(), &PartnershipsTableModel::inputRejected);
    QVERIFY(!m_parts->setData(m_parts->index(0, m_parts->columnOf("org_b")), "Nobody"));
    QCOMPARE(rejected.count(), 1);
}

void TestEditorModels::partnershipTermsAreEditable()
{
    const auto &p = m_doc->current().partnerships.front();
    const QString key = QString::fromStdString(p.key());
    const QModelIndex share = m_parts->index(0, m_parts->columnOf("revenue_share"));
    QCOMPARE(m_parts->pathAt(share), key + ".revenue_share");
    QVERIFY(m_parts->setData(share, "0.33"));
    QCOMPARE(m_doc->current().partnerships.front().revenue_share, 0.33);
    QVERIFY(!m_parts->setData(share, "1.5")); // a share above 1
    QCOMPARE(m_doc->current().partnerships.front().revenue_share, 0.33);
    QVERIFY(m_parts->setData(m_parts->index(0, m_parts->columnOf("source")), "Term sheet, 2025"));
    QCOMPARE(m_doc->current().partnerships.front().source, std::string("Term sheet, 2025"));
}

void TestEditorModels::structuralEditsKeepModelsConsistent()
{
    const int labs = m_labs->rowCount();
    const int parts = m_parts->rowCount();
    QCOMPARE(m_doc->removeOrganisation("Microsoft"), QString());
    QCOMPARE(m_labs->rowCount(), labs - 1);
    QVERIFY(m_parts->rowCount() < parts);
    QCOMPARE(m_doc->duplicateOrganisation("OpenAI"), QString());
    QCOMPARE(m_labs->rowCount(), labs);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_labs->rowCount(), labs);
    QCOMPARE(m_parts->rowCount(), parts);
}

QTEST_MAIN(TestEditorModels)
#include "tst_editormodels.moc"
