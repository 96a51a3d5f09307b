#include "whypanel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace asirace {
namespace {

constexpr int kMaxRowHeight = 26;
// Below this height the panel shows only the title and the bars (a laptop's
// bottom dock); the reading notes move into the title's tooltip.
constexpr int kCaptionsMinHeight = 300;

int minRowHeight(const QWidget &widget) { return widget.fontMetrics().height() + 2; }

WhyBarStyle screenStyle(const QWidget &widget, int rowHeight)
{
    WhyBarStyle style;
    style.font = widget.font();
    // Text follows the window palette (light or dark); the bar colours read on both.
    style.text = widget.palette().color(QPalette::WindowText);
    style.muted = widget.palette().color(QPalette::PlaceholderText);
    style.axis = widget.palette().color(QPalette::Mid);
    style.rowHeight = rowHeight;
    const QFontMetrics metrics(style.font);
    style.labelWidth = metrics.horizontalAdvance(QStringLiteral("Run physics and allocation")) + 16;
    style.valueWidth = metrics.horizontalAdvance(QStringLiteral("\u2265 +120 months")) + 12;
    return style;
}

} // namespace

WhyBarsView::WhyBarsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("whyBars"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void WhyBarsView::setRows(std::vector<WhyRow> rows)
{
    m_rows = std::move(rows);
    m_rects.clear();
    updateGeometry();
    update();
}

const std::vector<WhyRow> &WhyBarsView::rows() const { return m_rows; }

int WhyBarsView::rowAt(const QPoint &pos) const
{
    // Rows are laid out from the top in fixed heights, painted or not yet.
    if (pos.y() < 0 || pos.x() < 0 || pos.x() > width())
        return -1;
    const int row = pos.y() / rowHeight();
    return row < int(m_rows.size()) ? row : -1;
}

int WhyBarsView::rowHeight() const
{
    const int rows = std::max(1, int(m_rows.size()));
    return std::clamp(height() / rows, minRowHeight(*this), std::max(minRowHeight(*this), kMaxRowHeight));
}

QSize WhyBarsView::sizeHint() const { return {520, int(std::max<size_t>(m_rows.size(), 7)) * 22}; }

QSize WhyBarsView::minimumSizeHint() const { return {320, int(m_rows.size()) * minRowHeight(*this)}; }

void WhyBarsView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    m_rects = paintWhyBars(painter, QRectF(rect()), m_rows, screenStyle(*this, rowHeight()));
}

bool WhyBarsView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_rows[size_t(row)].tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

WhyPanel::WhyPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_bars(new WhyBarsView(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("whyPanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("whyTitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setObjectName(QStringLiteral("whySubtitle"));
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("whyNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(tr("Months of ASI arrival. Hover a bar for its inputs. The bars need not add up to the lead: "
                       "\u201cNot attributed\u201d is what one driver at a time misses (interactions)."));

    // Scrolls instead of squeezing the rows in a short dock.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_bars);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_note);
    m_title->setText(tr("Explaining the lead…"));
    fitCaptions();
}

WhyPanel::~WhyPanel() = default;

void WhyPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCaptions();
}

void WhyPanel::fitCaptions()
{
    const bool room = height() >= kCaptionsMinHeight;
    m_subtitle->setVisible(room && !m_subtitle->text().isEmpty());
    m_note->setVisible(room);
    const QString notes = m_subtitle->text().isEmpty() ? m_note->text() : m_subtitle->text() + QStringLiteral("\n\n") + m_note->text();
    m_title->setToolTip(room ? QString() : notes);
}

void WhyPanel::showExplanation(std::shared_ptr<const LeadExplanation> explanation)
{
    m_explanation = std::move(explanation);
    m_stale = false;
    if (!m_explanation) {
        m_title->setText(tr("Explaining the lead…"));
        m_subtitle->clear();
        m_bars->setRows({});
        return;
    }
    m_title->setText(whyTitle(*m_explanation));
    m_subtitle->setText(whySubtitle(*m_explanation));
    m_bars->setRows(whyRows(*m_explanation));
    fitCaptions();
}

void WhyPanel::showError(const QString &message)
{
    m_stale = false;
    m_title->setText(tr("The lead could not be explained: %1").arg(message));
    m_subtitle->clear();
    m_bars->setRows({});
}

void WhyPanel::markStale()
{
    // The bars stay as they are: a new explanation follows within milliseconds,
    // and greying them on every tick of a drag would flicker.
    m_stale = true;
}

QString WhyPanel::title() const { return m_title->text(); }

int WhyPanel::rowCount() const { return int(m_bars->rows().size()); }

QString WhyPanel::rowLabel(int row) const { return m_bars->rows().at(size_t(row)).label; }

QString WhyPanel::rowValue(int row) const { return m_bars->rows().at(size_t(row)).valueText; }

QString WhyPanel::rowTooltip(int row) const { return m_bars->rows().at(size_t(row)).tooltip; }

} // namespace asirace
