#pragma once
// A one-line message under an editor: why an entry was refused (field, value,
// allowed range, unit). It stays until the next successful edit or a timeout,
// so the reason is visible where the user typed, not only in the status bar.

#include <QLabel>

class QTimer;

namespace asirace {

class MessageBanner : public QLabel
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showError(const QString &message);
    void clearMessage();

private:
    QTimer *m_timer;
};

} // namespace asirace
