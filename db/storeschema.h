#pragma once
// The schema of a scenario file (docs/FILE-FORMAT.md) and its numbered
// migrations. Column names and CHECK constraints are generated from the field
// tables in models/, so the file can never disagree with validation.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace asirace::sqlite {
class Connection;
}

namespace asirace::store {

// PRAGMA application_id of every ASI Race scenario file: "ASIR" in ASCII.
inline constexpr std::int32_t kApplicationId = 0x41534952;
// PRAGMA user_version: the schema version this build writes. Older versions
// are migrated when read and written in this version when saved.
inline constexpr int kSchemaVersion = 2;

// A table of the current schema and the columns the reader needs, in order.
struct TableSpec {
    std::string name;
    std::vector<std::string> columns;
};

// Every table of the current schema, parents before children.
const std::vector<TableSpec> &schemaTables();
const TableSpec &schemaTable(std::string_view name);

// CREATE TABLE statements of the current schema. `connection` is used to make
// sure each range bound written as decimal text reads back as the same double.
std::string currentSchemaSql(sqlite::Connection &connection);

// Upgrades a database of schema version `fromVersion` to kSchemaVersion.
// Only ever run on the in-memory copy of a file being opened.
struct Migration {
    int from; // upgrades from this version to from + 1
    std::string_view what;
    std::string_view sql;
};
std::span<const Migration> migrations();
bool migrate(sqlite::Connection &connection, int fromVersion, std::string &error);

// An identifier in double quotes: some field names (exclusive) are SQL keywords.
std::string quoted(std::string_view identifier);

} // namespace asirace::store
