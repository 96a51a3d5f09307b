#include "descriptionline.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace asirace {

DescriptionLine::DescriptionLine(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_edit(new QToolButton(this))
{
    setObjectName(QStringLiteral("descriptionLine"));
    m_label->setObjectName(QStringLiteral("descriptionText"));
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit->setText(tr("Edit…"));
    m_edit->setAutoRaise(true);
    m_edit->setToolTip(tr("Edit the scenario's description (one undo step)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 2, 8, 2);
    layout->setSpacing(6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_edit);
    connect(m_edit, &QToolButton::clicked, this, &DescriptionLine::editRequested);
    updateText();
}

void DescriptionLine::setDescription(const QString &text)
{
    m_text = text;
    updateText();
}

QString DescriptionLine::shownText() const { return m_label->text(); }

void DescriptionLine::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateText();
}

void DescriptionLine::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateText();
}

void DescriptionLine::updateText()
{
    const QString oneLine = m_text.simplified();
    const bool empty = oneLine.isEmpty();
    // Muted: the placeholder-text colour of the current palette (light or dark).
    QPalette p = m_label->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_label->setPalette(p);
    const QString shown = empty ? tr("No description: say what this scenario assumes and why.") : oneLine;
    m_label->setText(m_label->fontMetrics().elidedText(shown, Qt::ElideRight, std::max(40, m_label->width())));
    m_label->setToolTip(empty ? QString() : QStringLiteral("<p>%1</p>").arg(m_text.toHtmlEscaped()));
}

} // namespace asirace
