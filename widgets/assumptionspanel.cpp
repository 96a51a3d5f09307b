#include "assumptionspanel.h"

#include "distributionlookup.h"
#include "fieldpath.h"
#include "fieldslider.h"
#include "fieldtooltip.h"
#include "messagebanner.h"
#include "valueformat.h"
#include "wheelguard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace asirace {
namespace {

template <class Owner>
SliderSpec specOf(const NumericField<Owner> &f)
{
    SliderSpec spec;
    spec.name = QString::fromUtf8(f.name.data(), qsizetype(f.name.size()));
    spec.label = fieldLabelOf(f);
    spec.unit = QString::fromUtf8(f.unit.data(), qsizetype(f.unit.size()));
    spec.toolTip = fieldTooltip(f);
    spec.min = f.min;
    spec.max = f.max;
    spec.defaultValue = f.defaultValue;
    spec.type = f.type;
    spec.logScale = f.logScale;
    return spec;
}

} // namespace

const QStringList &AssumptionsPanel::labFields()
{
    static const QStringList fields{"willpower", "capex_growth", "tokens_per_param", "moe_expert_imbalance",
                                    "mfu",       "checkpoint_minutes", "caution", "chip_access"};
    return fields;
}

AssumptionsPanel::AssumptionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_labGroup(new QGroupBox(tr("Selected lab"), this))
    , m_scalingLaw(new QComboBox(this))
    , m_banner(new MessageBanner(this))
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(6, 6, 10, 6);
    column->setSpacing(10);

    auto *labLayout = new QVBoxLayout(m_labGroup);
    labLayout->setSpacing(2);
    for (const QString &name : labFields()) {
        const auto *field = findNumericField(organisationNumericFields(), name.toStdString());
        Q_ASSERT(field);
        auto *slider = new FieldSlider(specOf(*field), m_labGroup);
        labLayout->addWidget(slider);
        m_sliders[QStringLiteral("lab.") + name] = slider;
        connect(slider, &FieldSlider::valueEdited, this, [this, name](double value, bool continues) {
            submit(m_selected + QLatin1Char('.') + name, exactValue(value), continues);
        });
        connect(slider, &FieldSlider::distributionRequested, this, [this, name] {
            if (!m_selected.isEmpty())
                emit distributionEditRequested(m_selected + QLatin1Char('.') + name);
        });
    }
    column->addWidget(m_labGroup);

    auto *global = new QGroupBox(tr("Global assumptions"), this);
    auto *globalLayout = new QVBoxLayout(global);
    globalLayout->setSpacing(2);
    const auto *law = findTextField(assumptionTextFields(), "scaling_law");
    auto *lawRow = new QFormLayout;
    for (auto choice : law->choices)
        m_scalingLaw->addItem(fromView(choice));
    m_scalingLaw->setToolTip(fromView(law->description));
    WheelGuard::install(m_scalingLaw);
    lawRow->addRow(tr("Scaling law"), m_scalingLaw);
    globalLayout->addLayout(lawRow);
    connect(m_scalingLaw, &QComboBox::currentTextChanged, this,
            [this](const QString &text) { submit(QStringLiteral("assumptions.scaling_law"), text, false); });
    for (const auto &field : assumptionNumericFields()) {
        auto *slider = new FieldSlider(specOf(field), global);
        globalLayout->addWidget(slider);
        const QString path = QStringLiteral("assumptions.") + fromView(field.name);
        m_sliders[path] = slider;
        connect(slider, &FieldSlider::valueEdited, this,
                [this, path](double value, bool continues) { submit(path, exactValue(value), continues); });
        connect(slider, &FieldSlider::distributionRequested, this, [this, path] { emit distributionEditRequested(path); });
    }
    column->addWidget(global);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    connect(this, &AssumptionsPanel::inputRejected, m_banner, &MessageBanner::showError);
}

void AssumptionsPanel::setScenario(const Scenario *scenario, const Scenario *reference)
{
    m_scenario = scenario;
    m_reference = reference;
    if (m_scenario && !m_scenario->findOrganisation(m_selected.toStdString())) {
        const auto &orgs = m_scenario->organisations;
        m_selected = orgs.empty() ? QString() : QString::fromStdString(orgs.front().name);
    }
    updateDefaults();
    refresh();
}

void AssumptionsPanel::setSelectedOrganisation(const QString &name)
{
    if (name == m_selected || !m_scenario || !m_scenario->findOrganisation(name.toStdString()))
        return;
    m_selected = name;
    updateDefaults();
    refresh();
}

FieldSlider *AssumptionsPanel::slider(const QString &key) const
{
    auto it = m_sliders.find(key);
    return it == m_sliders.end() ? nullptr : it->second;
}

QString AssumptionsPanel::pathOf(const QString &key) const
{
    return key.startsWith(QStringLiteral("lab.")) ? m_selected + key.mid(3) : key;
}

void AssumptionsPanel::updateUncertainty(const QString &key)
{
    FieldSlider *s = slider(key);
    if (!s || !m_scenario)
        return;
    const std::string path = pathOf(key).toStdString();
    std::optional<FieldSlider::Uncertainty> mark;
    if (const auto index = findDistribution(*m_scenario, path)) {
        const Distribution &d = m_scenario->distributions[*index];
        const auto spread = distributionSpread(*m_scenario, d);
        if (spread && spread->uncertain)
            mark = FieldSlider::Uncertainty{spread->p10, spread->p90, QString::fromStdString(distributionSummary(d))};
    }
    s->setUncertainty(mark);
}

void AssumptionsPanel::updateDefaults()
{
    // Reset returns to the scenario's own value as opened or saved, so a fresh
    // scenario shows nothing as moved; the declared default only without one.
    const QString saved = tr("the scenario's saved value");
    for (const auto &field : assumptionNumericFields())
        m_sliders.at(QStringLiteral("assumptions.") + fromView(field.name))
            ->setDefaultValue(m_reference ? m_reference->assumptions.*field.member : field.defaultValue,
                              m_reference ? saved : tr("default"));
    const Organisation *base = m_reference ? m_reference->findOrganisation(m_selected.toStdString()) : nullptr;
    const QString origin = base ? saved : tr("default");
    for (const QString &name : labFields()) {
        const auto *field = findNumericField(organisationNumericFields(), name.toStdString());
        m_sliders.at(QStringLiteral("lab.") + name)->setDefaultValue(base ? base->*field->member : field->defaultValue, origin);
    }
    m_labGroup->setTitle(m_selected.isEmpty() ? tr("Selected lab (choose one in the Labs table)")
                                              : tr("Selected lab: %1").arg(m_selected));
}

void AssumptionsPanel::refresh()
{
    if (!m_scenario)
        return;
    const auto &a = m_scenario->assumptions;
    for (const auto &field : assumptionNumericFields())
        m_sliders.at(QStringLiteral("assumptions.") + fromView(field.name))->setValue(a.*field.member);
    {
        const QSignalBlocker block(m_scalingLaw);
        m_scalingLaw->setCurrentText(QString::fromStdString(a.scaling_law));
    }
    for (const auto &entry : m_sliders)
        updateUncertainty(entry.first);
    const Organisation *org = m_scenario->findOrganisation(m_selected.toStdString());
    m_labGroup->setEnabled(org != nullptr);
    if (!org)
        return;
    for (const QString &name : labFields()) {
        const auto *field = findNumericField(organisationNumericFields(), name.toStdString());
        m_sliders.at(QStringLiteral("lab.") + name)->setValue(org->*field->member);
    }
}

void AssumptionsPanel::refreshPath(const QString &path)
{
    if (!m_scenario)
        return;
    const auto parsed = FieldPath::parse(path.toStdString());
    if (!parsed)
        return; // names nothing shown here
    const std::string &field = parsed->field;
    if (parsed->owner == FieldPath::Owner::Assumptions) {
        if (const auto *f = findNumericField(assumptionNumericFields(), field)) {
            updateUncertainty(path);
            return m_sliders.at(path)->setValue(m_scenario->assumptions.*f->member);
        }
        return refresh(); // the scaling law
    }
    if (parsed->owner != FieldPath::Owner::Organisation || QString::fromStdString(parsed->org) != m_selected ||
        !labFields().contains(QString::fromStdString(field)))
        return; // not shown here
    const Organisation *org = m_scenario->findOrganisation(m_selected.toStdString());
    const auto *f = findNumericField(organisationNumericFields(), field);
    if (org && f) {
        const QString key = QStringLiteral("lab.") + QString::fromStdString(field);
        updateUncertainty(key);
        m_sliders.at(key)->setValue(org->*f->member);
    }
}

void AssumptionsPanel::submit(const QString &path, const QString &value, bool continuesPrevious)
{
    if (!m_handler)
        return;
    EditRequest request;
    request.path = path;
    request.value = value;
    request.continuesPrevious = continuesPrevious;
    const QString reason = m_handler(request);
    if (!reason.isEmpty()) {
        emit inputRejected(reason);
        refresh(); // snap back to the value the scenario holds
    } else {
        m_banner->clearMessage();
    }
}

} // namespace asirace
