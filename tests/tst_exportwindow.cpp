// The export actions of the main window as a user reaches them: the File and
// Edit menu entries, Copy Chart on Ctrl+Shift+C, and the export dialog filled
// in and accepted (through the controller's dialog driver) writing files that
// match what the dashboard shows.
#include "mainwindowfixture.h"
#include "chartpanel.h"
#include "exportcheck.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "capabilitychart.h"
#include "racechart.h"
#include "racetext.h"
#include "rankingchart.h"
#include "scenariodocument.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLayout>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace asirace;
using namespace asirace::test;

namespace {

using Window = test::ShownMainWindow;

QAction *menuAction(QMainWindow &window, const QString &menu, const QString &text)
{
    for (QAction *top : window.menuBar()->actions())
        if (top->text().remove(QLatin1Char('&')) == menu && top->menu())
            for (QAction *a : top->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
    return nullptr;
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

} // namespace

class TestExportWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void menusHoldTheExportActions();
    void copyChartPutsTheCurrentChartOnTheClipboard();
    void exportAllChartsThroughTheDialog();
    void exportChartFollowsTheDialogChoices();
    void exportReportThroughTheDialog();
    void dialogRefusesIncompleteSettings();
    void everyShownWidgetOfTheDialogIsLaidOut();
};

void TestExportWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ASI Race Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportwindow"));
}

void TestExportWindow::menusHoldTheExportActions()
{
    Window w;
    for (const char *text : {"Export Chart…", "Export All Charts…", "Export Report…"})
        QVERIFY2(menuAction(w.window, QStringLiteral("File"), QString::fromUtf8(text)), text);
    QAction *copy = menuAction(w.window, QStringLiteral("Edit"), QStringLiteral("Copy Chart"));
    QVERIFY(copy);
    QCOMPARE(copy->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
}

void TestExportWindow::copyChartPutsTheCurrentChartOnTheClipboard()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    QApplication::clipboard()->clear();
    RaceChart *ranking = w.window.chartPanel()->rankingChart();
    QTest::mouseClick(ranking, Qt::LeftButton, Qt::NoModifier, QPoint(ranking->width() / 2, ranking->height() / 2));
    QCOMPARE(w.window.exportController()->currentChart(), ranking);
    QTest::keyClick(&w.window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QImage image = QApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(1920, 1080)); // presentation size, not the on-screen size
    QVERIFY(greyDeviation(image) > 20);
    // The ranking chart's lab colours, and no toolbar or window chrome around it.
    QVERIFY(colourCount(image, QColor(QStringLiteral("#009e73"))) > 40);
    QCOMPARE(QColor(image.pixel(2, 2)), QColor(Qt::white));
}

void TestExportWindow::exportAllChartsThroughTheDialog()
{
    Window w;
    w.window.chartPanel()->setLabVisible(QStringLiteral("Meta"), false); // as a legend click would
    QTemporaryDir dir;
    ExportController *exporter = w.window.exportController();
    exporter->setDialogDriver([&](ExportDialog &dialog) {
        choose(dialog.formatCombo(), QStringLiteral("SVG"));
        choose(dialog.sizeCombo(), QStringLiteral("1280 × 720"));
        choose(dialog.themeCombo(), QStringLiteral("Dark"));
        dialog.targetEdit()->setText(dir.path());
        return dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
    });
    QSignalSpy exported(exporter, &ExportController::exported);
    menuAction(w.window, QStringLiteral("File"), QStringLiteral("Export All Charts…"))->trigger();
    QCOMPARE(exported.count(), 1);
    const QStringList files = exported.front().front().toStringList();
    QCOMPARE(files.size(), 4);
    for (const QString &file : files) {
        const SvgInfo svg = readSvg(file);
        QVERIFY(svg.wellFormed);
        QCOMPARE(svg.viewBox, QStringLiteral("0 0 1280 720"));
        QVERIFY(svg.text.contains(QStringLiteral("Evidence baseline")));
    }
    // Hidden on screen, hidden in the export: the ranking's end label stays, muted.
    QVERIFY(readSvg(dir.filePath(QStringLiteral("ranking.svg"))).text.contains(QStringLiteral("Meta")));
    QCOMPARE(exporter->lastOptions().theme, ExportTheme::Dark);

    // The same choices again, as CSV: Meta's series are left out like on the charts.
    exporter->setDialogDriver([&](ExportDialog &dialog) {
        choose(dialog.formatCombo(), QStringLiteral("CSV"));
        dialog.targetEdit()->setText(dir.path());
        return true;
    });
    menuAction(w.window, QStringLiteral("File"), QStringLiteral("Export All Charts…"))->trigger();
    QCOMPARE(exported.count(), 2);
    const auto capability = readCsv(dir.filePath(QStringLiteral("capability.csv")));
    QVERIFY(capability.front().join(QLatin1Char(',')).contains(QStringLiteral("OpenAI")));
    QVERIFY(!capability.front().join(QLatin1Char(',')).contains(QStringLiteral("Meta")));
    QCOMPARE(capability.size(), 1 + qsizetype(w.window.chartPanel()->charts().front()->result()->months.size()));
}

void TestExportWindow::exportChartFollowsTheDialogChoices()
{
    Window w;
    QTemporaryDir dir;
    ExportController *exporter = w.window.exportController();
    exporter->setDialogDriver([&](ExportDialog &dialog) {
        // Defaults to the current chart (none clicked yet: capability).
        if (dialog.chart() != ChartKind::Capability)
            return false;
        choose(dialog.chartCombo(), QStringLiteral("Race outcome"));
        choose(dialog.formatCombo(), QStringLiteral("PNG"));
        choose(dialog.sizeCombo(), QStringLiteral("Custom"));
        dialog.widthSpin()->setValue(1000);
        dialog.heightSpin()->setValue(800);
        dialog.scaleSpin()->setValue(2.0);
        dialog.targetEdit()->setText(dir.filePath(QStringLiteral("verdict.png")));
        return true;
    });
    QSignalSpy exported(exporter, &ExportController::exported);
    exporter->exportChartAction()->trigger();
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.front().front().toStringList(), QStringList{dir.filePath(QStringLiteral("verdict.png"))});
    const QImage png(dir.filePath(QStringLiteral("verdict.png")));
    QCOMPARE(png.size(), QSize(2000, 1600));
    QVERIFY(greyDeviation(png) > 20);
}

void TestExportWindow::exportReportThroughTheDialog()
{
    Window w;
    QTemporaryDir dir;
    ExportController *exporter = w.window.exportController();
    exporter->setDialogDriver([&](ExportDialog &dialog) {
        if (!dialog.targetEdit()->text().endsWith(QStringLiteral("Evidence baseline report.pdf")))
            return false; // the suggested name follows the scenario
        dialog.targetEdit()->setText(dir.filePath(QStringLiteral("board")));
        return true;
    });
    QSignalSpy exported(exporter, &ExportController::exported);
    menuAction(w.window, QStringLiteral("File"), QStringLiteral("Export Report…"))->trigger();
    QCOMPARE(exported.count(), 1);
    const QString path = dir.filePath(QStringLiteral("board.pdf"));
    QCOMPARE(exported.front().front().toStringList(), QStringList{path});
    QCOMPARE(pdfPages(path), 6); // summary, why, 4 charts
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("ASI Race report: Evidence baseline")));
    QVERIFY(text.contains(raceHeadline(*w.window.chartPanel()->capabilityChart()->result())));
}

void TestExportWindow::dialogRefusesIncompleteSettings()
{
    ExportDialog dialog(ExportDialog::Mode::Chart);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no file yet
    QVERIFY(dialog.problem().contains(QStringLiteral("Choose a file")));
    dialog.targetEdit()->setText(QStringLiteral("/tmp/chart.png"));
    QVERIFY(ok->isEnabled());
    // Changing the format renames the file accordingly.
    choose(dialog.formatCombo(), QStringLiteral("PDF"));
    QCOMPARE(dialog.target(), QStringLiteral("/tmp/chart.pdf"));
    QVERIFY(!dialog.scaleSpin()->isEnabled()); // scale applies to PNG only
    QCOMPARE(dialog.options().scale, 1.0);
    // Presets fill the size; custom sizes are limited to the export range.
    choose(dialog.sizeCombo(), QStringLiteral("A4 landscape"));
    QCOMPARE(dialog.options().size, kA4LandscapeSize);
    QVERIFY(!dialog.widthSpin()->isEnabled());
    choose(dialog.sizeCombo(), QStringLiteral("Custom"));
    dialog.widthSpin()->setValue(50);
    QCOMPARE(dialog.options().size.width(), kMinExportSide);
    dialog.heightSpin()->setValue(100000);
    QCOMPARE(dialog.options().size.height(), kMaxExportSide);
}

namespace {
bool laysOut(QLayout *layout, const QWidget *widget)
{
    for (int i = 0; layout && i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget || laysOut(item->layout(), widget))
            return true;
    }
    return false;
}
} // namespace

// A widget no layout holds floats at the dialog's corner, and the layout that
// should have held it has no owner (Export Report leaked one on each opening).
void TestExportWindow::everyShownWidgetOfTheDialogIsLaidOut()
{
    for (auto mode : {ExportDialog::Mode::Chart, ExportDialog::Mode::AllCharts, ExportDialog::Mode::Report}) {
        ExportDialog dialog(mode);
        for (auto *child : dialog.findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isWindow() && !child->isHidden())
                QVERIFY2(laysOut(dialog.layout(), child), qPrintable(child->metaObject()->className() +
                                                                     QStringLiteral(" ") + child->objectName()));
        }
    }
}

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
