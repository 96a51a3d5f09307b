#include "mainwindow.h"

#include <QLabel>

namespace asirace {

MainWindow::MainWindow(Scenario scenario, QWidget *parent)
    : QMainWindow(parent)
    , m_scenario(std::move(scenario))
{
    auto *summary = new QLabel(QString::fromStdString(m_scenario.description), this);
    summary->setWordWrap(true);
    summary->setMargin(24);
    setCentralWidget(summary);
    resize(1600, 1000);
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1 - ASI Race").arg(QString::fromStdString(m_scenario.name)));
}

} // namespace asirace
