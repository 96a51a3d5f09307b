// Lost updates (issue 13): another program changes the open file, then the
// window saves. The user is asked (Reload / Save As / Overwrite / Cancel), and
// nothing is written before the answer, so neither version is lost unasked.
#include "builtinscenarios.h"
#include "filecontroller.h"
#include "scenariodocument.h"
#include "scenariostore.h"
#include "settings.h"
#include "storetestutil.h"
#include "visiblewindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

using namespace asirace;
using Choice = FileController::ChangedChoice;

namespace {

std::vector<std::string> namesIn(const QString &path)
{
    std::vector<std::string> names;
    for (const auto &s : loadScenarioFile(path.toStdString()).scenarios)
        names.push_back(s.name);
    return names;
}

// Another program's version of the file: one scenario of its own.
void secondWriterSaves(const QString &path)
{
    Scenario theirs = defaultScenario();
    theirs.name = "Theirs";
    QVERIFY(saveScenarioFile(path.toStdString(), {theirs}).ok);
}

// Runs `act` on the next modal dialog of type T once it is shown.
template <class T>
void whenShown(std::function<void(T *)> act)
{
    QTimer::singleShot(0, [act] {
        for (int i = 0; i < 200; ++i) {
            if (auto *dialog = visibleWindow<T>())
                return act(dialog);
            QTest::qWait(10);
        }
        qFatal("no dialog was shown");
    });
}

} // namespace

class TestFileChanged : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void savingAnUnchangedFileAsksNothing();
    void theRealDialogAsksAndOverwriteWritesOurs();
    void cancelWritesNothing();
    void reloadShowsTheirVersion();
    void saveAsKeepsBothVersions();

private:
    void openAndEdit();

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    QWidget *m_window = nullptr;
    ScenarioDocument *m_document = nullptr;
    Settings *m_settings = nullptr;
    FileController *m_files = nullptr;
    int m_asked = 0;
};

void TestFileChanged::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ASI Race Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filechanged"));
    QSettings().clear();
}

void TestFileChanged::init()
{
    m_dir = new QTemporaryDir;
    m_path = m_dir->filePath("shared.db");
    QVERIFY(saveScenarioFile(m_path.toStdString(), builtinScenarios()).ok);
    m_window = new QWidget;
    m_document = new ScenarioDocument(m_window);
    m_settings = new Settings;
    m_files = new FileController(m_document, m_settings, m_window);
    m_asked = 0;
}

void TestFileChanged::cleanup()
{
    delete m_window;
    delete m_settings;
    delete m_dir;
}

void TestFileChanged::openAndEdit()
{
    QVERIFY(m_files->openFile(m_path));
    QCOMPARE(m_document->setField("OpenAI.mfu", "0.5"), QString());
    QVERIFY(m_document->isModified());
}

void TestFileChanged::savingAnUnchangedFileAsksNothing()
{
    m_files->setChangedOnDiskPrompt([this] { return ++m_asked, Choice::Cancel; });
    openAndEdit();
    QVERIFY(m_files->save());
    QCOMPARE(m_document->setField("OpenAI.mfu", "0.6"), QString());
    QVERIFY(m_files->save()); // the identity was renewed by the first save
    QCOMPARE(m_asked, 0);
    QCOMPARE(loadScenarioFile(m_path.toStdString()).scenarios.front().organisations.size(),
             builtinScenarios().front().organisations.size());
}

void TestFileChanged::theRealDialogAsksAndOverwriteWritesOurs()
{
    openAndEdit();
    secondWriterSaves(m_path);
    QString title;
    std::vector<std::string> onDiskWhileAsked;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        title = box->windowTitle();
        onDiskWhileAsked = namesIn(m_path);
        for (auto *button : box->buttons())
            if (button->text() == QStringLiteral("Overwrite"))
                button->click();
    });
    QVERIFY(m_files->save());
    QCOMPARE(title, QStringLiteral("File changed on disk"));
    QCOMPARE(onDiskWhileAsked, std::vector<std::string>{"Theirs"}); // nothing written before the answer
    QCOMPARE(namesIn(m_path).size(), builtinScenarios().size());
    QVERIFY(!m_document->isModified());
}

void TestFileChanged::cancelWritesNothing()
{
    m_files->setChangedOnDiskPrompt([this] { return ++m_asked, Choice::Cancel; });
    openAndEdit();
    secondWriterSaves(m_path);
    const QByteArray theirs = storetest::sha256(m_path);
    QVERIFY(!m_files->save());
    QCOMPARE(m_asked, 1);
    QCOMPARE(storetest::sha256(m_path), theirs);
    QVERIFY(m_document->isModified()); // our edits are still here
    QVERIFY(!m_files->save());         // and asked again: the file is still not the one we read
    QCOMPARE(m_asked, 2);
}

void TestFileChanged::reloadShowsTheirVersion()
{
    m_files->setChangedOnDiskPrompt([this] { return ++m_asked, Choice::Reload; });
    openAndEdit();
    secondWriterSaves(m_path);
    QVERIFY(m_files->save());
    QCOMPARE(m_document->scenarioCount(), 1);
    QCOMPARE(m_document->scenario(0).name, std::string("Theirs"));
    QVERIFY(!m_document->isModified());
    QCOMPARE(namesIn(m_path), std::vector<std::string>{"Theirs"});
}

void TestFileChanged::saveAsKeepsBothVersions()
{
    m_files->setChangedOnDiskPrompt([this] { return ++m_asked, Choice::SaveAs; });
    openAndEdit();
    secondWriterSaves(m_path);
    const QString mine = m_dir->filePath("mine.db");
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        dialog->selectFile(mine);
        QMetaObject::invokeMethod(dialog, "accept"); // a protected slot
    });
    QVERIFY(m_files->save());
    QCOMPARE(m_asked, 1);
    QCOMPARE(namesIn(m_path), std::vector<std::string>{"Theirs"});
    const auto ours = loadScenarioFile(mine.toStdString());
    QVERIFY2(ours.ok(), ours.message.c_str());
    QCOMPARE(ours.scenarios.size(), builtinScenarios().size());
    QCOMPARE(m_document->filePath(), QFileInfo(mine).absoluteFilePath());
}

QTEST_MAIN(TestFileChanged)
#include "tst_filechanged.moc"
