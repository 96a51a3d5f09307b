#include "leaderboard.h"

#include "comparetext.h"
#include "leaderboardmodel.h"
#include "racetext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace asirace {

Leaderboard::Leaderboard(QWidget *parent)
    : QWidget(parent)
    , m_model(new LeaderboardModel(this))
    , m_headline(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);

    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_view, 1);
}

void Leaderboard::setResult(std::shared_ptr<const SimulationResult> result)
{
    m_result = result;
    updateHeadline();
    m_model->setResult(std::move(result));
}

void Leaderboard::setComparison(std::shared_ptr<const SimulationResult> compared, const QString &name)
{
    m_comparison = compared;
    m_comparisonName = name;
    updateHeadline();
    m_model->setComparison(std::move(compared), name);
}

void Leaderboard::setResults(std::shared_ptr<const SimulationResult> result,
                             std::shared_ptr<const SimulationResult> compared, const QString &name)
{
    m_result = result;
    m_comparison = compared;
    m_comparisonName = name;
    updateHeadline();
    m_model->setResults(std::move(result), std::move(compared), name);
}

void Leaderboard::updateHeadline()
{
    QString text = m_result ? raceHeadline(*m_result) : QString();
    if (m_result && m_comparison)
        text += QLatin1Char('\n') + compareHeadline(*m_result, *m_comparison, m_comparisonName);
    m_headline->setText(text);
}

void Leaderboard::setOdds(std::shared_ptr<const MonteCarloResult> odds)
{
    m_model->setOdds(std::move(odds));
}

QString Leaderboard::headline() const
{
    return m_headline->text();
}

void Leaderboard::setHeadlineVisible(bool visible)
{
    m_headline->setVisible(visible);
}

void Leaderboard::setMonthIndex(int index)
{
    m_model->setMonthIndex(index);
}

} // namespace asirace
