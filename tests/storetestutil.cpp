#include "storetestutil.h"

#include "scenariojsonfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace storetest {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QString tamper(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        const QString error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return error;
    }
    const QByteArray script = "PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF; " + sql.toUtf8();
    char *message = nullptr;
    QString error;
    if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &message) != SQLITE_OK)
        error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    sqlite3_close(db);
    return error;
}

QString queryText(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return result;
}

bool overwriteBytes(const QString &path, qint64 offset, qint64 size, char byte)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(QByteArray(size, byte)) == size;
}

bool truncateFile(const QString &path, qint64 size)
{
    return QFile::resize(path, size);
}

std::string jsonText(const std::vector<asirace::Scenario> &scenarios)
{
    return asirace::scenariosJsonText(scenarios);
}

QString joined(const std::vector<std::string> &lines)
{
    QStringList out;
    for (const auto &line : lines)
        out << QString::fromStdString(line);
    return out.join('\n');
}

} // namespace storetest
