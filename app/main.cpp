// asirace: the desktop dashboard.
#include "asirace_version.h"
#include "builtinscenarios.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ASI Race"));
    QApplication::setOrganizationName(QStringLiteral("ASI Race"));
    QApplication::setApplicationVersion(QString::fromLatin1(asirace::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "ASI Race: which AI lab reaches artificial superintelligence first? Edit lab profiles and "
        "partnership terms, drag assumption sliders and watch the race re-simulate live."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    asirace::MainWindow window(asirace::defaultScenario());
    window.show();
    return app.exec();
}
