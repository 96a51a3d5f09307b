#include "montecarlopanel.h"

#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSpinBox>
#include <QToolButton>

namespace asirace {

MonteCarloPanel::MonteCarloPanel(QWidget *parent) : QWidget(parent)
{
    m_enabled = new QCheckBox(tr("Monte Carlo"), this);
    m_enabled->setToolTip(tr("Draw every uncertain input from its distribution and show the odds of each outcome "
                             "(P(first), arrival ranges) instead of a single run."));
    m_runs = new QComboBox(this);
    m_runs->setEditable(true);
    for (qint64 n : {500, 2000, 10000, 50000, 200000, 1000000})
        m_runs->addItem(QLocale().toString(n), n);
    m_runs->setToolTip(tr("Runs to reach; the estimate refines progressively while you are idle (max 1,000,000)."));
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, 1'000'000'000);
    m_seed->setPrefix(tr("seed "));
    m_seed->setToolTip(tr("Same seed, same odds: results do not depend on the number of threads."));
    // Like every value input of the app: the wheel changes them only with focus.
    WheelGuard::install(m_runs);
    WheelGuard::install(m_seed);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_factors = new QToolButton(this);
    m_factors->setObjectName(QStringLiteral("sharedFactorsButton"));
    m_factors->setText(tr("Shared factors..."));
    m_factors->setToolTip(tr("The common shocks each run draws once (chip supply, export controls, the AI market, "
                             "funding, algorithmic progress, power) and the inputs they move together."));
    connect(m_factors, &QToolButton::clicked, this, &MonteCarloPanel::factorsRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_runs);
    layout->addWidget(m_seed);
    layout->addWidget(m_progress);
    layout->addWidget(m_factors);
    layout->addWidget(m_status, 1);

    setRuns(2000);
    setSeed(1);
    m_runs->setEnabled(false);
    m_seed->setEnabled(false);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_runs->setEnabled(on);
        m_seed->setEnabled(on);
        if (!on)
            showIdle({});
        emit enabledChanged(on);
    });
    connect(m_runs, &QComboBox::currentTextChanged, this, &MonteCarloPanel::settingsChanged);
    connect(m_seed, &QSpinBox::valueChanged, this, &MonteCarloPanel::settingsChanged);
}

bool MonteCarloPanel::isEnabledByUser() const { return m_enabled->isChecked(); }
void MonteCarloPanel::setEnabledByUser(bool on) { m_enabled->setChecked(on); }

qint64 MonteCarloPanel::runs() const
{
    bool ok = false;
    const qint64 n = QLocale().toLongLong(m_runs->currentText(), &ok);
    const qint64 plain = ok ? n : m_runs->currentText().toLongLong(&ok);
    return ok ? std::clamp<qint64>(plain, 1, 1'000'000) : 2000;
}

void MonteCarloPanel::setRuns(qint64 runs)
{
    m_runs->setCurrentText(QLocale().toString(runs));
}

quint64 MonteCarloPanel::seed() const { return quint64(m_seed->value()); }
void MonteCarloPanel::setSeed(quint64 seed) { m_seed->setValue(int(seed)); }

void MonteCarloPanel::showProgress(qint64 done, qint64 total)
{
    m_progress->setVisible(done < total);
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    m_status->setText(done < total ? tr("%1 of %2 runs").arg(QLocale().toString(done), QLocale().toString(total))
                                   : tr("%1 runs").arg(QLocale().toString(done)));
}

void MonteCarloPanel::showIdle(const QString &text)
{
    m_progress->setVisible(false);
    m_status->setText(text);
}

void MonteCarloPanel::showError(const QString &message)
{
    m_progress->setVisible(false);
    m_status->setText(tr("Monte Carlo failed: %1").arg(message));
}

} // namespace asirace
