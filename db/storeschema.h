#pragma once
// The schema of a scenario file (docs/FILE-FORMAT.md) and its numbered
// migrations. Column names and CHECK constraints are generated from the field
// tables in models/, so the file can never disagree with validation.

#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <utility>
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
inline constexpr int kSchemaVersion = 6;

// A table of the current schema and the columns the reader needs, in order.
struct TableSpec {
    std::string name;
    std::vector<std::string> columns;
    // Columns from this index on are model fields. A file written before a
    // field existed lacks its column; the field then keeps its default value,
    // as a missing key does in JSON. Earlier columns are required.
    size_t firstFieldColumn = 0;

    bool isFieldColumn(std::string_view column) const;
};

// (table, column) pairs, e.g. field columns a file lacks.
using ColumnSet = std::set<std::pair<std::string, std::string>>;

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
    // A step that needs more than fixed SQL (it looks at the file first) runs
    // this instead of `sql`, inside the same transaction; false with `error` set.
    bool (*step)(sqlite::Connection &connection, std::string &error) = nullptr;
};
std::span<const Migration> migrations();
bool migrate(sqlite::Connection &connection, int fromVersion, std::string &error);

// An identifier in double quotes: some field names (exclusive) are SQL keywords.
std::string quoted(std::string_view identifier);

} // namespace asirace::store
