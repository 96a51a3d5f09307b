// The Events tab and the event markers, offscreen: events added, edited and
// removed through the table and the document (one undo step each, bad values
// refused with the range), following organisations that are renamed or
// removed, and one dashed marker per event in range on every time-axis chart,
// on screen and in exports.
#include "builtinscenarios.h"
#include "capabilitychart.h"
#include "chartexporter.h"
#include "chartpanel.h"
#include "computechart.h"
#include "eventscontroller.h"
#include "eventstablemodel.h"
#include "mainwindow.h"
#include "outcomechart.h"
#include "rankingchart.h"
#include "scenariodocument.h"
#include "simulator.h"
#include "tableeditor.h"
#include "validation.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>

using namespace asirace;

namespace {

ScheduledEvent mfuEvent() { return {2027, 4, "OpenAI.mfu", 0.3, "assumption: a failed run costs a quarter"}; }

// Events at 2027-04 and 2026-01 (inside 2026-2040) and one at 2050 (after it).
Scenario scenarioWithEvents()
{
    Scenario s = defaultScenario();
    s.events.clear();
    s.events.push_back(mfuEvent());
    s.events.push_back({2026, 1, "Microsoft/OpenAI.compute_supplied_h100e", 1000, ""});
    s.events.push_back({2050, 6, "assumptions.alg_halving_months", 6, "after the horizon"});
    return s;
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void addDuplicateRemoveAreOneUndoStepEach();
    void editingCellsGoesThroughTheDocument();
    void badValuesAreRefusedWithTheRange();
    void inputColumnShowsLabelUnitAndChoices();
    void eventsFollowRenamedAndRemovedOrganisations();
    void windowHasTheEventsTab();
    void chartsMarkEachEventInRange();
    void markerTooltipShowsTheNote();
    void exportedChartsMarkEvents();

private:
    ScenarioDocument *m_document = nullptr;
    EventsTableModel *m_model = nullptr;
    TableEditor *m_editor = nullptr;
    EventsController *m_controller = nullptr;
};

void TestEvents::init()
{
    m_document = new ScenarioDocument;
    auto scenarios = builtinScenarios();
    for (auto &s : scenarios)
        s.events.clear(); // each test adds the events it needs
    m_document->reset(scenarios, {});
    m_model = new EventsTableModel;
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_model);
    m_editor = new TableEditor(m_model);
    m_controller = new EventsController(m_document, m_editor, m_model);
}

void TestEvents::cleanup()
{
    delete m_controller;
    delete m_editor;
    delete m_model;
    delete m_document;
}

void TestEvents::addDuplicateRemoveAreOneUndoStepEach()
{
    auto *undo = m_document->undoStack();
    QCOMPARE(m_model->rowCount(), 0);
    m_controller->addEvent();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(undo->count(), 1);
    const ScheduledEvent added = m_document->current().events.at(0);
    QVERIFY(validate(m_document->current()).empty()); // the default event is valid
    QCOMPARE(added.year, int(m_document->current().assumptions.start_year) + 1);

    m_editor->selectRow(0);
    m_controller->duplicateEvent();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(undo->count(), 2);
    QCOMPARE(m_document->current().events.at(1).path, added.path);

    m_editor->selectRow(0);
    m_controller->removeEvent();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(undo->count(), 3);

    undo->undo(); // the removal
    QCOMPARE(m_model->rowCount(), 2);
    undo->undo(); // the duplicate
    undo->undo(); // the addition
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_document->current().events.empty());
    undo->redo();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_document->current().events.at(0).path, added.path);
}

void TestEvents::editingCellsGoesThroughTheDocument()
{
    QVERIFY(m_document->addEvent(mfuEvent()).isEmpty());
    auto *undo = m_document->undoStack();
    const int before = undo->count();
    QVERIFY(m_model->setData(m_model->index(0, EventsTableModel::Value), QStringLiteral("0.5")));
    QVERIFY(m_model->setData(m_model->index(0, EventsTableModel::From), QStringLiteral("2028-11")));
    QVERIFY(m_model->setData(m_model->index(0, EventsTableModel::Note), QStringLiteral("second thoughts")));
    QCOMPARE(undo->count(), before + 3);
    const auto &e = m_document->current().events.at(0);
    QCOMPARE(e.value, 0.5);
    QCOMPARE(e.year, 2028);
    QCOMPARE(e.month, 11);
    QCOMPARE(m_model->data(m_model->index(0, EventsTableModel::From)).toString(), QStringLiteral("2028-11"));
    QCOMPARE(m_model->data(m_model->index(0, EventsTableModel::Note)).toString(), QStringLiteral("second thoughts"));

    undo->undo();
    undo->undo();
    QCOMPARE(m_document->current().events.at(0).year, 2027);
    QCOMPARE(m_document->current().events.at(0).value, 0.5);
    undo->undo();
    QCOMPARE(m_document->current().events.at(0).value, 0.3);

    // A new input starts from that input's current value, so the event stays valid.
    QVERIFY(m_model->setData(m_model->index(0, EventsTableModel::Input), QStringLiteral("Microsoft/OpenAI.rofr")));
    QCOMPARE(m_document->current().events.at(0).path, std::string("Microsoft/OpenAI.rofr"));
    QCOMPARE(m_document->current().events.at(0).value, m_document->current().findPartnership("Microsoft", "OpenAI")->rofr);
}

void TestEvents::badValuesAreRefusedWithTheRange()
{
    QVERIFY(m_document->addEvent(mfuEvent()).isEmpty());
    QSignalSpy refused(m_model, &EventsTableModel::inputRejected);
    const int before = m_document->undoStack()->count();

    QVERIFY(!m_model->setData(m_model->index(0, EventsTableModel::Value), QStringLiteral("1.7")));
    QCOMPARE(refused.count(), 1);
    const QString reason = refused.takeFirst().at(0).toString();
    QVERIFY2(reason.contains(QStringLiteral("OpenAI.mfu")) && reason.contains(QStringLiteral("[0.05, 0.8]")) &&
                 reason.contains(QStringLiteral("fraction of peak")),
             qPrintable(reason));
    QVERIFY(!m_model->setData(m_model->index(0, EventsTableModel::Value), QStringLiteral("lots")));
    QVERIFY(!m_model->setData(m_model->index(0, EventsTableModel::From), QStringLiteral("2026-13")));
    QVERIFY2(refused.last().at(0).toString().contains(QStringLiteral("month 13 is not 1-12")),
             qPrintable(refused.last().at(0).toString()));
    QVERIFY(!m_model->setData(m_model->index(0, EventsTableModel::Input), QStringLiteral("Nobody.mfu")));
    QVERIFY(refused.last().at(0).toString().contains(QStringLiteral("no organisation 'Nobody'")));
    // The refusal is shown under the table, as in the other tables.
    QCOMPARE(m_document->undoStack()->count(), before);
    QCOMPARE(m_document->current().events.at(0).value, 0.3);
    QVERIFY(m_model->data(m_model->index(0, EventsTableModel::Value), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Allowed: 0.05 to 0.8")));
}

void TestEvents::inputColumnShowsLabelUnitAndChoices()
{
    QVERIFY(m_document->addEvent(mfuEvent()).isEmpty());
    const QModelIndex input = m_model->index(0, EventsTableModel::Input);
    QCOMPARE(m_model->data(input).toString(), QStringLiteral("OpenAI: MFU [fraction of peak]"));
    QCOMPARE(m_model->data(input, Qt::EditRole).toString(), QStringLiteral("OpenAI.mfu"));
    const QStringList choices = m_model->data(input, ChoicesRole).toStringList();
    QVERIFY(choices.contains(QStringLiteral("OpenAI.mfu")));
    QVERIFY(choices.contains(QStringLiteral("Microsoft/OpenAI.compute_supplied_h100e")));
    QVERIFY(choices.contains(QStringLiteral("assumptions.alg_halving_months")));
    QVERIFY(!m_model->data(input, Qt::ToolTipRole).toString().isEmpty());
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    }
}

void TestEvents::eventsFollowRenamedAndRemovedOrganisations()
{
    QVERIFY(m_document->addEvent(mfuEvent()).isEmpty());
    QVERIFY(m_document->renameOrganisation(QStringLiteral("OpenAI"), QStringLiteral("OAI")).isEmpty());
    QCOMPARE(m_document->current().events.at(0).path, std::string("OAI.mfu"));
    QCOMPARE(m_model->data(m_model->index(0, EventsTableModel::Input)).toString(), QStringLiteral("OAI: MFU [fraction of peak]"));
    QVERIFY(m_document->removeOrganisation(QStringLiteral("OAI")).isEmpty());
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(validate(m_document->current()).empty());
    m_document->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->current().events.at(0).path, std::string("OpenAI.mfu"));
}

void TestEvents::windowHasTheEventsTab()
{
    MainWindow window;
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("eventsDock"));
    QVERIFY(dock);
    QCOMPARE(dock->widget(), window.eventsEditor());
    QVERIFY(window.tabifiedDockWidgets(dock).contains(window.findChild<QDockWidget *>(QStringLiteral("partnershipsDock"))));
    const int before = window.eventsModel()->rowCount(); // the evidence baseline's dated deals and rounds
    QVERIFY(before > 0);
    window.events()->addEvent();
    QCOMPARE(window.eventsModel()->rowCount(), before + 1);
}

void TestEvents::chartsMarkEachEventInRange()
{
    const Scenario s = scenarioWithEvents();
    const auto result = std::make_shared<const SimulationResult>(simulate(s));
    CapabilityChart capability;
    RankingChart ranking;
    ComputeChart compute;
    OutcomeChart outcome;
    for (RaceChart *chart : QList<RaceChart *>{&capability, &ranking, &compute, &outcome}) {
        chart->setEvents(chartEventsOf(s));
        chart->setResult(result);
    }
    QCOMPARE(capability.eventMarkers().size(), 2); // the 2050 event is after the simulated years
    QCOMPARE(ranking.eventMarkers().size(), 2);
    QCOMPARE(compute.eventMarkers().size(), 4); // both panels share the time axis
    QCOMPARE(outcome.eventMarkers().size(), 0); // no time axis
    const auto *line = capability.eventMarkers().front();
    QCOMPARE(line->pen().style(), Qt::DashLine);
    QCOMPARE(line->point1->coords().x(), 2027 + 3 / 12.0);

    // Removing an event removes its marker; a new result keeps the markers.
    Scenario fewer = s;
    fewer.events.erase(fewer.events.begin());
    capability.setEvents(chartEventsOf(fewer));
    QCOMPARE(capability.eventMarkers().size(), 1);
    capability.setResult(result);
    QCOMPARE(capability.eventMarkers().size(), 1);
}

void TestEvents::markerTooltipShowsTheNote()
{
    const Scenario s = scenarioWithEvents();
    CapabilityChart chart;
    chart.resize(900, 600);
    chart.setEvents(chartEventsOf(s));
    chart.setResult(std::make_shared<const SimulationResult>(simulate(s)));
    chart.replot();
    const QRect plot = chart.axisRect()->rect();
    const QPointF onLine(chart.xAxis->coordToPixel(2027 + 3 / 12.0), plot.top() + 4);
    const QString text = chart.hoverTextAt(onLine);
    QVERIFY2(text.contains(QStringLiteral("Apr 2027: OpenAI.mfu = 0.3")) &&
                 text.contains(QStringLiteral("a failed run costs a quarter")),
             qPrintable(text));
    QVERIFY(chart.hoverTextAt(onLine + QPointF(40, 0)).isEmpty());
}

void TestEvents::exportedChartsMarkEvents()
{
    ExportContext context;
    context.scenario = scenarioWithEvents();
    context.result = std::make_shared<const SimulationResult>(simulate(context.scenario));
    const ChartExporter exporter(context, ExportOptions{});
    QCOMPARE(exporter.presentationChart(ChartKind::Capability, QSize(1920, 1080))->eventMarkers().size(), 2);
    QCOMPARE(exporter.presentationChart(ChartKind::Compute, QSize(1920, 1080))->eventMarkers().size(), 4);
    QCOMPARE(exporter.presentationChart(ChartKind::Ranking, QSize(1280, 720))->eventMarkers().size(), 2);
}

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
