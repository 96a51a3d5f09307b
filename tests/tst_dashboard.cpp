// The dashboard as a user drives it (offscreen, real widgets, real store, real
// files): edits re-simulate and redraw, undo restores exactly, files round-trip
// through the GUI, comparisons overlay, bad input and bad files are refused.
#include "mainwindowfixture.h"
#include "assumptionspanel.h"
#include "builtinscenarios.h"
#include "capabilitychart.h"
#include "chartpanel.h"
#include "computechart.h"
#include "editorcontroller.h"
#include "fieldslider.h"
#include "filecontroller.h"
#include "labstablemodel.h"
#include "leaderboard.h"
#include "leaderboardmodel.h"
#include "livecontroller.h"
#include "headlineband.h"
#include "mainwindow.h"
#include "markedslider.h"
#include "messagebanner.h"
#include "scenariobar.h"
#include "scenariodocument.h"
#include "scenariojson.h"
#include "scenariojsonfile.h"
#include "scenariostore.h"
#include "settings.h"
#include "tableeditor.h"
#include "visiblewindow.h"
#include "windowlayout.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

using namespace asirace;

namespace {

// Waits until the charts have replotted a result newer than `spy` saw so far.
bool waitForReplot(QSignalSpy &spy, int timeoutMs = 10000)
{
    const int before = spy.count();
    return QTest::qWaitFor([&] { return spy.count() > before; }, timeoutMs);
}

using Window = test::ShownMainWindow;

std::vector<double> seriesData(RaceChart *chart, const QString &lab, const QString &role, bool comparison = false)
{
    std::vector<double> values;
    if (QCPGraph *graph = chart->seriesGraph(lab, role, comparison))
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
            values.push_back(it->value);
    return values;
}

nlohmann::json content(const Scenario &s) { return scenarioToJson(s); }

QToolButton *button(QWidget *parent, const QString &text)
{
    for (auto *b : parent->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QMessageBox *visibleMessageBox() { return visibleWindow<QMessageBox>(); }

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void startsOnTheDefaultScenario();
    void editingALabCellChangesThatLabsSeries();
    void movingASliderChangesTheLeaderboard();
    void undoRestoresThePreviousStateExactly();
    void invalidEntryIsRefusedAndTheModelUnchanged();
    void saveThroughTheGuiAndOpenInANewWindow();
    void compareWithOverlaysASecondGraphPerLab();
    void storeErrorsShowTheStoresMessageAndKeepTheDocument();
    void unsavedChangesPromptGuardsOpen();
    void droppingADbFileOpensIt();
    void scenarioSwitcherShowsTheChosenScenario();
    void importJsonAddsScenariosAsOneUndoStep();
    void closingWithUnsavedChangesCanBeCancelled();
    void geometryDocksAndLastDirectoryAreRemembered();
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("ASI Race Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard"));
    QSettings().clear(); // every run starts from a first launch
}

void TestDashboard::startsOnTheDefaultScenario()
{
    Window w;
    QCOMPARE(w.window.windowTitle(), QStringLiteral("Evidence baseline \u2014 untitled.db \u2014 ASI Race"));
    QCOMPARE(w.window.document()->scenarioCount(), int(builtinScenarios().size()));
    QCOMPARE(w.window.headline()->text(), w.window.leaderboard()->headline());
    QVERIFY(!w.window.headline()->text().isEmpty());
    QCOMPARE(w.window.labsModel()->rowCount(), int(defaultScenario().organisations.size()));
}

void TestDashboard::editingALabCellChangesThatLabsSeries()
{
    Window w;
    auto *compute = w.window.chartPanel()->computeChart();
    const auto before = seriesData(compute, "Meta", "compute");
    QVERIFY(!before.empty());
    LabsTableModel *labs = w.window.labsModel();
    const QModelIndex cell = labs->index(labs->rowOf("Meta"), labs->columnOf("compute_h100e"));
    QVERIFY(labs->setData(cell, "3000000"));
    QVERIFY(waitForReplot(w.replots));
    const auto after = seriesData(compute, "Meta", "compute");
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    QVERIFY(after.front() > before.front()); // more compute at the start shows from the first month
    QVERIFY(w.window.windowTitle().contains(QStringLiteral("untitled.db*")));
}

void TestDashboard::movingASliderChangesTheLeaderboard()
{
    Window w;
    const QString leader = w.window.leaderboard()->model()->labAt(0);
    const QString headline = w.window.headline()->text();
    w.window.editors()->selectOrganisation(leader);
    FieldSlider *willpower = w.window.assumptionsPanel()->slider("lab.willpower");
    QVERIFY(willpower);
    QSlider *slider = willpower->slider();
    // Drag the leader's willpower to zero: it stops spending on compute.
    slider->setSliderDown(true);
    for (int position = slider->value(); position >= 0; position -= 100)
        slider->setValue(position);
    slider->setValue(0);
    slider->setSliderDown(false);
    QTRY_VERIFY_WITH_TIMEOUT(w.window.leaderboard()->model()->labAt(0) != leader, 10000);
    QVERIFY(w.window.headline()->text() != headline);
    QCOMPARE(w.window.headline()->text(), w.window.leaderboard()->headline());
    QCOMPARE(w.window.document()->current().findOrganisation(leader.toStdString())->willpower, 0.0);
    QCOMPARE(w.window.document()->undoStack()->count(), 1); // the whole drag is one step
}

void TestDashboard::undoRestoresThePreviousStateExactly()
{
    Window w;
    const auto original = content(w.window.document()->current());
    // A slider drag, a cell edit and removing a lab with its partnerships.
    QSlider *halving = w.window.assumptionsPanel()->slider("assumptions.alg_halving_months")->slider();
    halving->setSliderDown(true);
    for (int i = 1; i <= 10; ++i)
        halving->setValue(halving->value() + 13);
    halving->setSliderDown(false);
    LabsTableModel *labs = w.window.labsModel();
    QVERIFY(labs->setData(labs->index(labs->rowOf("Anthropic"), labs->columnOf("caution")), "0.9"));
    w.window.editors()->selectOrganisation("Microsoft");
    QToolButton *remove = button(w.window.labsEditor(), "Remove");
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!w.window.document()->current().findOrganisation("Microsoft"));
    QCOMPARE(w.window.document()->undoStack()->count(), 3);

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(content(w.window.document()->current()) == original);
    QVERIFY(!w.window.document()->isModified());
    QVERIFY(!w.window.windowTitle().contains('*'));
    // Redo (Ctrl+Shift+Z) brings the edits back.
    QTest::keyClick(&w.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(content(w.window.document()->current()) != original);
}

void TestDashboard::invalidEntryIsRefusedAndTheModelUnchanged()
{
    Window w;
    const auto original = content(w.window.document()->current());
    QTableView *view = w.window.labsEditor()->view();
    LabsTableModel *labs = w.window.labsModel();
    const QModelIndex cell = labs->index(labs->rowOf("OpenAI"), labs->columnOf("mfu"));
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, "1.7");
    QTest::keyClick(editor, Qt::Key_Return);
    MessageBanner *banner = w.window.labsEditor()->banner();
    QTRY_VERIFY(banner->isVisible()); // the delegate commits on the next event-loop pass
    QVERIFY2(banner->text().contains("[0.05, 0.8]") && banner->text().contains("fraction of peak"),
             qPrintable(banner->text()));
    QVERIFY(content(w.window.document()->current()) == original);
    QCOMPARE(w.window.document()->undoStack()->count(), 0);
    QCOMPARE(cell.data(Qt::EditRole).toString(), QString::fromStdString(formatValue(
                                                     defaultScenario().findOrganisation("OpenAI")->mfu)));
    // A good value afterwards is accepted and clears the message.
    QVERIFY(labs->setData(cell, "0.5"));
    QVERIFY(!banner->isVisible());
}

void TestDashboard::saveThroughTheGuiAndOpenInANewWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("mine.db");
    nlohmann::json saved;
    {
        Window w;
        LabsTableModel *labs = w.window.labsModel();
        QVERIFY(labs->setData(labs->index(labs->rowOf("xAI"), labs->columnOf("mfu")), "0.45"));
        QVERIFY(w.window.files()->saveTo(path));
        QCOMPARE(w.window.windowTitle(), QStringLiteral("Evidence baseline \u2014 mine.db \u2014 ASI Race"));
        // The next edit is saved by Ctrl+S to the same file, no dialog.
        QVERIFY(labs->setData(labs->index(labs->rowOf("xAI"), labs->columnOf("willpower")), "0.6"));
        QVERIFY(w.window.windowTitle().contains("mine.db*"));
        QTest::keyClick(&w.window, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!w.window.document()->isModified());
        saved = content(w.window.document()->current());
        QCOMPARE(Settings().recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    }
    Window other;
    QVERIFY(other.window.files()->openFile(path));
    QVERIFY(content(other.window.document()->current()) == saved);
    QCOMPARE(other.window.document()->current().findOrganisation("xAI")->mfu, 0.45);
    QCOMPARE(other.window.document()->current().findOrganisation("xAI")->willpower, 0.6);
    QCOMPARE(other.window.windowTitle(), QStringLiteral("Evidence baseline \u2014 mine.db \u2014 ASI Race"));
}

void TestDashboard::compareWithOverlaysASecondGraphPerLab()
{
    Window w;
    auto *capability = w.window.chartPanel()->capabilityChart();
    auto *compute = w.window.chartPanel()->computeChart();
    QVERIFY(!capability->seriesGraph("OpenAI", "kappa", true));
    QComboBox *compare = w.window.scenarioBar()->comparisonCombo();
    // The new file holds the built-ins as its own scenarios: each is offered once, as the file's.
    const int item = compare->findData(QStringLiteral("file:") + QString::fromStdString(builtinScenarios()[1].name));
    QVERIFY(item > 0);
    const int replotsBefore = int(w.replots.count());
    compare->setCurrentIndex(item);
    QTRY_VERIFY_WITH_TIMEOUT(capability->comparison() != nullptr && w.replots.count() > replotsBefore, 10000);
    QVERIFY(w.window.live()->comparisonResult() != nullptr);
    for (const auto &lab : w.window.live()->result()->labs) {
        const QString name = QString::fromStdString(lab.name);
        QVERIFY2(capability->seriesGraph(name, "kappa", false), qPrintable(name));
        QVERIFY2(capability->seriesGraph(name, "kappa", true), qPrintable(name));
        QVERIFY2(compute->seriesGraph(name, "compute", true), qPrintable(name));
        QCOMPARE(capability->seriesGraph(name, "kappa", true)->pen().style(), Qt::DashLine);
    }
    compare->setCurrentIndex(0); // (nothing)
    QTRY_VERIFY_WITH_TIMEOUT(!capability->seriesGraph("OpenAI", "kappa", true), 10000);
}

void TestDashboard::storeErrorsShowTheStoresMessageAndKeepTheDocument()
{
    QTemporaryDir dir;
    Window w;
    LabsTableModel *labs = w.window.labsModel();
    QVERIFY(labs->setData(labs->index(labs->rowOf("Meta"), labs->columnOf("mfu")), "0.3"));
    const auto edited = content(w.window.document()->current());
    const QString title = w.window.windowTitle();
    w.window.files()->setUnsavedPrompt([] { return FileController::SaveChoice::Discard; });
    QSignalSpy errors(w.window.files(), &FileController::errorShown);

    // Not a database at all.
    const QString garbage = dir.filePath("garbage.db");
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    QVERIFY(!w.window.files()->openFile(garbage));
    QCOMPARE(errors.count(), 1);
    const QString message = errors.at(0).at(1).toString();
    QCOMPARE(message, QString::fromStdString(loadScenarioFile(garbage.toStdString()).message));
    QMessageBox *box = visibleMessageBox();
    QVERIFY(box);
    QCOMPARE(box->text(), message);
    box->close();

    // Ours, but from a newer version of ASI Race.
    const QString newer = dir.filePath("newer.db");
    QVERIFY(saveScenarioFile(newer.toStdString(), builtinScenarios()).ok);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(newer.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    QVERIFY(!w.window.files()->openFile(newer));
    QCOMPARE(errors.count(), 2);
    const LoadResult expected = loadScenarioFile(newer.toStdString());
    QCOMPARE(expected.kind, StoreErrorKind::NewerVersion);
    QCOMPARE(errors.at(1).at(1).toString(), QString::fromStdString(expected.message));
    if (QMessageBox *second = visibleMessageBox())
        second->close();

    // The document is intact: same content, still modified, same title.
    QVERIFY(content(w.window.document()->current()) == edited);
    QVERIFY(w.window.document()->isModified());
    QCOMPARE(w.window.windowTitle(), title);
}

void TestDashboard::unsavedChangesPromptGuardsOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("other.db");
    std::vector<Scenario> one{builtinScenarios()[1]};
    QVERIFY(saveScenarioFile(path.toStdString(), one).ok);
    Window w;
    LabsTableModel *labs = w.window.labsModel();
    QVERIFY(labs->setData(labs->index(labs->rowOf("Meta"), labs->columnOf("mfu")), "0.3"));
    int asked = 0;
    w.window.files()->setUnsavedPrompt([&] {
        ++asked;
        return FileController::SaveChoice::Cancel;
    });
    QVERIFY(!w.window.files()->openFile(path));
    QCOMPARE(asked, 1);
    QCOMPARE(w.window.document()->current().findOrganisation("Meta")->mfu, 0.3);
    w.window.files()->setUnsavedPrompt([&] {
        ++asked;
        return FileController::SaveChoice::Discard;
    });
    QVERIFY(w.window.files()->openFile(path));
    QCOMPARE(asked, 2);
    QCOMPARE(w.window.document()->scenarioCount(), 1);
    QCOMPARE(w.window.document()->current().name, builtinScenarios()[1].name);
}

void TestDashboard::droppingADbFileOpensIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("dropped.db");
    QVERIFY(saveScenarioFile(path.toStdString(), builtinScenarios()).ok);
    Window w;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at(800, 500);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w.window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w.window, &drop);
    QCOMPARE(w.window.document()->filePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(w.window.windowTitle().contains("dropped.db"));
}

void TestDashboard::scenarioSwitcherShowsTheChosenScenario()
{
    Window w;
    QComboBox *combo = w.window.scenarioBar()->scenarioCombo();
    QCOMPARE(combo->count(), w.window.document()->scenarioCount());
    const Scenario &second = w.window.document()->scenario(1);
    // Choosing from the combo as a user does (activated).
    combo->setCurrentIndex(1);
    emit combo->activated(1);
    QCOMPARE(w.window.document()->currentIndex(), 1);
    QVERIFY(w.window.windowTitle().startsWith(QString::fromStdString(second.name)));
    QVERIFY(waitForReplot(w.replots));
    // Duplicate keeps the list and the combo in step, and is undoable.
    QCOMPARE(w.window.document()->duplicateScenario(1, "My variant"), QString());
    QCOMPARE(combo->count(), int(builtinScenarios().size()) + 1);
    QCOMPARE(combo->currentText(), QStringLiteral("My variant"));
    w.window.document()->undoStack()->undo();
    QCOMPARE(combo->count(), int(builtinScenarios().size()));
}

void TestDashboard::importJsonAddsScenariosAsOneUndoStep()
{
    QTemporaryDir dir;
    const QString json = dir.filePath("shared.json");
    Window w;
    QVERIFY(w.window.files()->exportJsonTo(json));
    const int n = w.window.document()->scenarioCount();
    QVERIFY(w.window.files()->importJsonFile(json));
    QCOMPARE(w.window.document()->scenarioCount(), 2 * n);
    QCOMPARE(w.window.document()->indexOf("Evidence baseline (from shared.json)"), n);
    QCOMPARE(w.window.document()->undoStack()->count(), 1);
    w.window.document()->undoStack()->undo();
    QCOMPARE(w.window.document()->scenarioCount(), n);
    // A JSON file with a bad value names its JSON pointer and changes nothing.
    QFile bad(dir.filePath("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    auto doc = nlohmann::json::parse(std::string(scenariosJsonText({defaultScenario()})));
    doc["scenarios"][0]["organisations"][0]["mfu"] = 1.7;
    bad.write(QByteArray::fromStdString(doc.dump()));
    bad.close();
    QSignalSpy errors(w.window.files(), &FileController::errorShown);
    QVERIFY(!w.window.files()->importJsonFile(bad.fileName()));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(w.window.document()->scenarioCount(), n);
    QMessageBox *box = visibleMessageBox();
    QVERIFY(box);
    QVERIFY2(box->detailedText().contains("/scenarios/0/organisations/0/mfu"), qPrintable(box->detailedText()));
    box->close();
}

void TestDashboard::closingWithUnsavedChangesCanBeCancelled()
{
    Window w;
    LabsTableModel *labs = w.window.labsModel();
    QVERIFY(labs->setData(labs->index(labs->rowOf("Meta"), labs->columnOf("mfu")), "0.3"));
    w.window.files()->setUnsavedPrompt([] { return FileController::SaveChoice::Cancel; });
    QVERIFY(!w.window.close());
    QVERIFY(w.window.isVisible());
    w.window.files()->setUnsavedPrompt([] { return FileController::SaveChoice::Discard; });
    QVERIFY(w.window.close());
}

void TestDashboard::geometryDocksAndLastDirectoryAreRemembered()
{
    QTemporaryDir dir;
    {
        MainWindow first;
        first.resize(1300, 850);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        for (auto *dock : first.findChildren<QDockWidget *>())
            if (dock->objectName() == QLatin1String("leaderboardDock"))
                dock->hide();
        QVERIFY(first.files()->saveTo(dir.filePath("remember.db")));
        QVERIFY(first.close());
    }
    Settings settings;
    QCOMPARE(settings.lastDirectory(), QFileInfo(dir.path()).absoluteFilePath());
    QVERIFY(!settings.windowGeometry().isEmpty());
    MainWindow second;
    // As saved where it fits the screen; clamped to it where not (the offscreen
    // screen is 800x600; tst_dashfit checks restores across screen sizes).
    const QSize screen = second.windowLayout()->availableGeometry().size();
    if (screen.width() >= 1310 && screen.height() >= 860)
        QCOMPARE(second.size(), QSize(1300, 850));
    else
        QVERIFY(second.width() <= screen.width() && second.width() >= std::min(1300, screen.width()) - 8);
    for (auto *dock : second.findChildren<QDockWidget *>())
        if (dock->objectName() == QLatin1String("leaderboardDock"))
            QVERIFY(dock->isHidden());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
