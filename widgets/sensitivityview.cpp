#include "sensitivityview.h"

#include "charts/tornadochart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace asirace {

SensitivityView::SensitivityView(QWidget *parent) : QWidget(parent)
{
    m_output = new QComboBox(this);
    m_output->setToolTip(tr("The output whose sensitivity to each uncertain input is measured."));
    m_sampleOthers = new QCheckBox(tr("Others sampled"), this);
    m_sampleOthers->setToolTip(tr("Keep the other inputs uncertain (a Monte Carlo per bar) instead of at their medians: "
                                  "ranks inputs by their effect on the odds."));
    m_analyse = new QPushButton(tr("Analyse"), this);
    m_analyse->setToolTip(tr("Swing each uncertain input from its p10 to its p90 with the others at their medians."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true); // a long status must not widen the dock and squeeze its neighbours
    m_chart = new TornadoChart(this);
    // The output is named in the bar above and the rows left out in the
    // status line: the chart's own title would only repeat them, cut short.
    ChartStyle style = ChartStyle::screen();
    style.showTitle = false;
    m_chart->setChartStyle(style);
    m_chart->setMinimumHeight(40); // a docked tab under the charts must not hold the window taller

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Output:"), this));
    bar->addWidget(m_output, 1);
    bar->addWidget(m_sampleOthers);
    bar->addWidget(m_analyse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);

    connect(m_analyse, &QPushButton::clicked, this, [this] { emit analyseRequested(currentOutput()); });
    // Choosing what to measure is asking for it: no extra click.
    connect(m_output, &QComboBox::activated, this, [this] { emit analyseRequested(currentOutput()); });
    connect(m_sampleOthers, &QCheckBox::toggled, this, [this] { emit analyseRequested(currentOutput()); });
    markStale();
}

bool SensitivityView::sampleOthers() const { return m_sampleOthers->isChecked(); }
void SensitivityView::setSampleOthers(bool on) { m_sampleOthers->setChecked(on); }

SensitivityOptions SensitivityView::options() const
{
    SensitivityOptions options;
    options.sample_others = sampleOthers();
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

void SensitivityView::showResult(const SensitivityResult &result)
{
    m_stale = false;
    m_chart->setResult(result);
    const QString basis = result.runs_per_point > 0
                              ? tr("each bar from %1 Monte Carlo runs%2")
                                    .arg(result.runs_per_point)
                                    .arg(result.sample_others ? tr(", the other inputs sampled")
                                                              : tr(" over bugs and ROFR declines"))
                              : tr("one deterministic run per bar, others at medians");
    m_status->setText(tr("%1 inputs swung p10 to p90, largest effect on top; %2")
                          .arg(result.rows.size())
                          .arg(basis));
}

void SensitivityView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitRows();
}

void SensitivityView::fitRows()
{
    // About 18 px per row (a label each) below the axis and legend: a short
    // dock shows the largest effects rather than overlapping names.
    const int chartHeight = height() - 60;
    const int rows = std::clamp((chartHeight - 60) / 18, 3, 15);
    if (rows != m_fittedRows) {
        m_fittedRows = rows;
        m_chart->setMaxRows(rows);
    }
}

void SensitivityView::showProgress(qint64 done, qint64 total)
{
    m_status->setText(total > 0 ? tr("Computing… %1 of %2 swings").arg(done).arg(total) : tr("Computing…"));
}

void SensitivityView::showError(const QString &message)
{
    m_status->setText(tr("Sensitivity failed: %1").arg(message));
}

void SensitivityView::markStale()
{
    m_stale = true;
    m_status->setText(m_chart->result() ? tr("The scenario changed since this analysis: press Analyse to update.")
                                        : tr("Pick an output or press Analyse to rank the uncertain inputs."));
}

} // namespace asirace
