#include "mainwindow.h"

#include "assumptionspanel.h"
#include "builtinscenarios.h"
#include "chartpanel.h"
#include "distributioncontroller.h"
#include "columnfit.h"
#include "descriptioncontroller.h"
#include "descriptionline.h"
#include "headlineband.h"
#include "documentundokeys.h"
#include "differencescontroller.h"
#include "differencespanel.h"
#include "editorcontroller.h"
#include "eventscontroller.h"
#include "eventstablemodel.h"
#include "exportcontroller.h"
#include "filecontroller.h"
#include "flipscontroller.h"
#include "inputfocus.h"
#include "helpmenu.h"
#include "labstablemodel.h"
#include "leaderboard.h"
#include "livecontroller.h"
#include "montecarlocontroller.h"
#include "uncertaintycontroller.h"
#include "montecarlopanel.h"
#include "mustbetrueview.h"
#include "partnershipstablemodel.h"
#include "provenancecontroller.h"
#include "provenancepanel.h"
#include "recentfiles.h"
#include "scenariobar.h"
#include "scenariocontroller.h"
#include "scenariodocument.h"
#include "sensitivityview.h"
#include "settings.h"
#include "tableeditor.h"
#include "undotoolbutton.h"
#include "whycontroller.h"
#include "whypanel.h"
#include "theme.h"
#include "viewmenu.h"
#include "windowlayout.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace asirace {
namespace {
bool isDatabase(const QString &path) { return QFileInfo(path).suffix().compare("db", Qt::CaseInsensitive) == 0; }
bool isJson(const QString &path) { return QFileInfo(path).suffix().compare("json", Qt::CaseInsensitive) == 0; }

QString droppedFile(const QMimeData *mime)
{
    if (!mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return {};
    const QString path = mime->urls().front().toLocalFile();
    return isDatabase(path) || isJson(path) ? path : QString();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(new Settings)
    , m_document(new ScenarioDocument(this))
    , m_layout(new WindowLayout(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_document->reset(builtinScenarios(), {});
    createPanels();
    createDocks();

    m_files = new FileController(m_document, m_settings, this);
    m_files->setSnapshot(builtinScenarios());
    m_editors = new EditorController(m_document, m_labsEditor, m_labsModel, m_partnershipsEditor,
                                     m_partnershipsModel, m_assumptions, this);
    m_events = new EventsController(m_document, m_eventsEditor, m_eventsModel, this);
    m_live = new LiveController(m_document, m_charts, m_leaderboard, m_headline, this);
    m_scenarioBar = new ScenarioBar(this);
    m_scenarios = new ScenarioController(m_document, m_scenarioBar, m_live, this);
    m_export = new ExportController(m_document, m_live, m_charts, m_settings, this);
    m_monteCarlo = new MonteCarloController(m_document, m_monteCarloPanel, m_sensitivity, m_charts, m_leaderboard, this);
    auto *uncertainty = new UncertaintyController(m_document, m_assumptions, {m_labsEditor, m_partnershipsEditor},
                                                  m_monteCarloPanel, this);
    connect(uncertainty, &UncertaintyController::statusMessage, this, &MainWindow::showStatus);
    m_provenance = new ProvenanceController(m_document, m_live, m_provenancePanel, this);
    m_differences = new DifferencesController(m_document, m_live, m_files, m_differencesPanel, this);
    // A dock tab behind another still counts as visible to QWidget; the dock knows better.
    connect(findChild<QDockWidget *>(QStringLiteral("sensitivityDock")), &QDockWidget::visibilityChanged, m_monteCarlo,
            &MonteCarloController::setSensitivityShown);
    m_why = new WhyController(m_document, m_whyPanel, this);
    connect(findChild<QDockWidget *>(QStringLiteral("whyDock")), &QDockWidget::visibilityChanged, m_why,
            &WhyController::setShown);
    createOddsTools();
    m_theme = new Theme(m_charts, m_headline, this);
    m_theme->setChoice(themeChoiceFromKey(m_settings->theme()));
    new DocumentUndoKeys(this);
    createActions();

    connect(m_files, &FileController::statusMessage, this, &MainWindow::showStatus);
    connect(m_editors, &EditorController::statusMessage, this, &MainWindow::showStatus);
    connect(m_events, &EventsController::statusMessage, this, &MainWindow::showStatus);
    connect(m_scenarios, &ScenarioController::statusMessage, this, &MainWindow::showStatus);
    connect(m_export, &ExportController::statusMessage, this, &MainWindow::showStatus);
    connect(m_monteCarlo, &MonteCarloController::statusMessage, this, &MainWindow::showStatus);
    connect(m_provenance, &ProvenanceController::statusMessage, this, &MainWindow::showStatus);
    connect(m_differences, &DifferencesController::statusMessage, this, &MainWindow::showStatus);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::currentChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::scenarioListChanged, this, &MainWindow::updateTitle);
    // "…, edited" follows every edit; coalesced, as a drag sends one edit per tick.
    auto *titleTimer = new QTimer(this);
    titleTimer->setSingleShot(true);
    titleTimer->setInterval(100);
    connect(titleTimer, &QTimer::timeout, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::edited, titleTimer, qOverload<>(&QTimer::start));

    setAcceptDrops(true);
    statusBar()->showMessage(tr("Drag a slider or edit a cell: the race re-simulates as you go."), 8000);
    readSettings();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The document is a child, destroyed after this window's widgets: its
    // undo stack's last cleanChanged must not reach a half-destroyed window.
    m_document->disconnect(this);
    delete m_settings;
}

void MainWindow::createPanels()
{
    m_headline = new HeadlineBand(this); // styled by Theme
    m_description = new DescriptionLine(this);

    m_charts = new ChartPanel(this);
    m_leaderboard = new Leaderboard(this);
    m_leaderboard->setHeadlineVisible(false); // the sentence is the window's headline
    keepColumnsInView(m_leaderboard->view()); // Margin and P(first) never behind a scroll bar

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_headline);
    layout->addWidget(m_description);
    layout->addWidget(m_charts, 1);
    setCentralWidget(central);

    m_labsModel = new LabsTableModel(this);
    m_partnershipsModel = new PartnershipsTableModel(this);
    m_labsEditor = new TableEditor(m_labsModel, this);
    m_partnershipsEditor = new TableEditor(m_partnershipsModel, this);
    m_eventsModel = new EventsTableModel(this);
    m_eventsEditor = new TableEditor(m_eventsModel, this);
    m_assumptions = new AssumptionsPanel(this);
    m_monteCarloPanel = new MonteCarloPanel(this);
    m_sensitivity = new SensitivityView(this);
    m_whyPanel = new WhyPanel(this);
    m_mustBeTrue = new MustBeTrueView(this);
    m_provenancePanel = new ProvenancePanel(this);
    m_differencesPanel = new DifferencesPanel(this);
    for (auto *editor : {m_labsEditor, m_partnershipsEditor, m_eventsEditor})
        editor->view()->setMouseTracking(true); // status tips with the field's unit and range
    m_labsEditor->setTableName(tr("Labs"));
    m_partnershipsEditor->setTableName(tr("Partnerships"));
    m_eventsEditor->setTableName(tr("Events"));
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name); // saveState() needs stable names
        d->setWidget(widget);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                       QDockWidget::DockWidgetClosable);
        addDockWidget(area, d);
        return d;
    };
    auto *assumptions = dock(tr("Assumptions"), QStringLiteral("assumptionsDock"), m_assumptions, Qt::LeftDockWidgetArea);
    auto *labs = dock(tr("Labs"), QStringLiteral("labsDock"), m_labsEditor, Qt::BottomDockWidgetArea);
    auto *partnerships =
        dock(tr("Partnerships"), QStringLiteral("partnershipsDock"), m_partnershipsEditor, Qt::BottomDockWidgetArea);
    auto *events = dock(tr("Events"), QStringLiteral("eventsDock"), m_eventsEditor, Qt::BottomDockWidgetArea);
    auto *board = dock(tr("Leaderboard"), QStringLiteral("leaderboardDock"), m_leaderboard, Qt::BottomDockWidgetArea);
    auto *sensitivity =
        dock(tr("Sensitivity"), QStringLiteral("sensitivityDock"), m_sensitivity, Qt::BottomDockWidgetArea);
    auto *differences =
        dock(tr("Differences"), QStringLiteral("differencesDock"), m_differencesPanel, Qt::BottomDockWidgetArea);
    auto *provenance =
        dock(tr("Provenance"), QStringLiteral("provenanceDock"), m_provenancePanel, Qt::BottomDockWidgetArea);
    splitDockWidget(labs, board, Qt::Horizontal); // the ranking beside the inputs, under the charts
    tabifyDockWidget(labs, partnerships);
    tabifyDockWidget(partnerships, events);
    tabifyDockWidget(events, sensitivity); // computed when its tab is first shown
    tabifyDockWidget(sensitivity, dock(tr("Why"), QStringLiteral("whyDock"), m_whyPanel, Qt::BottomDockWidgetArea));
    // Beside the leaderboard, not the tables: a click on a row raises the input's table and must not hide the list.
    tabifyDockWidget(board,
                     dock(tr("What must be true"), QStringLiteral("mustBeTrueDock"), m_mustBeTrue, Qt::BottomDockWidgetArea));
    // Beside the leaderboard too: both show what the compared scenario changes, and
    // seven tabs under the tables were squeezed to "L…" and "Ev…" at 1366x768.
    tabifyDockWidget(findChild<QDockWidget *>(QStringLiteral("mustBeTrueDock")), differences);
    board->raise();
    // With the tables, not the Assumptions: a tab there would narrow the panel on a laptop screen.
    tabifyDockWidget(sensitivity, provenance);
    assumptions->raise();
    labs->raise();
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_layout->captureDefault(); // sized for the screen by WindowLayout
}

// What must be true, the distribution editor and going to an input (issue 11).
void MainWindow::createOddsTools()
{
    m_flips = new FlipsController(m_document, m_mustBeTrue, this);
    connect(findChild<QDockWidget *>(QStringLiteral("mustBeTrueDock")), &QDockWidget::visibilityChanged, m_flips,
            &FlipsController::setShown);
    m_focus = new InputFocus(m_assumptions, m_labsEditor, m_labsModel, m_partnershipsEditor, m_partnershipsModel, this);
    connect(m_mustBeTrue, &MustBeTrueView::inputActivated, m_focus, &InputFocus::focus);
    m_distributions = new DistributionController(m_document, m_assumptions, this, this);
    m_distributions->addTable(m_labsEditor, [this](const QModelIndex &i) { return m_labsModel->pathAt(i); });
    m_distributions->addTable(m_partnershipsEditor,
                              [this](const QModelIndex &i) { return m_partnershipsModel->pathAt(i); });
    connect(m_distributions, &DistributionController::statusMessage, this, &MainWindow::showStatus);
}

void MainWindow::createActions()
{
    QUndoStack *undo = m_document->undoStack();
    auto add = [this](QMenu *menu, const QString &text, QKeySequence key, const QString &tip, auto slot) {
        QAction *action = menu->addAction(text);
        if (!key.isEmpty())
            action->setShortcut(key);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAct = add(file, tr("&New"), QKeySequence::New, tr("Start a new file with the built-in scenarios"),
                          [this] { m_files->newFile(); });
    QAction *openAct = add(file, tr("&Open…"), QKeySequence::Open, tr("Open a scenario file (.db)"),
                           [this] { m_files->open(); });
    QMenu *recentMenu = file->addMenu(tr("Recent files"));
    m_recent = new RecentFiles(m_settings, recentMenu, this);
    m_files->setRecentFiles(m_recent);
    connect(m_recent, &RecentFiles::fileChosen, this, [this](const QString &path) { m_files->openFile(path); });
    QAction *saveAct = add(file, tr("&Save"), QKeySequence::Save, tr("Save all scenarios of this file"),
                           [this] { m_files->save(); });
    add(file, tr("Save &As…"), QKeySequence(QStringLiteral("Ctrl+Shift+S")), tr("Save under a new file name"),
        [this] { m_files->saveAs(); });
    file->addSeparator();
    add(file, tr("&Import JSON…"), {}, tr("Add the scenarios of a JSON document to this file"),
        [this] { m_files->importJson(); });
    add(file, tr("&Export JSON…"), {}, tr("Write every scenario of this file as a JSON document"),
        [this] { m_files->exportJson(); });
    add(file, tr("Import Scenarios from &File…"), {},
        tr("Copy chosen scenarios of another scenario file into this one (a taken name is renamed)"),
        [this] { m_files->importScenariosFromFile(); });
    file->addSeparator();
    m_export->addFileActions(file);
    file->addSeparator();
    add(file, tr("&Quit"), QKeySequence::Quit, tr("Quit ASI Race"), [this] { close(); });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAct = undo->createUndoAction(this, tr("&Undo"));
    undoAct->setObjectName(QStringLiteral("undoAction"));
    undoAct->setShortcut(QKeySequence(QStringLiteral("Ctrl+Z")));
    QAction *redoAct = undo->createRedoAction(this, tr("&Redo"));
    redoAct->setObjectName(QStringLiteral("redoAction"));
    redoAct->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
    edit->addAction(undoAct);
    edit->addAction(redoAct);
    for (auto *dock : findChildren<QDockWidget *>())
        dock->addActions({undoAct, redoAct}); // a floating dock is its own window: Ctrl+Z works there too
    edit->addSeparator();
    m_export->addEditActions(edit);
    edit->addSeparator();
    add(edit, tr("Add lab"), {}, tr("Add a new racing lab"), [this] { m_editors->addLab(); });
    add(edit, tr("Duplicate lab"), {}, tr("Duplicate the selected organisation"), [this] { m_editors->duplicateLab(); });
    add(edit, tr("Remove lab"), {}, tr("Remove the selected organisation"), [this] { m_editors->removeLab(); });
    add(edit, tr("Add partnership"), {}, tr("Add terms between two organisations"),
        [this] { m_editors->addPartnership(); });

    QMenu *scenario = menuBar()->addMenu(tr("&Scenario"));
    add(scenario, tr("&New scenario…"), {}, tr("New scenario from the built-in baseline"),
        [this] { m_scenarios->newScenario(); });
    add(scenario, tr("&Duplicate scenario…"), {}, tr("Copy this scenario"), [this] { m_scenarios->duplicateScenario(); });
    add(scenario, tr("&Rename scenario…"), {}, tr("Rename this scenario"), [this] { m_scenarios->renameScenario(); });
    add(scenario, tr("De&lete scenario"), {}, tr("Delete this scenario"), [this] { m_scenarios->deleteScenario(); });
    auto *description = new DescriptionController(m_document, m_description, this);
    add(scenario, tr("Edit &Description…"), {}, tr("What this scenario assumes and why (shown under the headline)"),
        [description] { description->edit(); });
    scenario->addSeparator();
    add(scenario, tr("&Compare with…"), QKeySequence(QStringLiteral("Ctrl+K")),
        tr("Overlay another scenario, dashed, on every chart"), [this] {
            m_scenarioBar->comparisonCombo()->setFocus();
            m_scenarioBar->comparisonCombo()->showPopup();
        });
    add(scenario, tr("Compare with Scenario from &File…"), {},
        tr("Overlay a scenario of another file and list the differences"),
        [this] { m_differences->compareWithFile(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (auto *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    m_viewMenu = new ViewMenu(view, m_layout, m_theme, m_settings, this);

    new HelpMenu(this, menuBar()->addMenu(tr("&Help")));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newAct->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    openAct->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    saveAct->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    undoAct->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    redoAct->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    for (QAction *a : {newAct, openAct, saveAct})
        bar->addAction(a);
    bar->addSeparator();
    // Undo/redo texts name the edit ("Undo Set OpenAI: MFU to 0.5 fraction of peak"): icons in the
    // toolbar, the full text in the tooltip and the Edit menu.
    addUndoToolButton(bar, undoAct);
    addUndoToolButton(bar, redoAct);
    bar->addSeparator();
    bar->addWidget(m_scenarioBar);

    addToolBarBreak(); // its own row: beside the scenario bar it would push that into the overflow
    QToolBar *odds = addToolBar(tr("Monte Carlo"));
    odds->setObjectName(QStringLiteral("monteCarloToolBar"));
    odds->setMovable(false);
    odds->addWidget(m_monteCarloPanel);
}

void MainWindow::readSettings()
{
    m_layout->restore(m_settings->windowGeometry(), m_settings->windowState());
}

void MainWindow::writeSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(m_layout->saveState());
}

void MainWindow::updateTitle()
{
    // "Patel's view, edited — untitled.db* — ASI Race"
    QString name = QString::fromStdString(m_document->current().name);
    if (m_document->isScenarioEdited(m_document->currentIndex()))
        name = tr("%1, edited").arg(name);
    setWindowTitle(QStringLiteral("%1 \u2014 %2%3 \u2014 ASI Race")
                       .arg(name, m_document->displayFileName(),
                            m_document->isModified() ? QStringLiteral("*") : QString()));
    const auto &s = m_document->current();
    const auto labs = std::count_if(s.organisations.begin(), s.organisations.end(),
                                    [](const Organisation &o) { return o.isLab(); });
    statusBar()->setToolTip(tr("%1 racing labs, %2 other organisations, %3 partnerships")
                                .arg(labs)
                                .arg(qsizetype(s.organisations.size()) - labs)
                                .arg(s.partnerships.size()));
}

void MainWindow::showStatus(const QString &message) { statusBar()->showMessage(message, 10000); }

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (isDatabase(path))
        m_files->openFile(path);
    else
        m_files->importJsonFile(path);
}

} // namespace asirace
