#include "scenariobar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace asirace {

ScenarioBar::ScenarioBar(QWidget *parent)
    : QWidget(parent)
    , m_scenarios(new QComboBox(this))
    , m_compare(new QComboBox(this))
{
    m_scenarios->setMinimumContentsLength(22);
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarios->setToolTip(tr("The scenario being edited; a file holds several"));
    m_compare->setMinimumContentsLength(22);
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setToolTip(tr("Overlay another scenario's result, dashed, on every chart"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(tr("Scenario:"), this);
    layout->addWidget(label);
    layout->addWidget(m_scenarios);
    auto *add = makeButton(tr("New…"), tr("New scenario from the built-in baseline"));
    auto *duplicate = makeButton(tr("Duplicate…"), tr("Copy this scenario under a new name"));
    auto *rename = makeButton(tr("Rename…"), tr("Rename this scenario"));
    auto *remove = makeButton(tr("Delete"), tr("Delete this scenario from the file"));
    for (auto *b : {add, duplicate, rename, remove})
        layout->addWidget(b);
    layout->addSpacing(18);
    layout->addWidget(new QLabel(tr("Compare with:"), this));
    layout->addWidget(m_compare);

    connect(m_scenarios, &QComboBox::activated, this, &ScenarioBar::scenarioChosen);
    connect(add, &QToolButton::clicked, this, &ScenarioBar::newRequested);
    connect(duplicate, &QToolButton::clicked, this, &ScenarioBar::duplicateRequested);
    connect(rename, &QToolButton::clicked, this, &ScenarioBar::renameRequested);
    connect(remove, &QToolButton::clicked, this, &ScenarioBar::deleteRequested);
    connect(m_compare, &QComboBox::currentIndexChanged, this,
            [this] { emit comparisonChosen(comparisonKey()); });
}

QToolButton *ScenarioBar::makeButton(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

void ScenarioBar::setScenarios(const QStringList &names, int current)
{
    const QSignalBlocker block(m_scenarios);
    m_scenarios->clear();
    m_scenarios->addItems(names);
    m_scenarios->setCurrentIndex(current);
}

void ScenarioBar::setComparisonChoices(const QStringList &fileScenarios, const QStringList &builtins,
                                       const QString &currentKey, const QString &editedScenario)
{
    const QSignalBlocker block(m_compare);
    m_compare->clear();
    m_compare->addItem(tr("(nothing)"), QString());
    for (const QString &name : fileScenarios)
        if (name != editedScenario)
            m_compare->addItem(name, QStringLiteral("file:") + name);
    QStringList extra;
    for (const QString &name : builtins)
        if (!fileScenarios.contains(name) && name != editedScenario)
            extra << name;
    if (!extra.isEmpty() && m_compare->count() > 1)
        m_compare->insertSeparator(m_compare->count());
    for (const QString &name : extra)
        m_compare->addItem(tr("%1 (built-in)").arg(name), QStringLiteral("builtin:") + name);
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(currentKey)));
}

void ScenarioBar::addOtherFileChoice(const QString &label, const QString &key)
{
    const QSignalBlocker block(m_compare);
    m_compare->insertSeparator(m_compare->count());
    m_compare->addItem(label, key);
    m_compare->setCurrentIndex(m_compare->count() - 1);
}

QString ScenarioBar::comparisonKey() const { return m_compare->currentData().toString(); }

void ScenarioBar::selectComparison(const QString &key)
{
    const int index = m_compare->findData(key);
    if (index >= 0)
        m_compare->setCurrentIndex(index);
}

} // namespace asirace
