#pragma once
// The window's headline band: who wins and when, in large type; in Compare
// mode, what changed against the compared scenario on a line of its own in
// smaller type below, so on a laptop screen the comparison costs one line of
// chart height instead of two. Styled by the app's Theme (object names
// headlineBand, headline and headlineDetail).

#include <QFrame>

class QLabel;

namespace asirace {

class HeadlineBand : public QFrame
{
    Q_OBJECT
public:
    explicit HeadlineBand(QWidget *parent = nullptr);

    // The first line is the headline; any further lines are the detail.
    void setText(const QString &text);
    QString text() const; // as set
    QLabel *headlineLabel() const { return m_headline; }
    QLabel *detailLabel() const { return m_detail; }

private:
    QLabel *m_headline;
    QLabel *m_detail;
};

} // namespace asirace
