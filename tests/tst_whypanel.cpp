// The Why panel (offscreen): one row per driver group with its human label
// and months, plus "Not attributed"; tooltips name the inputs with units and
// say what the months mean; in the window the panel fills in the background
// once its tab is shown and follows an edit; the PDF summary carries the same
// figures. Whoever leads is read from the model, never assumed.
#include "builtinscenarios.h"
#include "exportcontext.h"
#include "leadexplanation.h"
#include "mainwindow.h"
#include "scenariodocument.h"
#include "simulator.h"
#include "exportcheck.h"
#include "reportwriter.h"
#include "whybars.h"
#include "whycontroller.h"
#include "whypanel.h"

#include <QDockWidget>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace asirace;
using asirace::test::pdfPages;
using asirace::test::pdfText;

namespace {
constexpr int kTimeout = 120000; // two slow cores, shared with other builds

std::shared_ptr<const LeadExplanation> explained(const Scenario &s)
{
    return std::make_shared<const LeadExplanation>(explainLead(s));
}
} // namespace

class TestWhyPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsOneRowPerDriverAndTheRest();
    void tooltipsNameInputsAndUnits();
    void noArrivalShowsNoBars();
    void windowExplainsWhenShownAndAfterAnEdit();
    void reportHasAWhyPage();
};

void TestWhyPanel::showsOneRowPerDriverAndTheRest()
{
    const Scenario s = defaultScenario();
    const auto x = explained(s);
    QVERIFY(x->explained());
    WhyPanel panel;
    panel.resize(700, 320);
    panel.show();
    panel.showExplanation(x);
    QCOMPARE(panel.rowCount(), int(driverGroups().size()) + 1);
    for (size_t i = 0; i < driverGroups().size(); ++i) {
        QCOMPARE(panel.rowLabel(int(i)), QString::fromUtf8(driverGroups()[i].label.data(), qsizetype(driverGroups()[i].label.size())));
        QVERIFY(panel.rowValue(int(i)).contains(QStringLiteral("month")) || panel.rowValue(int(i)).contains(QStringLiteral("months")));
        QVERIFY(!panel.rowLabel(int(i)).contains(QLatin1Char('_'))); // human words, not ids
    }
    QCOMPARE(panel.rowLabel(panel.rowCount() - 1), QStringLiteral("Not attributed"));
    const std::string leader = simulate(s).ranking.front();
    QVERIFY2(panel.title().contains(QString::fromStdString(leader)), qPrintable(panel.title()));
    QVERIFY(panel.title().contains(QString::fromStdString(x->runnerUp)));
    // The bar area hit-tests rows top to bottom, as painted.
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QImage image = panel.bars()->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(panel.bars()->rowAt(QPoint(10, 2)), 0);
    QCOMPARE(panel.bars()->rowAt(QPoint(10, panel.bars()->height() + 50)), -1);
}

void TestWhyPanel::tooltipsNameInputsAndUnits()
{
    const auto x = explained(defaultScenario());
    WhyPanel panel;
    panel.showExplanation(x);
    for (int row = 0; row < panel.rowCount() - 1; ++row) {
        const QString tip = panel.rowTooltip(row);
        QVERIFY2(tip.contains(QStringLiteral("months of ASI arrival")) || tip.contains(QStringLiteral("month of ASI arrival")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Inputs:")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("compute_h100e"))); // no snake_case names
    }
    QVERIFY(panel.rowTooltip(0).contains(QStringLiteral("[H100e]"))); // start compute, with its unit
    QVERIFY(panel.rowTooltip(2).contains(QStringLiteral("partnerships")));
    QVERIFY(panel.rowTooltip(panel.rowCount() - 1).contains(QStringLiteral("every driver")));
}

void TestWhyPanel::noArrivalShowsNoBars()
{
    Scenario s = defaultScenario();
    s.assumptions.agi_log10_flop = 45;
    WhyPanel panel;
    panel.showExplanation(explained(s));
    QCOMPARE(panel.rowCount(), 0);
    QVERIFY2(panel.title().contains(QStringLiteral("No lab reaches ASI")), qPrintable(panel.title()));
}

void TestWhyPanel::windowExplainsWhenShownAndAfterAnEdit()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("whyDock"));
    QVERIFY(dock);
    QVERIFY(window.whyPanel()->isStale()); // hidden behind another tab: nothing computed yet
    QSignalSpy shown(window.why(), &WhyController::explanationShown);
    dock->show();
    dock->raise();
    QVERIFY(shown.wait(kTimeout) || shown.size() > 0);
    QCOMPARE(window.whyPanel()->rowCount(), int(driverGroups().size()) + 1);
    QCOMPARE(window.whyPanel()->explanation()->leader, explainLead(window.document()->current()).leader);

    // An edit: the panel follows, with the edited scenario's figures.
    shown.clear();
    QVERIFY(window.document()->setField(QStringLiteral("assumptions.end_year"), QStringLiteral("2060")).isEmpty());
    QVERIFY(QTest::qWaitFor([&] { return shown.size() > 0 && !window.whyPanel()->isStale(); }, kTimeout));
    const LeadExplanation expected = explainLead(window.document()->current());
    const auto shownNow = window.whyPanel()->explanation();
    QCOMPARE(shownNow->leadMonths, expected.leadMonths);
    for (size_t i = 0; i < expected.drivers.size(); ++i)
        QCOMPARE(shownNow->drivers[i].months, expected.drivers[i].months);
    window.document()->undoStack()->setClean();
}

void TestWhyPanel::reportHasAWhyPage()
{
    ExportContext context;
    context.scenario = defaultScenario();
    context.scenario.assumptions.end_year = 2060; // figures rather than bounds
    context.result = std::make_shared<const SimulationResult>(simulate(context.scenario));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(writeReport(context, {}, file, {}), std::optional<QString>());
    file.close();
    QCOMPARE(pdfPages(path), 2); // the summary and the Why page
    const QString text = pdfText(path).simplified();
    const LeadExplanation x = explainLead(context.scenario);
    QVERIFY2(text.contains(whyTitle(x).simplified()), qPrintable(whyTitle(x)));
    for (const auto &row : whyRows(x)) {
        QVERIFY2(text.contains(row.label), qPrintable(row.label));
        QVERIFY2(text.contains(row.valueText), qPrintable(row.valueText));
    }
}

QTEST_MAIN(TestWhyPanel)
#include "tst_whypanel.moc"
