#pragma once
// Runs the built asirace-cli the way a script does, for the CLI contract tests.

#include <QByteArray>
#include <QFile>
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

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
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

// Checks a run's exit code, showing its stderr when it differs.
#define CLI_VERIFY_EXIT(run, code)                                                                                  \
    QVERIFY2((run).exitCode == (code), qPrintable(QString("exit %1, stderr: %2").arg((run).exitCode).arg((run).err)))
