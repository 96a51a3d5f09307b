#pragma once

#include "scenario.h"

#include <QMainWindow>

namespace asirace {

// The dashboard window: creates the panels and connects them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Scenario scenario, QWidget *parent = nullptr);

private:
    void updateTitle();

    Scenario m_scenario;
};

} // namespace asirace
