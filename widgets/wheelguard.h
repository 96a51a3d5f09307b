#pragma once
// A value input (slider, spin box, combo box) takes the mouse wheel only when
// it has focus: scrolling a panel of sliders scrolls the panel and changes no
// value. Guarded inputs get focus by click or Tab, never by the wheel.

#include <QObject>

class QWidget;

namespace asirace {

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Sets Qt::StrongFocus on `input` and filters its wheel events.
    static void install(QWidget *input);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace asirace
