#include "mustbetrueview.h"

#include "fieldlabel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace asirace {
namespace {

constexpr int kPathRole = Qt::UserRole + 1;

// Rows past this are the far-fetched ones (a change of several p10-p90
// widths); the list keeps them, below the ones a forecaster would argue about.
constexpr int kMaxRows = 60;

} // namespace

MustBeTrueView::MustBeTrueView(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_status(new QLabel(this)), m_list(new QListWidget(this))
{
    // One line each, never wrapped: a short dock (1280x720) must not hold the window taller.
    m_headline->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_status->setStyleSheet(QStringLiteral("color: #64748b;"));
    m_list->setToolTip(tr("Click a condition to go to its input."));
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(40);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    auto activate = [this](QListWidgetItem *item) {
        const QString path = item ? item->data(kPathRole).toString() : QString();
        if (!path.isEmpty())
            emit inputActivated(path);
    };
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(m_list, &QListWidget::itemActivated, this, activate);
    markStale();
}

QString MustBeTrueView::headline() const { return m_headline->text(); }

QStringList MustBeTrueView::conditions() const
{
    QStringList rows;
    for (int i = 0; i < m_list->count(); ++i)
        rows << m_list->item(i)->text();
    return rows;
}

void MustBeTrueView::showReport(const FlipReport &report)
{
    m_stale = false;
    m_list->setEnabled(true);
    m_list->clear();
    int flips = 0, steady = 0;
    for (const Flip &f : report.flips) {
        if (!f.flip_value) {
            ++steady;
            continue;
        }
        if (++flips > kMaxRows)
            continue;
        auto *item = new QListWidgetItem(QString::fromStdString(flipCondition(f, report.leader)), m_list);
        item->setData(kPathRole, QString::fromStdString(f.path));
        const QString instead = f.new_winner ? tr("%1 wins instead").arg(QString::fromStdString(*f.new_winner))
                                             : tr("no lab reaches ASI by the horizon");
        item->setToolTip(tr("At %1 %2.<br>A change of %3 of its %4.<br><i>Click to go to the input.</i>")
                             .arg(QString::number(*f.flip_value, 'g', 5), instead,
                                  QString::number(f.relative_change, 'g', 2),
                                  f.width_from_distribution ? tr("p10-p90 width") : tr("allowed range")));
    }
    m_headline->setText(QString::fromStdString(flipHeadline(report)) + (flips ? QStringLiteral(":") : QString()));
    QString status = tr("Each input alone, the others held; nearest change first. %1 inputs never flip the race "
                        "within their allowed range.")
                         .arg(steady);
    if (flips > kMaxRows)
        status += tr(" %1 further conditions need larger changes.").arg(flips - kMaxRows);
    if (flips == 0)
        status = tr("No single input flips the race within its allowed range.");
    m_status->setText(status);
    m_status->setToolTip(status); // the line may be cut in a narrow dock
}

void MustBeTrueView::showProgress(qint64 done, qint64 total)
{
    m_list->setEnabled(false); // the rows answer the scenario before the edit
    m_status->setText(total > 0 ? tr("Searching… %1 of %2").arg(done).arg(total) : tr("Searching…"));
}

void MustBeTrueView::showError(const QString &message)
{
    m_list->setEnabled(false);
    m_status->setText(tr("The search failed: %1").arg(message));
}

void MustBeTrueView::markStale()
{
    m_stale = true;
    m_list->setEnabled(m_list->count() == 0);
    if (m_list->count() > 0)
        m_status->setText(tr("The scenario changed: searching again shortly…"));
    else
        m_headline->setText(tr("What must be true for the winner to stay first"));
}

} // namespace asirace
