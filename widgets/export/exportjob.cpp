#include "exportjob.h"

#include "chartexporter.h"
#include "csvwriter.h"
#include "reportwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <functional>
#include <memory>

namespace asirace {

namespace {

struct PlannedFile {
    QString path;
    std::function<std::optional<QString>(QIODevice &)> write;
};

QString chartBase(const ExportRequest &request, ChartKind kind)
{
    return request.baseName.isEmpty() ? chartId(kind) : request.baseName;
}

QList<PlannedFile> plan(const ExportRequest &request, const ExportContext *context,
                        std::shared_ptr<const ChartExporter> exporter)
{
    const QDir dir(request.directory);
    QList<PlannedFile> files;
    for (ChartKind kind : request.charts) {
        for (ExportFormat format : request.formats) {
            const QString base = chartBase(request, kind);
            if (format == ExportFormat::Csv) {
                const QList<CsvTable> tables = context ? chartTables(kind, *context) : chartTables(kind, ExportContext{});
                for (const CsvTable &table : tables)
                    files.append({dir.absoluteFilePath(base + table.suffix + QStringLiteral(".csv")),
                                  [table](QIODevice &out) { return writeCsv(table, out); }});
            } else {
                files.append({dir.absoluteFilePath(base + QLatin1Char('.') + fileSuffix(format)),
                              [exporter, kind, format](QIODevice &out) { return exporter->write(kind, format, out); }});
            }
        }
    }
    if (request.report) {
        const ExportOptions options = request.options;
        const QList<ChartKind> charts = request.charts;
        files.append({dir.absoluteFilePath(request.reportName), [context, options, charts](QIODevice &out) {
                          return writeReport(*context, options, out, charts);
                      }});
    }
    return files;
}

// The nearest folder that exists: where new folders would be created.
QString existingAncestor(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return {};
        info = QFileInfo(parent);
    }
    return info.absoluteFilePath();
}

void removeCreatedFolders(const QString &directory, const QString &existing)
{
    QDir dir(directory);
    while (QDir::cleanPath(dir.absolutePath()) != QDir::cleanPath(existing) && dir.rmdir(QStringLiteral(".")))
        if (!dir.cdUp())
            break;
}

} // namespace

QStringList plannedFiles(const ExportRequest &request)
{
    QStringList out;
    for (const PlannedFile &file : plan(request, nullptr, nullptr))
        out << file.path;
    return out;
}

std::optional<QString> checkRequest(const ExportRequest &request)
{
    if (auto problem = checkOptions(request.options))
        return problem;
    if (request.formats.isEmpty() && !request.report)
        return QStringLiteral("nothing to export: give at least one format or the report");
    if (request.charts.isEmpty() && !request.formats.isEmpty())
        return QStringLiteral("no chart chosen");
    if (request.directory.trimmed().isEmpty())
        return QStringLiteral("no output folder given");
    const QFileInfo dir(request.directory);
    if (dir.exists() && !dir.isDir())
        return QStringLiteral("'%1' exists and is not a folder").arg(request.directory);
    const QString existing = existingAncestor(request.directory);
    const QFileInfo base(existing);
    if (existing.isEmpty() || !base.isDir() || !base.isWritable())
        return QStringLiteral("cannot write to the folder '%1'%2")
            .arg(request.directory, existing.isEmpty() || existing == dir.absoluteFilePath()
                                        ? QString()
                                        : QStringLiteral(" (%1 is not writable)").arg(existing));
    const QStringList files = plannedFiles(request);
    for (const QString &path : files)
        if (QFileInfo(path).isDir())
            return QStringLiteral("'%1' is a folder").arg(path);
    return std::nullopt;
}

ExportOutcome runExport(const ExportContext &context, const ExportRequest &request)
{
    ExportOutcome outcome;
    if (auto problem = checkRequest(request)) {
        outcome.error = problem;
        return outcome;
    }
    const QString existing = existingAncestor(request.directory);
    if (!QDir().mkpath(request.directory)) {
        outcome.error = QStringLiteral("could not create the folder '%1'").arg(request.directory);
        return outcome;
    }
    auto exporter = std::make_shared<const ChartExporter>(context, request.options);
    const QList<PlannedFile> files = plan(request, &context, exporter);

    // Phase 1: every file under a temporary name in the target folder (same
    // file system, so the final rename cannot fail for lack of space).
    std::vector<std::unique_ptr<QTemporaryFile>> temps;
    const auto cleanUp = [&](const QString &error) {
        temps.clear(); // QTemporaryFile removes its file
        removeCreatedFolders(request.directory, existing);
        outcome.files.clear();
        outcome.error = error;
        return outcome;
    };
    for (const PlannedFile &file : files) {
        auto temp = std::make_unique<QTemporaryFile>(QFileInfo(file.path).absolutePath() + QStringLiteral("/.asirace-export-XXXXXX"));
        if (!temp->open())
            return cleanUp(QStringLiteral("cannot write in '%1': %2").arg(request.directory, temp->errorString()));
        if (auto error = file.write(*temp))
            return cleanUp(QStringLiteral("%1: %2").arg(QFileInfo(file.path).fileName(), *error));
        if (!temp->flush() || temp->error() != QFileDevice::NoError)
            return cleanUp(QStringLiteral("%1: %2").arg(QFileInfo(file.path).fileName(), temp->errorString()));
        temps.push_back(std::move(temp));
    }
    // Phase 2: rename into place, replacing older exports of the same name.
    for (size_t i = 0; i < temps.size(); ++i) {
        const QString &target = files[qsizetype(i)].path;
        QTemporaryFile &temp = *temps[i];
        temp.close();
        QFile::remove(target);
        if (!temp.rename(target)) {
            const QString error = QStringLiteral("could not rename to '%1': %2").arg(target, temp.errorString());
            for (size_t j = 0; j < i; ++j)
                QFile::remove(files[qsizetype(j)].path);
            return cleanUp(error);
        }
        temp.setAutoRemove(false);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        outcome.files << target;
    }
    return outcome;
}

} // namespace asirace
