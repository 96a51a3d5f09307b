#pragma once
// Helpers for the scenario file tests: hashing files, listing folders and
// changing a file behind the store's back with plain SQLite, as another
// program (or a person with the sqlite3 shell) would.

#include "scenario.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace storetest {

QByteArray sha256(const QString &path);
QStringList folderEntries(const QString &folder); // every entry, hidden ones included, sorted

// Runs `sql` on the file with plain SQLite, CHECK constraints and foreign keys
// off. Returns SQLite's error message, empty on success.
QString tamper(const QString &path, const QString &sql);
// The first column of the first row of `sql`, as text.
QString queryText(const QString &path, const QString &sql);

// Overwrites `size` bytes at `offset` with `byte`.
bool overwriteBytes(const QString &path, qint64 offset, qint64 size, char byte);
bool truncateFile(const QString &path, qint64 size);

// Problems or messages one to a line, for a test failure's text.
QString joined(const std::vector<std::string> &lines);

std::string jsonText(const std::vector<asirace::Scenario> &scenarios);

} // namespace storetest
