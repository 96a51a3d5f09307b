// Under a real X server (xvfb-run): the main window at 1600x1000 shows the
// dashboard, not a blank or half-drawn window. The grab is saved for a human
// to look at ($ASIRACE_SCREENSHOT, default /tmp/asirace-mainwindow.png).
#include "assumptionspanel.h"
#include "builtinscenarios.h"
#include "capabilitychart.h"
#include "chartpanel.h"
#include "fieldslider.h"
#include "markedslider.h"
#include "scenariobar.h"
#include "leaderboard.h"
#include "headlineband.h"
#include "mainwindow.h"
#include "scenariodocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace asirace;

class TestMainWindowScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void grabIsNotBlank();
    void grabWithComparisonAndPartnerships();
};

namespace {
// Distinct colours and the share of the most common one, sampling every other pixel.
std::pair<int, double> colourStats(const QImage &image)
{
    QHash<QRgb, int> histogram;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++histogram[image.pixel(x, y)];
    int dominant = 0;
    for (int count : histogram)
        dominant = std::max(dominant, count);
    return {int(histogram.size()), dominant / (double(image.width() / 2) * (image.height() / 2))};
}
} // namespace

void TestMainWindowScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // do not read or write the user's settings
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "run under a real X server: xvfb-run -a -s \"-screen 0 1920x1080x24\" tst_mainwindowscreen");
}

void TestMainWindowScreen::grabIsNotBlank()
{
    MainWindow window;
    QSignalSpy replotted(window.chartPanel(), &ChartPanel::replotted);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(replotted.wait(10000) || replotted.count() > 0);
    QTest::qWait(300); // let queued replots and layout settle
    QVERIFY(window.windowTitle().contains(QStringLiteral("Evidence baseline")));
    QVERIFY(!window.headline()->text().isEmpty());

    const QImage image = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), QSize(1600, 1000) * window.devicePixelRatio());
    const QString path = qEnvironmentVariable("ASIRACE_SCREENSHOT", QStringLiteral("/tmp/asirace-mainwindow.png"));
    QVERIFY(image.save(path));

    // Not blank: many distinct colours (lab colours, text, grid) and no large
    // share of the window in one flat colour.
    QHash<QRgb, int> histogram;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++histogram[image.pixel(x, y)];
    int dominant = 0;
    for (int count : histogram)
        dominant = std::max(dominant, count);
    const double samples = double(image.width() / 2) * (image.height() / 2);
    QVERIFY2(histogram.size() > 200, qPrintable(QStringLiteral("only %1 colours").arg(histogram.size())));
    QVERIFY2(dominant / samples < 0.8, qPrintable(QStringLiteral("%1% one colour").arg(100 * dominant / samples)));

    // Every lab colour of the scenario appears somewhere (the charts drew the labs).
    int labColoursSeen = 0, labs = 0;
    for (const auto &org : window.document()->current().organisations) {
        if (!org.isLab())
            continue;
        ++labs;
        labColoursSeen += histogram.contains(QColor(QString::fromStdString(org.colour)).rgb()) ? 1 : 0;
    }
    QVERIFY2(labColoursSeen >= labs / 2, qPrintable(QStringLiteral("%1 of %2 lab colours").arg(labColoursSeen).arg(labs)));
    window.document()->undoStack()->setClean();
}

void TestMainWindowScreen::grabWithComparisonAndPartnerships()
{
    MainWindow window;
    QSignalSpy replotted(window.chartPanel(), &ChartPanel::replotted);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(replotted.wait(10000) || replotted.count() > 0);
    // A moved slider, a comparison overlay and the Partnerships tab in front.
    window.assumptionsPanel()->slider("lab.willpower")->slider()->setValue(500);
    QComboBox *compare = window.scenarioBar()->comparisonCombo();
    compare->setCurrentIndex(compare->findData(QStringLiteral("file:") +
                                               QString::fromStdString(builtinScenarios().back().name)));
    QTRY_VERIFY_WITH_TIMEOUT(window.chartPanel()->capabilityChart()->comparison() != nullptr, 10000);
    for (auto *dock : window.findChildren<QDockWidget *>())
        if (dock->objectName() == QLatin1String("partnershipsDock"))
            dock->raise();
    QTest::qWait(300);
    const QImage image = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(image.save(qEnvironmentVariable("ASIRACE_SCREENSHOT_COMPARE",
                                            QStringLiteral("/tmp/asirace-mainwindow-compare.png"))));
    const auto [colours, dominantShare] = colourStats(image);
    QVERIFY(colours > 200);
    QVERIFY(dominantShare < 0.8);
    QVERIFY(window.windowTitle().contains(QStringLiteral("untitled.db*")));
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestMainWindowScreen)
#include "tst_mainwindowscreen.moc"
