#include "differencespanel.h"

#include "export/summarypage.h"
#include "racetext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace asirace {
namespace {
QString qs(const std::string &text) { return QString::fromStdString(text); }

QString shiftText(double months)
{
    const double magnitude = std::abs(months);
    if (magnitude < 0.05)
        return QObject::tr("no change");
    const QString amount = magnitude < 24 ? QObject::tr("%1 months").arg(magnitude, 0, 'f', magnitude < 10 ? 1 : 0)
                                          : QObject::tr("%1 years").arg(magnitude / 12.0, 0, 'f', 1);
    return months > 0 ? QObject::tr("%1 later").arg(amount) : QObject::tr("%1 earlier").arg(amount);
}
} // namespace

QString effectText(const DifferenceEffects &effects, size_t i)
{
    if (i >= effects.effects.size())
        return QObject::tr("computing…");
    const DifferenceEffect &effect = effects.effects[i];
    if (!effect.ran)
        return QObject::tr("cannot run alone");
    if (effects.winner.empty())
        return effect.winner.empty() ? QObject::tr("still nobody arrives")
                                     : QObject::tr("%1 arrives, %2").arg(qs(effect.winner), formatMonthYear(*effect.arrival));
    const QString winner = qs(effects.winner);
    QString text;
    if (const auto shift = effects.shiftMonths(i))
        text = shiftText(*shift);
    else
        text = QObject::tr("%1 no longer arrives").arg(winner);
    if (!effect.winner.empty() && effect.winner != effects.winner)
        text += QObject::tr(" (%1 wins)").arg(qs(effect.winner));
    return text;
}

DifferencesPanel::DifferencesPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("differencesTable"));
    m_table->setHorizontalHeaderLabels({tr("Input"), tr("Effect on the winner's arrival"), tr("This scenario"),
                                        tr("Compared"), tr("Unit")});
    m_table->horizontalHeaderItem(EffectColumn)
        ->setToolTip(tr("This scenario with only this one difference taken from the compared scenario, run "
                        "deterministically: how the current winner's ASI arrival moves"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int c : {InputColumn, EffectColumn, ThisColumn, ComparedColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    showMessage(tr("Pick a scenario in Compare with (this file, a built-in or Scenario > Compare with Scenario "
                   "from File…) to list what differs."));
}

void DifferencesPanel::showMessage(const QString &message)
{
    m_table->setRowCount(0);
    m_summary->setText(message);
}

void DifferencesPanel::setChanges(const std::vector<InputChange> &changes, const QString &thisName,
                                  const QString &comparedName)
{
    // Short headers keep the values in view; the names are in the line above and the tooltips.
    m_table->horizontalHeaderItem(ThisColumn)->setToolTip(thisName);
    m_table->horizontalHeaderItem(ComparedColumn)->setToolTip(comparedName);
    m_table->setRowCount(int(changes.size()));
    for (int r = 0; r < int(changes.size()); ++r) {
        const InputChange &c = changes[size_t(r)];
        QString values[ColumnCount];
        values[InputColumn] = qs(c.label);
        values[EffectColumn] = tr("computing…");
        values[ThisColumn] = formatInputValue(c.baselineValue, c.baselineText);
        values[ComparedColumn] = formatInputValue(c.value, c.text);
        values[UnitColumn] = qs(c.unit);
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(values[col]);
            item->setToolTip(col == InputColumn ? qs(c.path) : values[col]);
            m_table->setItem(r, col, item);
        }
    }
    m_summary->setText(changes.empty() ? tr("%1 and %2 have the same inputs.").arg(thisName, comparedName)
                                       : tr("%n difference(s) between %1 and %2.", nullptr, int(changes.size()))
                                             .arg(thisName, comparedName));
}

void DifferencesPanel::setEffects(const DifferenceEffects &effects)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (auto *item = m_table->item(r, EffectColumn))
            item->setText(effectText(effects, size_t(r)));
    if (!effects.winner.empty() && effects.winnerArrival)
        m_table->horizontalHeaderItem(EffectColumn)
            ->setText(tr("Effect on %1's arrival (%2 here)").arg(qs(effects.winner), formatMonthYear(*effects.winnerArrival)));
}

QString DifferencesPanel::summary() const { return m_summary->text(); }

} // namespace asirace
