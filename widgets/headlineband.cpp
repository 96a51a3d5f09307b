#include "headlineband.h"

#include <QLabel>
#include <QVBoxLayout>

namespace asirace {

HeadlineBand::HeadlineBand(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("headlineBand"));
    m_headline->setObjectName(QStringLiteral("headline"));
    m_detail->setObjectName(QStringLiteral("headlineDetail"));
    for (auto *label : {m_headline, m_detail}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // scenario names are the user's text
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_detail->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
}

void HeadlineBand::setText(const QString &text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    m_headline->setText(newline < 0 ? text : text.left(newline));
    m_detail->setText(newline < 0 ? QString() : text.mid(newline + 1));
    m_detail->setVisible(newline >= 0);
}

QString HeadlineBand::text() const
{
    return m_detail->isHidden() ? m_headline->text() : m_headline->text() + QLatin1Char('\n') + m_detail->text();
}

} // namespace asirace
