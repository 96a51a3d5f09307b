#include "livecontroller.h"

#include "builtinscenarios.h"
#include "chartpanel.h"
#include "headlineband.h"
#include "leaderboard.h"
#include "scenariodocument.h"
#include "jobrunner.h"
#include "simulator.h"
#include "vectorstate.h"


namespace asirace {

LiveController::LiveController(ScenarioDocument *document, ChartPanel *charts, Leaderboard *leaderboard,
                               HeadlineBand *headline, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_charts(charts)
    , m_leaderboard(leaderboard)
    , m_headline(headline)
    , m_runner(new JobRunner(this))
    , m_comparisonRunner(new JobRunner(this))
{
    connect(m_document, &ScenarioDocument::edited, this, [this](DocumentChange change) {
        if (change == DocumentChange::Scenario) {
            onScenarioListChanged(); // a rename may change what "file:NAME" points to
            return;
        }
        resimulate();
        // Comparing with the scenario being edited: keep the overlay honest too.
        if (comparisonScenario() == &m_document->current())
            resimulateComparison();
    });
    connect(m_document, &ScenarioDocument::currentChanged, this, &LiveController::resimulate);
    connect(m_document, &ScenarioDocument::scenarioListChanged, this, &LiveController::onScenarioListChanged);
    for (JobRunner *runner : {m_runner, m_comparisonRunner})
        connect(runner, &JobRunner::failed, this, [](const QString &message) {
            // The scenario was validated, so this is a model bug: the views keep the last good result.
            qWarning("simulation failed: %s", qPrintable(message));
        });
    resimulate();
}

void LiveController::request(JobRunner *runner, const Scenario &scenario,
                             void (LiveController::*onResult)(std::shared_ptr<const SimulationResult>))
{
    runner->submit(
        [scenario](const CancelToken &token) {
            return std::make_shared<const SimulationResult>(simulate(scenario, token.flag()));
        },
        [this, onResult](std::shared_ptr<const SimulationResult> result) {
            if (!result->cancelled) // a cancelled run is stale anyway; never show a partial race
                (this->*onResult)(std::move(result));
        });
}

void LiveController::resimulate() { request(m_runner, m_document->current(), &LiveController::onResult); }

void LiveController::resimulateComparison()
{
    if (const Scenario *s = comparisonScenario())
        request(m_comparisonRunner, *s, &LiveController::onComparisonResult);
}

const Scenario *LiveController::comparisonScenario() const
{
    const QString name = m_comparisonKey.section(QLatin1Char(':'), 1);
    if (m_comparisonKey.startsWith(QLatin1String("file:"))) {
        const int index = m_document->indexOf(name);
        return index >= 0 ? &m_document->scenario(index) : nullptr;
    }
    if (m_comparisonKey.startsWith(QLatin1String("builtin:"))) {
        for (const auto &s : builtinScenarios())
            if (QString::fromStdString(s.name) == name)
                return &s;
    }
    if (m_comparisonKey.startsWith(QLatin1String("other:")) && m_otherFileScenario)
        return &*m_otherFileScenario;
    return nullptr;
}

void LiveController::setComparisonFromFile(Scenario scenario, const QString &fileName)
{
    const QString name = QString::fromStdString(scenario.name);
    m_otherFileScenario = std::move(scenario);
    m_otherFileName = fileName;
    setComparison(QStringLiteral("other:") + name);
}

QString LiveController::comparisonName() const
{
    const Scenario *s = comparisonScenario();
    if (!s)
        return {};
    const QString name = QString::fromStdString(s->name);
    if (m_comparisonKey.startsWith(QLatin1String("other:")))
        return tr("%1 (from %2)").arg(name, m_otherFileName);
    return m_comparisonKey.startsWith(QLatin1String("builtin:")) ? tr("%1 (built-in)").arg(name) : name;
}

void LiveController::setComparison(const QString &key)
{
    m_comparisonKey = key;
    m_comparisonResult.reset();
    if (!comparisonScenario())
        m_comparisonKey.clear();
    m_charts->setComparisonName(comparisonName());
    emit comparisonChanged(m_comparisonKey);
    if (m_comparisonKey.isEmpty())
        show(); // drop the overlay now
    else
        resimulateComparison();
}

void LiveController::onScenarioListChanged()
{
    if (!m_comparisonKey.isEmpty() && !comparisonScenario())
        setComparison({}); // the compared scenario was renamed or deleted
}

void LiveController::onResult(std::shared_ptr<const SimulationResult> result)
{
    m_result = std::move(result);
    show();
}

void LiveController::onComparisonResult(std::shared_ptr<const SimulationResult> result)
{
    m_comparisonResult = std::move(result);
    show();
}

void LiveController::show()
{
    if (!m_result)
        return;
    clearUpperVectorState(); // the views compute with floating point from here on (see vectorstate.h)
    m_charts->setEvents(chartEventsOf(m_document->current()));
    m_charts->setResult(m_result, m_comparisonResult);
    m_charts->setScenarioName(QString::fromStdString(m_document->current().name));
    m_leaderboard->setResults(m_result, m_comparisonResult, comparisonName());
    m_headline->setText(m_leaderboard->headline());
    emit resultShown();
}

} // namespace asirace
