#pragma once
// The checks a scenario file passes before any of its rows is read, in order:
// the bytes on disk (present, not empty, SQLite, not truncated), the identity
// (our application id, a schema version we read), integrity (quick_check) and
// the schema objects (no triggers, views, virtual or generated columns; every
// table and column we need). Each failure carries the message a user sees.

#include "scenariostore.h"
#include "storeschema.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace asirace::sqlite {
class Connection;
}

namespace asirace::store {

struct CheckFailure {
    StoreErrorKind kind;
    std::string message;
};

// Files larger than this are refused before SQLite sees them.
inline constexpr std::uintmax_t kMaxFileBytes = 256ull * 1024 * 1024;

// Reads at most the first 100 bytes; never opens the file for writing.
std::optional<CheckFailure> checkFileBytes(const std::string &path);

// Application id and schema version of an opened file; sets `schemaVersion`
// and, when the file says so, `applicationVersion`.
std::optional<CheckFailure> checkIdentity(sqlite::Connection &db, const std::string &path, int &schemaVersion,
                                          std::string &applicationVersion);

std::optional<CheckFailure> checkIntegrity(sqlite::Connection &db, const std::string &path);

// Refuses triggers, views and virtual tables (they could run code or hide
// data); ignored extra tables and indexes are reported in `warnings`.
std::optional<CheckFailure> checkSchemaObjects(sqlite::Connection &db, const std::string &path,
                                               std::vector<std::string> &warnings);

// After migration: every table and required column of the current schema is
// present and none of ours is a generated column. Field columns the file
// lacks (written before the field existed) go to `absentFields` with a warning;
// those fields keep their default values.
std::optional<CheckFailure> checkColumns(sqlite::Connection &db, const std::string &path,
                                         std::vector<std::string> &warnings, ColumnSet &absentFields);

} // namespace asirace::store
