// Opening and importing run off the GUI thread (issue 13): while a big file
// is read, the window's event loop keeps running, a progress dialog offers
// Cancel, and a cancelled open leaves the document exactly as it was.
#include "builtinscenarios.h"
#include "filecontroller.h"
#include "scenariodocument.h"
#include "scenariostore.h"
#include "settings.h"
#include "storetestutil.h"
#include "visiblewindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <algorithm>

using namespace asirace;

namespace {

QProgressDialog *shownProgress() { return visibleWindow<QProgressDialog>(); }

} // namespace

class TestBackgroundOpen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openingABigFileKeepsTheWindowResponsive();
    void cancelLeavesTheDocumentUnchanged();

private:
    QTemporaryDir m_dir;
    QString m_big;
    qint64 m_loadMs = 0;
    QWidget *m_window = nullptr;
    ScenarioDocument *m_document = nullptr;
    Settings *m_settings = nullptr;
    FileController *m_files = nullptr;
};

void TestBackgroundOpen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ASI Race Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_backgroundopen"));
    QSettings().clear();
    // 200k scenarios without assumptions: reading and reporting them takes a while.
    m_big = m_dir.filePath("big.db");
    QVERIFY(saveScenarioFile(m_big.toStdString(), {defaultScenario()}).ok);
    QCOMPARE(storetest::tamper(m_big, "INSERT INTO scenarios (name, description, created, modified) "
                                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                                      "SELECT 'Broken ' || i, '', '', '' FROM n;"),
             QString());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!loadScenarioFile(m_big.toStdString()).ok());
    m_loadMs = timer.elapsed();
}

void TestBackgroundOpen::init()
{
    m_window = new QWidget;
    m_window->show();
    m_document = new ScenarioDocument(m_window);
    m_document->reset(builtinScenarios(), {});
    m_settings = new Settings;
    m_files = new FileController(m_document, m_settings, m_window);
    m_files->setProgressDelay(0);
}

void TestBackgroundOpen::cleanup()
{
    delete m_window;
    delete m_settings;
}

void TestBackgroundOpen::openingABigFileKeepsTheWindowResponsive()
{
    int ticks = 0;
    qint64 longestGap = 0, last = 0;
    bool progressShown = false;
    QElapsedTimer timer;
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        ++ticks;
        longestGap = std::max(longestGap, timer.elapsed() - last);
        last = timer.elapsed();
        progressShown = progressShown || shownProgress();
    });
    heartbeat.start(10);
    QSignalSpy errors(m_files, &FileController::errorShown);
    timer.start();
    QVERIFY(!m_files->openFile(m_big)); // every scenario is invalid
    const qint64 elapsed = timer.elapsed();
    longestGap = std::max(longestGap, elapsed - last); // the time since the last tick counts too
    QCOMPARE(errors.count(), 1);
    QVERIFY(progressShown);
    // The GUI thread ran its timers all along instead of blocking in the store
    // (which would show as one gap as long as the whole open).
    const QString seen = QString("%1 ticks in %2 ms, longest gap %3 ms").arg(ticks).arg(elapsed).arg(longestGap);
    QVERIFY2(ticks >= 3 && longestGap < elapsed / 2 && longestGap < 1000, qPrintable(seen));
    qInfo("%s", qPrintable(seen));
    QCOMPARE(m_document->scenarioCount(), int(builtinScenarios().size()));
}

void TestBackgroundOpen::cancelLeavesTheDocumentUnchanged()
{
    QCOMPARE(m_document->setField("OpenAI.mfu", "0.5"), QString()); // unsaved work
    m_files->setUnsavedPrompt([] { return FileController::SaveChoice::Discard; });
    QTimer clicker;
    QObject::connect(&clicker, &QTimer::timeout, [&] {
        if (auto *progress = shownProgress())
            if (auto *button = progress->findChild<QPushButton *>()) // as the user does
                button->click();
    });
    clicker.start(5);
    QSignalSpy errors(m_files, &FileController::errorShown);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!m_files->openFile(m_big));
    QVERIFY2(timer.elapsed() < m_loadMs, qPrintable(QString("%1 ms").arg(timer.elapsed())));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(m_document->scenarioCount(), int(builtinScenarios().size()));
    QVERIFY(m_document->isModified()); // still the edited document
    QTest::qWait(int(2 * m_loadMs) + 500); // let the abandoned read finish (and its thread be deleted)
    QCOMPARE(errors.count(), 0); // its result never arrives
}

QTEST_MAIN(TestBackgroundOpen)
#include "tst_backgroundopen.moc"
