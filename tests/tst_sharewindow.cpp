// Sharing scenarios in the window (issue 14), offscreen: File > Import
// Scenarios from File… takes two scenarios of a colleague's file, one with a
// name clash renamed visibly, as one undo step, without touching that file;
// the import list shows descriptions and provenance; Compare with a scenario
// of another file fills the Differences panel with the rows `diff` prints and
// each row's effect on the winner's arrival; the Provenance panel shows and
// edits the current scenario's provenance, and a save records the author and
// the model version.
#include "mainwindowfixture.h"
#include "builtinscenarios.h"
#include "differencescontroller.h"
#include "differencespanel.h"
#include "fieldpath.h"
#include "filecontroller.h"
#include "importscenariosdialog.h"
#include "livecontroller.h"
#include "mainwindow.h"
#include "modelversion.h"
#include "provenancepanel.h"
#include "scenariodiff.h"
#include "scenariodocument.h"
#include "scenariojson.h"
#include "scenariostore.h"
#include "settings.h"
#include "summarypage.h"
#include "simulator.h"
#include "storetestutil.h"
#include "visiblewindow.h"

#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <nlohmann/json.hpp>

using namespace asirace;

namespace {

const Scenario &builtin(const std::string &name)
{
    for (const auto &s : builtinScenarios())
        if (s.name == name)
            return s;
    qFatal("no built-in scenario %s", name.c_str());
}

struct Window : test::ShownMainWindow {
    Window() : ShownMainWindow(QSize(1366, 768)) {}
};

// Ana's file: her version of Patel's view (a name the window's file has) and
// a scenario of her own with an event, both authored by her.
QString writeAnasFile(const QTemporaryDir &dir)
{
    Scenario patel = builtin("Patel's view");
    patel.author = "Ana";
    patel.notes = "Patel's order, with slower algorithms";
    applyAssignment(patel, "assumptions.alg_halving_months=9");
    Scenario bet = defaultScenario();
    bet.name = "Ana's bet";
    bet.description = "Meta stumbles in 2028";
    bet.author = "Ana";
    bet.events.push_back({2028, 3, "Meta.mfu", 0.2, "assumption: a bad run"});
    applyAssignment(bet, "OpenAI.mfu=0.3");
    Scenario other = builtin("Apple cloud bet");
    other.author = "Ana";
    const QString path = dir.filePath("ana.db");
    const auto saved = saveScenarioFile(path.toStdString(), {patel, bet, other});
    if (!saved.ok)
        qFatal("%s", saved.message.c_str());
    QFile::setPermissions(path, QFile::ReadOwner); // read-only: importing must not need to write it
    return path;
}

} // namespace

class TestShareWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importsTwoScenariosWithAClashAsOneUndoStep();
    void importListShowsDescriptionsProvenanceAndRenames();
    void importOfAHostileFileChangesNothing();
    void differencesPanelListsTheDiffRowsWithEffects();
    void provenancePanelShowsAndEditsNotes();
    void saveRecordsAuthorAndModelVersion();
    void reportShowsProvenance();
};

void TestShareWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ASI Race Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sharewindow"));
    QSettings().clear();
}

void TestShareWindow::importsTwoScenariosWithAClashAsOneUndoStep()
{
    QTemporaryDir dir;
    const QString ana = writeAnasFile(dir);
    const QByteArray hash = storetest::sha256(ana);
    Window w;
    ScenarioDocument *doc = w.window.document();
    const int n = doc->scenarioCount();
    const auto ownPatel = scenarioToJson(doc->scenario(doc->indexOf("Patel's view")));
    int offered = 0;
    w.window.files()->setImportChooser([&](const std::vector<Scenario> &incoming, const QString &fromFile) {
        offered = int(incoming.size());
        [&] { QCOMPARE(fromFile, QStringLiteral("ana.db")); }();
        return QStringList{"Patel's view", "Ana's bet"};
    });
    QVERIFY(w.window.files()->importScenariosFromFileAt(ana));
    QCOMPARE(offered, 3);
    QCOMPARE(doc->scenarioCount(), n + 2);
    const int renamed = doc->indexOf("Patel's view (from Ana)");
    const int bet = doc->indexOf("Ana's bet");
    QVERIFY(renamed >= n && bet >= n);
    QCOMPARE(doc->indexOf("Apple cloud bet (from Ana)"), -1); // not picked
    // Never overwritten: the window's own Patel's view is as it was.
    QVERIFY(scenarioToJson(doc->scenario(doc->indexOf("Patel's view"))) == ownPatel);
    // Each came in whole, with its distributions, events and provenance.
    const auto fromFile = loadScenarioFile(ana.toStdString());
    QVERIFY(fromFile.ok());
    Scenario expected = fromFile.scenarios[0];
    expected.name = "Patel's view (from Ana)";
    QVERIFY(scenarioToJson(doc->scenario(renamed)) == scenarioToJson(expected));
    QCOMPARE(doc->scenario(renamed).distributions.size(), fromFile.scenarios[0].distributions.size());
    QCOMPARE(doc->scenario(bet).events.size(), defaultScenario().events.size() + 1);
    QCOMPARE(doc->scenario(bet).author, std::string("Ana"));

    // One undo step removes both.
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->scenarioCount(), n);
    QCOMPARE(doc->indexOf("Patel's view (from Ana)"), -1);
    QCOMPARE(doc->indexOf("Ana's bet"), -1);
    doc->undoStack()->redo();
    QCOMPARE(doc->scenarioCount(), n + 2);

    // Ana's file is byte for byte as it was.
    QCOMPARE(storetest::sha256(ana), hash);
}

void TestShareWindow::importListShowsDescriptionsProvenanceAndRenames()
{
    QTemporaryDir dir;
    const auto incoming = loadScenarioFile(writeAnasFile(dir).toStdString());
    QVERIFY(incoming.ok());
    QStringList existing;
    for (const auto &s : builtinScenarios())
        existing << QString::fromStdString(s.name);
    ImportScenariosDialog dialog(incoming.scenarios, existing, QStringLiteral("ana.db"));
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 3);
    const auto *patel = list->topLevelItem(0);
    QCOMPARE(patel->text(ImportScenariosDialog::NameColumn), QStringLiteral("Patel's view"));
    QCOMPARE(patel->text(ImportScenariosDialog::ComesInAsColumn), QStringLiteral("Patel's view (from Ana)"));
    QCOMPARE(patel->text(ImportScenariosDialog::AuthorColumn), QStringLiteral("Ana"));
    QVERIFY(patel->toolTip(0).contains("slower algorithms")); // the notes
    const auto *bet = list->topLevelItem(1);
    QCOMPARE(bet->text(ImportScenariosDialog::ComesInAsColumn), QStringLiteral("(same name)"));
    QCOMPARE(bet->child(0)->text(0), QStringLiteral("Meta stumbles in 2028")); // the description
    QCOMPARE(dialog.selectedNames().size(), 3);
    dialog.setSelectedNames({"Ana's bet"});
    QCOMPARE(dialog.selectedNames(), QStringList{"Ana's bet"});
}

void TestShareWindow::importOfAHostileFileChangesNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("trap.db");
    QVERIFY(saveScenarioFile(file.toStdString(), {defaultScenario()}).ok);
    QCOMPARE(storetest::tamper(file, "CREATE TRIGGER t AFTER INSERT ON scenarios BEGIN SELECT 1; END;"), QString());
    const QByteArray hash = storetest::sha256(file);
    Window w;
    QSignalSpy errors(w.window.files(), &FileController::errorShown);
    bool asked = false;
    w.window.files()->setImportChooser([&](const std::vector<Scenario> &, const QString &) {
        asked = true;
        return QStringList{};
    });
    const int n = w.window.document()->scenarioCount();
    QVERIFY(!w.window.files()->importScenariosFromFileAt(file));
    QVERIFY(!asked);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.front().at(1).toString().contains("trigger"));
    QCOMPARE(w.window.document()->scenarioCount(), n);
    QCOMPARE(w.window.document()->undoStack()->count(), 0);
    QCOMPARE(storetest::sha256(file), hash);
    if (auto *box = visibleWindow<QMessageBox>())
        box->close();
}

void TestShareWindow::differencesPanelListsTheDiffRowsWithEffects()
{
    QTemporaryDir dir;
    const QString ana = writeAnasFile(dir);
    Window w;
    QSignalSpy shown(w.window.differences(), &DifferencesController::effectsShown);
    QVERIFY(w.window.differences()->compareWithFileAt(ana, QStringLiteral("Ana's bet")));
    QVERIFY(w.window.live()->comparison().startsWith("other:"));
    QCOMPARE(w.window.live()->comparisonName(), QStringLiteral("Ana's bet (from ana.db)"));

    const auto fromFile = loadScenarioFile(ana.toStdString());
    const auto changes = diffScenarios(w.window.document()->current(), fromFile.scenarios[1]);
    QCOMPARE(changes.size(), size_t(2)); // OpenAI.mfu and the event
    QTableWidget *table = w.window.differencesPanel()->table();
    QCOMPARE(table->rowCount(), int(changes.size()));
    for (int r = 0; r < table->rowCount(); ++r)
        QCOMPARE(table->item(r, DifferencesPanel::InputColumn)->text(), QString::fromStdString(changes[size_t(r)].label));
    QCOMPARE(table->item(0, DifferencesPanel::InputColumn)->text(), QStringLiteral("OpenAI: MFU"));
    QCOMPARE(table->item(1, DifferencesPanel::InputColumn)->text(), QStringLiteral("event 2028-03 Meta: MFU"));

    // Effects arrive from the worker: each is the one difference applied alone.
    QVERIFY(shown.wait(20000) || shown.count() > 0);
    const DifferenceEffects &effects = w.window.differences()->effects();
    QCOMPARE(effects.effects.size(), changes.size());
    for (size_t i = 0; i < changes.size(); ++i) {
        QVERIFY(effects.effects[i].ran);
        const QString text = table->item(int(i), DifferencesPanel::EffectColumn)->text();
        QCOMPARE(text, effectText(effects, i));
        QVERIFY(text != QStringLiteral("computing…"));
    }
    // The effect is the run of the current scenario with only that change.
    const Scenario &current = w.window.document()->current();
    const auto alone = simulate(applyChange(current, fromFile.scenarios[1], changes[0]));
    std::optional<double> arrival;
    for (const auto &lab : alone.labs)
        if (lab.name == effects.winner)
            arrival = lab.asi_year;
    QCOMPARE(effects.effects[0].arrival.has_value(), arrival.has_value());
    if (arrival)
        QCOMPARE(*effects.effects[0].arrival, *arrival);

    // An edit of the current scenario that removes a difference updates the rows.
    // (Editing a value with a distribution moves the distribution too, so its uncertainty may now differ:
    // the rows follow the diff, and the value row itself is gone.)
    QVERIFY(w.window.document()->setField("OpenAI.mfu", "0.3").isEmpty());
    const auto after = diffScenarios(w.window.document()->current(), fromFile.scenarios[1]);
    QCOMPARE(table->rowCount(), int(after.size()));
    for (int r = 0; r < table->rowCount(); ++r) {
        QCOMPARE(table->item(r, DifferencesPanel::InputColumn)->text(), QString::fromStdString(after[size_t(r)].label));
        QVERIFY(table->item(r, DifferencesPanel::InputColumn)->text() != QStringLiteral("OpenAI: MFU"));
    }
    QCOMPARE(table->item(table->rowCount() - 1, DifferencesPanel::InputColumn)->text(),
             QStringLiteral("event 2028-03 Meta: MFU"));
    // No comparison: no rows.
    w.window.live()->setComparison({});
    QCOMPARE(table->rowCount(), 0);
}

void TestShareWindow::provenancePanelShowsAndEditsNotes()
{
    QTemporaryDir dir;
    const QString ana = writeAnasFile(dir);
    Window w;
    ScenarioDocument *doc = w.window.document();
    w.window.files()->setImportChooser([](const std::vector<Scenario> &, const QString &) {
        return QStringList{"Patel's view"};
    });
    QVERIFY(w.window.files()->importScenariosFromFileAt(ana));
    doc->setCurrentIndex(doc->indexOf("Patel's view (from Ana)"));
    ProvenancePanel *panel = w.window.provenancePanel();
    QVERIFY2(panel->text().contains("Author: Ana"), qPrintable(panel->text()));
    QVERIFY(panel->text().contains("Data as of: " + QString::fromStdString(doc->current().assumptions.data_as_of)));
    QCOMPARE(panel->notesEditor()->toPlainText(), QStringLiteral("Patel's order, with slower algorithms"));
    // The live run records the model version it was run with.
    QTRY_COMPARE_WITH_TIMEOUT(doc->current().modelVersion, currentModelVersion(), 10000);
    QVERIFY(panel->text().contains("Last run with: " + QString::fromStdString(currentModelVersion())));

    const int steps = doc->undoStack()->count();
    panel->notesEditor()->setFocus();
    panel->notesEditor()->setPlainText(QStringLiteral("Checked against Epoch AI"));
    emit panel->notesEdited(panel->notesEditor()->toPlainText());
    QCOMPARE(doc->current().notes, std::string("Checked against Epoch AI"));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->current().notes, std::string("Patel's order, with slower algorithms"));
    QCOMPARE(panel->notesEditor()->toPlainText(), QStringLiteral("Patel's order, with slower algorithms"));
}

void TestShareWindow::saveRecordsAuthorAndModelVersion()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("mine.db");
    Settings().setAuthor(QStringLiteral("Test Author"));
    Window w;
    ScenarioDocument *doc = w.window.document();
    QTRY_COMPARE_WITH_TIMEOUT(doc->current().modelVersion, currentModelVersion(), 10000);
    QVERIFY(doc->setField("OpenAI.mfu", "0.31").isEmpty());
    QVERIFY(w.window.files()->saveTo(file));
    const auto saved = loadScenarioFile(file.toStdString());
    QVERIFY2(saved.ok(), saved.message.c_str());
    const Scenario &edited = saved.scenarios[size_t(doc->currentIndex())];
    QCOMPARE(edited.author, std::string("Test Author"));
    QCOMPARE(edited.modelVersion, currentModelVersion());
    QVERIFY(!edited.created.empty() && !edited.modified.empty());
    // A scenario nobody changed here keeps its (empty) author: the file tells the truth.
    for (const auto &s : saved.scenarios)
        if (s.name != edited.name)
            QVERIFY(s.author.empty());

    // Without an author in the settings, the prompt is asked once and its answer kept.
    QSettings().remove(QStringLiteral("provenance/author"));
    int asked = 0;
    w.window.files()->setAuthorPrompt([&](const QString &suggested) {
        ++asked;
        [&] { QCOMPARE(suggested, Settings::defaultAuthor()); }();
        return QStringLiteral("Ana Lopez");
    });
    QCOMPARE(w.window.files()->author(), QStringLiteral("Ana Lopez"));
    QCOMPARE(w.window.files()->author(), QStringLiteral("Ana Lopez"));
    QCOMPARE(asked, 1);
    QCOMPARE(Settings().author(), QStringLiteral("Ana Lopez"));
}

void TestShareWindow::reportShowsProvenance()
{
    ExportContext context;
    context.scenario = defaultScenario();
    context.scenario.author = "Ana <Lopez>";
    context.scenario.notes = "First line\nSecond line";
    context.scenario.modelVersion = currentModelVersion();
    context.scenario.created = "2026-11-30T09:00:00Z";
    context.scenario.modified = "2026-12-01T10:30:00Z";
    context.result = std::make_shared<SimulationResult>(simulate(context.scenario));
    const QString html = summaryHtml(context, figureStyle(ExportTheme::Light, QSize(1920, 1080)));
    QVERIFY2(html.contains("Author: Ana &lt;Lopez&gt;"), qPrintable(html.left(2000)));
    QVERIFY(html.contains("created 2026-11-30"));
    QVERIFY(html.contains("modified 2026-12-01"));
    QVERIFY(html.contains("data as of " + QString::fromStdString(context.scenario.assumptions.data_as_of)));
    QVERIFY(html.contains("last run with " + QString::fromStdString(currentModelVersion())));
    QVERIFY(html.contains("First line<br>Second line"));
}

QTEST_MAIN(TestShareWindow)
#include "tst_sharewindow.moc"
