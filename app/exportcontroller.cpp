#include "exportcontroller.h"

#include "capabilitychart.h"
#include "chartexporter.h"
#include "chartpanel.h"
#include "exportdialog.h"
#include "exportjob.h"
#include "livecontroller.h"
#include "outcomechart.h"
#include "scenariodocument.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace asirace {

ExportController::ExportController(ScenarioDocument *document, LiveController *live, ChartPanel *charts,
                                   Settings *settings, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_live(live)
    , m_charts(charts)
    , m_settings(settings)
    , m_window(window)
{
    m_exportChart = new QAction(tr("Export &Chart…"), this);
    m_exportChart->setStatusTip(tr("Save the current chart for slides or print: PNG, SVG, PDF or its data as CSV"));
    m_exportAll = new QAction(tr("Export &All Charts…"), this);
    m_exportAll->setStatusTip(tr("Save every chart into a folder in one format"));
    m_exportReport = new QAction(tr("Export &Report…"), this);
    m_exportReport->setStatusTip(tr("One PDF: a summary page (winner, ranking, changed inputs) and every chart"));
    m_copyChart = new QAction(tr("&Copy Chart"), this);
    m_copyChart->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_copyChart->setShortcutContext(Qt::ApplicationShortcut);
    m_copyChart->setStatusTip(tr("Put the current chart on the clipboard as an image, styled for slides"));
    connect(m_exportChart, &QAction::triggered, this, &ExportController::exportChart);
    connect(m_exportAll, &QAction::triggered, this, &ExportController::exportAllCharts);
    connect(m_exportReport, &QAction::triggered, this, &ExportController::exportReport);
    connect(m_copyChart, &QAction::triggered, this, &ExportController::copyChart);

    // The chart a user last clicked or pointed at is the one "Export Chart" and "Copy Chart" mean.
    for (RaceChart *chart : m_charts->charts()) {
        chart->installEventFilter(this);
        // The chart's context menu: the right-click made it the current chart.
        connect(chart, &RaceChart::copyImageRequested, this, &ExportController::copyChart);
        connect(chart, &RaceChart::exportRequested, this, &ExportController::exportChart);
    }
}

void ExportController::addFileActions(QMenu *file)
{
    file->addAction(m_exportChart);
    file->addAction(m_exportAll);
    file->addAction(m_exportReport);
}

void ExportController::addEditActions(QMenu *edit)
{
    edit->addAction(m_copyChart);
}

bool ExportController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::Enter)
        if (auto *chart = qobject_cast<RaceChart *>(watched))
            m_current = chart;
    return QObject::eventFilter(watched, event);
}

RaceChart *ExportController::currentChart() const
{
    return m_current ? m_current.data() : static_cast<RaceChart *>(m_charts->capabilityChart());
}

ExportContext ExportController::context(const RaceChart *chart) const
{
    ExportContext context;
    context.scenario = m_document->current();
    context.edited = m_document->isScenarioEdited(m_document->currentIndex());
    context.takeFromChart(*chart);
    context.comparisonName = m_live->comparisonName();
    context.odds = m_charts->outcomeChart()->odds(); // the report's summary shows them too
    return context;
}

QString ExportController::defaultFolder() const
{
    return m_settings->lastDirectory();
}

bool ExportController::runDialog(ExportDialog &dialog)
{
    if (m_driver)
        return m_driver(dialog) && dialog.problem().isEmpty();
    return dialog.exec() == QDialog::Accepted;
}

void ExportController::finish(const QStringList &files, const std::optional<QString> &error, const QString &what)
{
    if (error) {
        emit errorShown(*error);
        if (!m_driver)
            QMessageBox::warning(m_window, tr("Export failed"), tr("Could not export %1:\n%2").arg(what, *error));
        return;
    }
    if (!files.isEmpty())
        m_settings->setLastDirectory(QFileInfo(files.front()).absolutePath());
    emit statusMessage(files.size() == 1 ? tr("Exported %1").arg(QDir::toNativeSeparators(files.front()))
                                         : tr("Exported %1 files to %2")
                                               .arg(files.size())
                                               .arg(QDir::toNativeSeparators(QFileInfo(files.front()).absolutePath())));
    emit exported(files);
}

void ExportController::exportChart()
{
    RaceChart *chart = currentChart();
    const ChartKind kind = chartKindOf(chart).value_or(ChartKind::Capability);
    ExportDialog dialog(ExportDialog::Mode::Chart, m_window);
    dialog.setOptions(m_options);
    dialog.setFormat(m_format);
    dialog.setChart(kind);
    dialog.setTarget(QDir(defaultFolder()).filePath(chartId(kind) + QLatin1Char('.') + fileSuffix(m_format)));
    if (!runDialog(dialog))
        return;
    m_options = dialog.options();
    m_format = dialog.format();
    const QFileInfo target(dialog.target());
    ExportRequest request;
    request.directory = target.absolutePath();
    request.baseName = target.completeBaseName();
    request.formats = {dialog.format()};
    request.charts = {dialog.chart()};
    request.options = m_options;
    // The chart chosen in the dialog, with what the dashboard shows for it.
    RaceChart *source = chart;
    for (RaceChart *c : m_charts->charts())
        if (chartKindOf(c) == dialog.chart())
            source = c;
    const ExportOutcome outcome = runExport(context(source), request);
    finish(outcome.files, outcome.error, target.fileName());
}

void ExportController::exportAllCharts()
{
    ExportDialog dialog(ExportDialog::Mode::AllCharts, m_window);
    dialog.setOptions(m_options);
    dialog.setFormat(m_format);
    dialog.setTarget(defaultFolder());
    if (!runDialog(dialog))
        return;
    m_options = dialog.options();
    m_format = dialog.format();
    ExportRequest request;
    request.directory = dialog.target();
    request.formats = {dialog.format()};
    request.options = m_options;
    // Every chart shares result, comparison and hidden labs; odds come from the outcome chart.
    const ExportOutcome outcome = runExport(context(m_charts->capabilityChart()), request);
    finish(outcome.files, outcome.error, tr("the charts"));
}

void ExportController::exportReport()
{
    ExportDialog dialog(ExportDialog::Mode::Report, m_window);
    dialog.setOptions(m_options);
    const QString name = QString::fromStdString(m_document->current().name).replace(QLatin1Char('/'), QLatin1Char('-'));
    dialog.setTarget(QDir(defaultFolder()).filePath(name + QStringLiteral(" report.pdf")));
    if (!runDialog(dialog))
        return;
    m_options.theme = dialog.options().theme;
    QString path = dialog.target();
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    const QFileInfo target(path);
    ExportRequest request;
    request.directory = target.absolutePath();
    request.formats.clear();
    request.report = true;
    request.reportName = target.fileName();
    request.options = m_options;
    const ExportOutcome outcome = runExport(context(m_charts->capabilityChart()), request);
    finish(outcome.files, outcome.error, target.fileName());
}

void ExportController::copyChart()
{
    RaceChart *chart = currentChart();
    const ChartKind kind = chartKindOf(chart).value_or(ChartKind::Capability);
    const ChartExporter exporter(context(chart), m_options);
    const QImage image = exporter.image(kind);
    if (image.isNull()) {
        finish({}, tr("could not render the chart"), tr("the chart"));
        return;
    }
    QApplication::clipboard()->setImage(image);
    emit statusMessage(tr("Copied the %1 chart (%2 × %3 px) to the clipboard")
                           .arg(chartId(kind))
                           .arg(image.width())
                           .arg(image.height()));
}

} // namespace asirace
