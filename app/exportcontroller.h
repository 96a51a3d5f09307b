#pragma once
// The export actions of the main window: File > Export Chart…, Export All
// Charts…, Export Report… and Edit > Copy Chart (Ctrl+Shift+C). Gathers what
// the dashboard shows (scenario, result, comparison, odds, hidden labs) and
// hands it to widgets/export; dialogs and error boxes live here, not there.

#include "chartkind.h"
#include "exportcontext.h"
#include "exportoptions.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace asirace {

class ChartPanel;
class ExportDialog;
class LiveController;
class RaceChart;
class ScenarioDocument;
class Settings;

class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(ScenarioDocument *document, LiveController *live, ChartPanel *charts, Settings *settings,
                     QWidget *window);

    // Adds the actions to the window's menus (the main window only places them).
    void addFileActions(QMenu *file);
    void addEditActions(QMenu *edit);

    QAction *exportChartAction() const { return m_exportChart; }
    QAction *exportAllAction() const { return m_exportAll; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *copyChartAction() const { return m_copyChart; }

    // The chart last clicked or pointed at (the capability chart until then).
    RaceChart *currentChart() const;
    ExportContext context(const RaceChart *chart) const;
    const ExportOptions &lastOptions() const { return m_options; }

    void exportChart();
    void exportAllCharts();
    void exportReport();
    void copyChart();

    // Tests fill in and accept the dialog instead of a user (called after the
    // dialog is set up, before it is shown); return false to cancel.
    void setDialogDriver(std::function<bool(ExportDialog &)> driver) { m_driver = std::move(driver); }

signals:
    void statusMessage(const QString &message);
    void exported(const QStringList &files);
    void errorShown(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool runDialog(ExportDialog &dialog);
    void finish(const QStringList &files, const std::optional<QString> &error, const QString &what);
    QString defaultFolder() const;

    ScenarioDocument *m_document;
    LiveController *m_live;
    ChartPanel *m_charts;
    Settings *m_settings;
    QWidget *m_window;
    QPointer<RaceChart> m_current;
    ExportOptions m_options;                          // remembered for the next export and Copy Chart
    ExportFormat m_format = ExportFormat::Png;
    QAction *m_exportChart = nullptr;
    QAction *m_exportAll = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_copyChart = nullptr;
    std::function<bool(ExportDialog &)> m_driver;
};

} // namespace asirace
