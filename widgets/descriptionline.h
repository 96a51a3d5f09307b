#pragma once
// The scenario's description under the headline: one line in a muted colour,
// elided to the width (the whole text in the tooltip), and an Edit button.
// One line, so the description costs no chart height on a laptop screen.

#include <QWidget>

class QLabel;
class QToolButton;

namespace asirace {

class DescriptionLine : public QWidget
{
    Q_OBJECT
public:
    explicit DescriptionLine(QWidget *parent = nullptr);

    void setDescription(const QString &text);
    QString description() const { return m_text; }
    QString shownText() const; // as elided on screen
    QToolButton *editButton() const { return m_edit; }

signals:
    void editRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    QString m_text;
    QLabel *m_label;
    QToolButton *m_edit;
};

} // namespace asirace
