// asirace: the desktop dashboard.
#include "asirace_version.h"
#include "filecontroller.h"
#include "mainwindow.h"
#include "uibenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {
// --bench-ui, --help and --version need no display (a terminal or a script may
// have none): decide before QApplication picks a platform.
bool needsNoDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strncmp(arg, "--bench-ui", 10) == 0 || std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0
            || std::strcmp(arg, "--help-all") == 0 || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ASI Race"));
    QApplication::setOrganizationName(QStringLiteral("ASI Race"));
    QApplication::setApplicationVersion(QString::fromLatin1(asirace::kVersion));
    // The icon and name of the menu entry (packaging/asirace.desktop), so the
    // desktop groups the window with its launcher.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/asirace.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("asirace"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "ASI Race: which AI lab reaches artificial superintelligence first? Edit lab profiles and "
        "partnership terms, drag assumption sliders and watch the race re-simulate live."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption benchOption(QStringLiteral("bench-ui"),
                                   QStringLiteral("Move an assumption slider N steps offscreen and print the median "
                                                  "and p95 latency (ms) from value change to all charts replotted and painted."),
                                   QStringLiteral("N"));
    parser.addOption(benchOption);
    parser.addPositionalArgument(QStringLiteral("FILE.db"), QStringLiteral("Scenario file to open (optional)."));
    parser.process(app);

    if (parser.isSet(benchOption)) {
        bool ok = false;
        const int steps = parser.value(benchOption).toInt(&ok);
        if (!ok || steps < 1) {
            std::fprintf(stderr, "asirace: --bench-ui needs a positive number of steps\n");
            return 1;
        }
        auto result = asirace::runUiBenchmark(steps);
        const auto &phase = result.phaseMedianMs;
        std::printf("bench-ui: %d slider steps (assumptions.alg_halving_months), value change -> all charts "
                    "replotted and painted, Why panel open\n"
                    "  median %.2f ms, p90 %.2f ms, p95 %.2f ms, max %.2f ms (target median <= 16 ms); %d Why updates%s\n"
                    "  phase medians: edit %.2f ms, to result %.2f ms, replot %.2f ms, paint %.2f ms\n",
                    int(result.latenciesMs.size()), result.medianMs, result.p90Ms, result.p95Ms, result.maxMs,
                    result.explanations,
                    result.timeouts ? qPrintable(QStringLiteral("; %1 steps timed out").arg(result.timeouts)) : "",
                    phase[0], phase[1], phase[2], phase[3]);
        return result.timeouts == 0 ? 0 : 1;
    }

    asirace::MainWindow window;
    // The first save of a changed scenario asks once for the author name to record.
    window.files()->setAuthorPrompt([&window](const QString &suggested) {
        bool ok = false;
        const QString name = QInputDialog::getText(
            &window, QObject::tr("Your name"),
            QObject::tr("Scenarios you save record their author. Your name (asked once; kept in the settings):"),
            QLineEdit::Normal, suggested, &ok);
        return ok ? name : suggested;
    });
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        // After show(), so a store error appears as a dialog over the window.
        const QString path = files.front();
        QTimer::singleShot(0, &window, [&window, path] { window.files()->openFile(path); });
    }
    return app.exec();
}
