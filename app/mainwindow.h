#pragma once
// The dashboard window: the place where the document, the editors, the charts
// and the controllers are created and connected. Behaviour lives in the
// controllers (files, editors, live simulation, scenarios).

#include <QMainWindow>

class QLabel;

namespace asirace {

class AssumptionsPanel;
class ChartPanel;
class DistributionController;
class DescriptionLine;
class DocumentUndoKeys;
class HeadlineBand;
class HelpMenu;
class Theme;
class ViewMenu;
class WindowLayout;
class DifferencesController;
class DifferencesPanel;
class EditorController;
class EventsController;
class EventsTableModel;
class ExportController;
class FileController;
class FlipsController;
class InputFocus;
class LabsTableModel;
class Leaderboard;
class LiveController;
class MonteCarloController;
class MonteCarloPanel;
class MustBeTrueView;
class PartnershipsTableModel;
class ProvenanceController;
class ProvenancePanel;
class RecentFiles;
class ScenarioBar;
class ScenarioController;
class ScenarioDocument;
class SensitivityView;
class Settings;
class TableEditor;
class WhyController;
class WhyPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Starts with the built-in scenarios ("Evidence baseline" first), untitled.
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ScenarioDocument *document() const { return m_document; }
    FileController *files() const { return m_files; }
    EditorController *editors() const { return m_editors; }
    LiveController *live() const { return m_live; }
    ChartPanel *chartPanel() const { return m_charts; }
    Leaderboard *leaderboard() const { return m_leaderboard; }
    HeadlineBand *headline() const { return m_headline; }
    TableEditor *labsEditor() const { return m_labsEditor; }
    LabsTableModel *labsModel() const { return m_labsModel; }
    TableEditor *partnershipsEditor() const { return m_partnershipsEditor; }
    PartnershipsTableModel *partnershipsModel() const { return m_partnershipsModel; }
    TableEditor *eventsEditor() const { return m_eventsEditor; }
    EventsTableModel *eventsModel() const { return m_eventsModel; }
    EventsController *events() const { return m_events; }
    AssumptionsPanel *assumptionsPanel() const { return m_assumptions; }
    ScenarioBar *scenarioBar() const { return m_scenarioBar; }
    ExportController *exportController() const { return m_export; }
    MonteCarloPanel *monteCarloPanel() const { return m_monteCarloPanel; }
    MonteCarloController *monteCarlo() const { return m_monteCarlo; }
    SensitivityView *sensitivityView() const { return m_sensitivity; }
    WhyPanel *whyPanel() const { return m_whyPanel; }
    WhyController *why() const { return m_why; }
    MustBeTrueView *mustBeTrueView() const { return m_mustBeTrue; }
    FlipsController *flips() const { return m_flips; }
    DistributionController *distributions() const { return m_distributions; }
    InputFocus *inputFocus() const { return m_focus; }
    WindowLayout *windowLayout() const { return m_layout; }
    Theme *theme() const { return m_theme; }
    ViewMenu *viewMenu() const { return m_viewMenu; }
    DescriptionLine *descriptionLine() const { return m_description; }
    ProvenancePanel *provenancePanel() const { return m_provenancePanel; }
    DifferencesPanel *differencesPanel() const { return m_differencesPanel; }
    DifferencesController *differences() const { return m_differences; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPanels();
    void createDocks();
    void createActions();
    void createOddsTools();
    void readSettings();
    void writeSettings();
    void updateTitle();
    void showStatus(const QString &message);

    Settings *m_settings;
    ScenarioDocument *m_document;
    HeadlineBand *m_headline = nullptr;
    ChartPanel *m_charts = nullptr;
    Leaderboard *m_leaderboard = nullptr;
    LabsTableModel *m_labsModel = nullptr;
    PartnershipsTableModel *m_partnershipsModel = nullptr;
    TableEditor *m_labsEditor = nullptr;
    TableEditor *m_partnershipsEditor = nullptr;
    EventsTableModel *m_eventsModel = nullptr;
    TableEditor *m_eventsEditor = nullptr;
    AssumptionsPanel *m_assumptions = nullptr;
    ScenarioBar *m_scenarioBar = nullptr;
    MonteCarloPanel *m_monteCarloPanel = nullptr;
    SensitivityView *m_sensitivity = nullptr;
    FileController *m_files = nullptr;
    EditorController *m_editors = nullptr;
    EventsController *m_events = nullptr;
    LiveController *m_live = nullptr;
    ScenarioController *m_scenarios = nullptr;
    RecentFiles *m_recent = nullptr;
    ExportController *m_export = nullptr;
    MonteCarloController *m_monteCarlo = nullptr;
    WhyPanel *m_whyPanel = nullptr;
    WhyController *m_why = nullptr;
    MustBeTrueView *m_mustBeTrue = nullptr;
    FlipsController *m_flips = nullptr;
    DistributionController *m_distributions = nullptr;
    InputFocus *m_focus = nullptr;
    WindowLayout *m_layout = nullptr;
    Theme *m_theme = nullptr;
    ViewMenu *m_viewMenu = nullptr;
    DescriptionLine *m_description = nullptr;
    ProvenancePanel *m_provenancePanel = nullptr;
    DifferencesPanel *m_differencesPanel = nullptr;
    ProvenanceController *m_provenance = nullptr;
    DifferencesController *m_differences = nullptr;
};

} // namespace asirace
