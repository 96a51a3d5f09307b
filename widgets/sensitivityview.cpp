#include "sensitivityview.h"

#include "charts/tornadochart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace asirace {
namespace {

// How faint a chart that no longer answers the question is drawn.
constexpr double kStaleOpacity = 0.25;

} // namespace

SensitivityView::SensitivityView(QWidget *parent) : QWidget(parent)
{
    m_output = new QComboBox(this);
    m_output->setToolTip(tr("The output whose sensitivity to each uncertain input is measured."));
    m_method = new QComboBox(this);
    m_method->addItem(tr("Swings p10 → p90"), int(SensitivityMethod::OneAtATime));
    m_method->addItem(tr("Share of variance (Sobol)"), int(SensitivityMethod::FirstOrder));
    m_method->setToolTip(tr("<b>Swings</b>: each input from its p10 to its p90, one at a time.<br>"
                            "<b>Share of variance</b>: every input drawn from its distribution at once; each bar is "
                            "the share of the output's variance that input explains alone (first-order Sobol "
                            "index, ± its standard error), so you see which uncertainty the odds hinge on."));
    m_sampleOthers = new QCheckBox(tr("Others sampled"), this);
    m_sampleOthers->setToolTip(tr("Keep the other inputs uncertain (a Monte Carlo per bar) instead of at their medians: "
                                  "ranks inputs by their effect on the odds."));
    m_analyse = new QPushButton(tr("Analyse"), this);
    m_analyse->setToolTip(tr("Run the analysis for the chosen output and method."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true); // a long status must not widen the dock and squeeze its neighbours
    m_chart = new TornadoChart;
    // The output is named in the bar above and the status line: the chart's
    // own title would only repeat them, cut short.
    ChartStyle style = ChartStyle::screen();
    style.showTitle = false;
    m_chart->setChartStyle(style);
    // The plot's own minimum (legend and names side by side) would push the right end out of a narrow dock.
    m_chart->setMinimumWidth(200);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_chart);
    m_scroll->setWidgetResizable(true); // the chart takes the width; its height follows its rows
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // long labels in a narrow dock: never cut
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setMinimumHeight(40); // a docked tab under the charts must not hold the window taller
    m_fade = new QGraphicsOpacityEffect(m_scroll);
    m_fade->setOpacity(1.0);
    m_scroll->viewport()->setGraphicsEffect(m_fade);

    // One row (a short dock must not hold the window taller); the combos shrink to a few characters.
    m_output->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_output->setMinimumContentsLength(8);
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_method->setMinimumContentsLength(6);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Output:"), this));
    bar->addWidget(m_output, 2);
    bar->addWidget(m_method, 1);
    bar->addWidget(m_sampleOthers);
    bar->addWidget(m_analyse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);

    connect(m_analyse, &QPushButton::clicked, this, [this] { emit analyseRequested(currentOutput()); });
    // Choosing what to measure is asking for it: no extra click.
    connect(m_output, &QComboBox::activated, this, [this] { emit analyseRequested(currentOutput()); });
    connect(m_method, &QComboBox::activated, this, [this] {
        m_sampleOthers->setEnabled(method() == SensitivityMethod::OneAtATime);
        emit analyseRequested(currentOutput());
    });
    connect(m_sampleOthers, &QCheckBox::toggled, this, [this] { emit analyseRequested(currentOutput()); });
    fitChart();
    markStale();
}

bool SensitivityView::sampleOthers() const { return m_sampleOthers->isChecked(); }
void SensitivityView::setSampleOthers(bool on) { m_sampleOthers->setChecked(on); }

SensitivityMethod SensitivityView::method() const
{
    return SensitivityMethod(m_method->currentData().toInt());
}

void SensitivityView::setMethod(SensitivityMethod method)
{
    m_method->setCurrentIndex(m_method->findData(int(method)));
    m_sampleOthers->setEnabled(method == SensitivityMethod::OneAtATime);
}

SensitivityOptions SensitivityView::options() const
{
    SensitivityOptions options;
    options.sample_others = sampleOthers();
    options.method = method();
    return options;
}

void SensitivityView::setLabs(const QStringList &labs)
{
    const QString previous = m_output->currentData().toString();
    m_output->clear();
    m_output->addItem(tr("Winner's arrival year"), QStringLiteral("winner_arrival"));
    for (const QString &lab : labs)
        m_output->addItem(tr("P(%1 first)").arg(lab), QStringLiteral("p_first:") + lab);
    for (const QString &lab : labs)
        m_output->addItem(tr("%1 arrival year (at medians)").arg(lab), QStringLiteral("median_arrival:") + lab);
    const int keep = m_output->findData(previous);
    m_output->setCurrentIndex(keep >= 0 ? keep : 0);
}

SensitivityOutput SensitivityView::currentOutput() const
{
    auto parsed = SensitivityOutput::parse(m_output->currentData().toString().toStdString());
    return parsed.value_or(SensitivityOutput{});
}

bool SensitivityView::isChartGreyed() const
{
    return m_fade->opacity() < 1.0;
}

void SensitivityView::setGreyed(bool greyed)
{
    m_fade->setOpacity(greyed ? kStaleOpacity : 1.0);
    m_scroll->viewport()->update();
}

void SensitivityView::fitChart()
{
    // Every row at its full height; the scroll area scrolls the rest into view.
    m_chart->setMinimumHeight(m_chart->heightForRows());
}

void SensitivityView::showResult(const SensitivityResult &result)
{
    m_stale = false;
    m_chart->setResult(result);
    fitChart();
    setGreyed(false);
    const QString output = QString::fromStdString(result.output.label());
    if (result.method == SensitivityMethod::FirstOrder) {
        m_status->setText(tr("%1: share of its variance each of %2 inputs explains alone, largest on top; "
                             "%3 samples (%4 runs, events at expected values)")
                              .arg(output)
                              .arg(result.rows.size())
                              .arg(result.samples)
                              .arg(result.samples * qint64(result.rows.size() + 2)));
        return;
    }
    const QString basis = result.runs_per_point > 0
                              ? tr("each bar from %1 Monte Carlo runs%2")
                                    .arg(result.runs_per_point)
                                    .arg(result.sample_others ? tr(", the other inputs sampled")
                                                              : tr(" over bugs and ROFR declines"))
                              : tr("one deterministic run per bar, others at medians");
    m_status->setText(tr("%1: %2 inputs swung p10 to p90, largest effect on top; %3")
                          .arg(output)
                          .arg(result.rows.size())
                          .arg(basis));
}

void SensitivityView::showProgress(qint64 done, qint64 total)
{
    // The chart on screen answers an older question until the new one lands.
    setGreyed(m_chart->result().has_value());
    const QString output = QString::fromStdString(currentOutput().label());
    const QString unit = method() == SensitivityMethod::FirstOrder ? tr("samples") : tr("swings");
    m_status->setText(total > 0 ? tr("Computing %1… %2 of %3 %4").arg(output).arg(done).arg(total).arg(unit)
                                : tr("Computing %1…").arg(output));
}

void SensitivityView::showError(const QString &message)
{
    setGreyed(m_chart->result().has_value());
    m_status->setText(tr("Sensitivity failed: %1").arg(message));
}

void SensitivityView::markStale()
{
    m_stale = true;
    setGreyed(m_chart->result().has_value());
    m_status->setText(m_chart->result() ? tr("The scenario changed since this analysis (greyed): press Analyse to update.")
                                        : tr("Pick an output or press Analyse to rank the uncertain inputs."));
}

} // namespace asirace
