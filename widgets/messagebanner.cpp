#include "messagebanner.h"

#include <QTimer>

namespace asirace {

MessageBanner::MessageBanner(QWidget *parent)
    : QLabel(parent)
    , m_timer(new QTimer(this))
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd;"
                                 " border-radius: 3px; padding: 4px 8px; }"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &MessageBanner::clearMessage);
    hide();
}

void MessageBanner::showError(const QString &message)
{
    setText(QStringLiteral("\u26A0 Not applied: %1").arg(message));
    show();
    m_timer->start();
}

void MessageBanner::clearMessage()
{
    if (isHidden() && text().isEmpty())
        return; // every successful edit calls this; keep it free
    m_timer->stop();
    clear();
    hide();
}

} // namespace asirace
