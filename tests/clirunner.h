#pragma once
// Runs the built asirace-cli the way a script does, for the CLI contract tests.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace clitest {

struct CliOutput {
    int exitCode = -1; // -1 when the process crashed
    QByteArray out;
    QString err;
};

inline CliOutput runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess process;
    process.start(QStringLiteral(ASIRACE_BIN_DIR "/asirace-cli"), args);
    if (!process.waitForFinished(timeoutMs))
        qFatal("asirace-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

inline QJsonObject parse(const QByteArray &text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("not a JSON object: %s", qPrintable(error.errorString()));
    return doc.object();
}

} // namespace clitest
