#include "storefilechecks.h"

#include "asirace_version.h"
#include "sqliteconnection.h"
#include "storeschema.h"
#include "storetext.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace asirace::store {
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};
constexpr size_t kHeaderBytes = 100;

CheckFailure fail(StoreErrorKind kind, std::string message) { return {kind, std::move(message)}; }

std::uint32_t bigEndian32(const unsigned char *bytes)
{
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) | (std::uint32_t(bytes[2]) << 8) |
           std::uint32_t(bytes[3]);
}

std::string joinLimited(const std::vector<std::string> &items, size_t limit, const char *separator = "; ")
{
    std::string out;
    for (size_t i = 0; i < items.size() && i < limit; ++i)
        out += (i ? separator : "") + items[i];
    if (items.size() > limit)
        out += "; and " + std::to_string(items.size() - limit) + " more";
    return out;
}

std::vector<std::string> tableNames(sqlite::Connection &db)
{
    std::vector<std::string> names;
    sqlite::Statement stmt(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 6");
    while (stmt.step())
        names.push_back(quotedName(stmt.columnText(0)));
    return names;
}

std::string hex32(long long value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%08X", static_cast<unsigned>(static_cast<std::uint32_t>(value)));
    return buffer;
}

} // namespace

std::optional<CheckFailure> checkFileBytes(const std::string &path)
{
    namespace fs = std::filesystem;
    const std::string name = quotedName(path);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status))
        return fail(StoreErrorKind::Unreadable, "cannot open " + name + ": " +
                                                    (ec ? ec.message() : std::string("no such file")));
    if (fs::is_directory(status))
        return fail(StoreErrorKind::Unreadable, name + " is a folder, not a scenario file");
    if (!fs::is_regular_file(status))
        return fail(StoreErrorKind::Unreadable, name + " is not a regular file");
    const auto size = fs::file_size(path, ec);
    if (ec)
        return fail(StoreErrorKind::Unreadable, "cannot read " + name + ": " + ec.message());
    if (size == 0)
        return fail(StoreErrorKind::Unreadable, name + " is empty (0 bytes); it is not an ASI Race scenario file");
    if (size > kMaxFileBytes)
        return fail(StoreErrorKind::Unreadable, name + " is " + std::to_string(size >> 20) +
                                                    " MiB, more than a scenario file can be (" +
                                                    std::to_string(kMaxFileBytes >> 20) + " MiB)");

    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(StoreErrorKind::Unreadable, "cannot read " + name + ": " + std::strerror(errno));
    std::array<unsigned char, kHeaderBytes> header{};
    in.read(reinterpret_cast<char *>(header.data()), kHeaderBytes);
    const auto got = static_cast<size_t>(in.gcount());

    const std::string_view start(reinterpret_cast<const char *>(header.data()), std::min(got, kSqliteMagic.size()));
    if (start != kSqliteMagic.substr(0, start.size())) {
        std::string hint;
        const auto first = std::find_if(header.begin(), header.begin() + got,
                                        [](unsigned char c) { return !std::isspace(c); });
        if (first != header.begin() + got && (*first == '{' || *first == '['))
            hint = " (it looks like JSON: use import-json to turn it into a scenario file)";
        return fail(StoreErrorKind::NotOurs,
                    name + " is not an SQLite database, so it is not an ASI Race scenario file" + hint);
    }
    if (got < kHeaderBytes)
        return fail(StoreErrorKind::Unreadable, name + " is truncated: it has only " + std::to_string(size) +
                                                    " bytes, less than the 100-byte SQLite header");

    std::uint32_t pageSize = (std::uint32_t(header[16]) << 8) | header[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return fail(StoreErrorKind::Unreadable, name + " is corrupt: its header gives an impossible page size (" +
                                                    std::to_string(pageSize) + ")");
    // The page count in the header is valid when the "version valid for"
    // number matches the change counter (SQLite file format, section 1.3.8).
    const std::uint32_t headerPages = bigEndian32(&header[28]);
    const bool countValid = headerPages != 0 && bigEndian32(&header[92]) == bigEndian32(&header[24]);
    const std::uintmax_t expected = std::uintmax_t(headerPages) * pageSize;
    if ((countValid && size < expected) || size < pageSize)
        return fail(StoreErrorKind::Unreadable,
                    name + " is truncated: it has " + std::to_string(size) + " bytes but its header announces " +
                        std::to_string(countValid ? expected : pageSize) + " (" +
                        std::to_string(countValid ? headerPages : 1) + " pages of " + std::to_string(pageSize) +
                        " bytes)");
    return std::nullopt;
}

std::optional<CheckFailure> checkIdentity(sqlite::Connection &db, const std::string &path, int &schemaVersion,
                                          std::string &applicationVersion)
{
    const std::string name = quotedName(path);
    const auto applicationId = db.pragmaInteger("application_id");
    const auto userVersion = db.pragmaInteger("user_version");
    if (!applicationId || !userVersion)
        return fail(StoreErrorKind::Unreadable, name + " is corrupt: " + db.error());
    if (*applicationId != kApplicationId) {
        const auto tables = tableNames(db);
        if (*applicationId == 0 && tables.empty())
            return fail(StoreErrorKind::NotOurs,
                        name + " is an empty SQLite database (no tables), not an ASI Race scenario file");
        std::string list;
        for (const auto &t : tables)
            list += (list.empty() ? "" : ", ") + t;
        return fail(StoreErrorKind::NotOurs, name + " is another application's SQLite database (application id " +
                                                 hex32(*applicationId) + ", tables: " + (list.empty() ? "none" : list) +
                                                 "), not an ASI Race scenario file (application id " +
                                                 hex32(kApplicationId) + ")");
    }
    schemaVersion = static_cast<int>(std::clamp<long long>(*userVersion, -1, 1 << 30));
    sqlite::Statement version(db, "SELECT \"value\" FROM \"metadata\" WHERE \"key\" = 'application_version'");
    if (version.ok() && version.step())
        applicationVersion = printable(version.columnText(0), 32);
    if (schemaVersion > kSchemaVersion) {
        const std::string writer = applicationVersion.empty() ? "a newer ASI Race" : "ASI Race " + applicationVersion;
        return fail(StoreErrorKind::NewerVersion,
                    name + " was written by " + writer + " in schema version " + std::to_string(schemaVersion) +
                        "; this ASI Race (" + kVersion + ") reads schema versions up to " +
                        std::to_string(kSchemaVersion) + ". Update ASI Race to open it.");
    }
    if (schemaVersion < 1)
        return fail(StoreErrorKind::InvalidContent, name + " has the ASI Race application id but no valid schema "
                                                           "version (user_version " +
                                                        std::to_string(*userVersion) + ")");
    return std::nullopt;
}

std::optional<CheckFailure> checkIntegrity(sqlite::Connection &db, const std::string &path)
{
    sqlite::Statement check(db, "PRAGMA quick_check(5)");
    std::vector<std::string> lines;
    while (check.step())
        lines.push_back(printable(check.columnText(0), 200));
    if (check.failed() || !check.ok())
        return fail(StoreErrorKind::Unreadable, quotedName(path) + " is corrupt: " + db.error());
    if (lines.size() == 1 && lines.front() == "ok")
        return std::nullopt;
    return fail(StoreErrorKind::Unreadable,
                quotedName(path) + " is corrupt (SQLite integrity check: " + joinLimited(lines, 3) + ")");
}

std::optional<CheckFailure> checkSchemaObjects(sqlite::Connection &db, const std::string &path,
                                               std::vector<std::string> &warnings)
{
    // A virtual table has no b-tree of its own: rootpage 0 tells it whatever its
    // SQL text says ("CREATE /*x*/ VIRTUAL TABLE" fooled a look at the text).
    sqlite::Statement objects(db, "SELECT type, name, rootpage FROM sqlite_master ORDER BY type, name");
    std::vector<std::string> refused;
    while (objects.step()) {
        const std::string type = objects.columnText(0);
        const std::string object = objects.columnText(1);
        const bool virtualTable =
            type == "table" && !(objects.columnType(2) == SQLITE_INTEGER && objects.columnInt64(2) > 0);
        const bool known = std::any_of(schemaTables().begin(), schemaTables().end(),
                                       [&](const TableSpec &t) { return t.name == object; });
        if (type == "trigger" || type == "view") {
            refused.push_back(type + " " + quotedName(object));
        } else if (virtualTable) {
            refused.push_back("virtual table " + quotedName(object));
        } else if (type == "table" && !known && !object.starts_with("sqlite_")) {
            warnings.push_back("ignored table " + quotedName(object) + ", which is not part of ASI Race files");
        } else if (type == "index" && !object.starts_with("sqlite_autoindex_")) {
            warnings.push_back("ignored index " + quotedName(object) + ", which is not part of ASI Race files");
        }
    }
    if (objects.failed() || !objects.ok())
        return fail(StoreErrorKind::Unreadable, quotedName(path) + " is corrupt: " + db.error());
    if (!refused.empty())
        return fail(StoreErrorKind::InvalidContent,
                    quotedName(path) + " contains " + joinLimited(refused, 5, ", ") +
                        ". ASI Race files never contain triggers, views or virtual tables, so another program "
                        "changed this file; it was not opened and nothing in it was run");
    return std::nullopt;
}

std::optional<CheckFailure> checkColumns(sqlite::Connection &db, const std::string &path,
                                         std::vector<std::string> &warnings, ColumnSet &absentFields)
{
    std::vector<std::string> missing;
    sqlite::Statement info(db, "SELECT name, hidden FROM pragma_table_xinfo(?1)");
    for (const auto &table : schemaTables()) {
        info.reset();
        info.bind(1, std::string_view(table.name));
        std::vector<std::string> found;
        while (info.step()) {
            const std::string column = info.columnText(0);
            const bool ours = std::find(table.columns.begin(), table.columns.end(), column) != table.columns.end();
            if (info.columnInt64(1) != 0 && ours)
                missing.push_back("column " + quotedName(column) + " of table " + quotedName(table.name) +
                                  " is computed (generated), not stored");
            else if (!ours)
                warnings.push_back("ignored column " + quotedName(column) + " of table " + quotedName(table.name));
            found.push_back(column);
        }
        if (info.failed() || !info.ok())
            return fail(StoreErrorKind::Unreadable, quotedName(path) + " is corrupt: " + db.error());
        if (found.empty()) {
            missing.push_back("table " + quotedName(table.name) + " is missing");
            continue;
        }
        for (const auto &column : table.columns) {
            if (std::find(found.begin(), found.end(), column) != found.end())
                continue;
            if (table.isFieldColumn(column)) {
                absentFields.emplace(table.name, column);
                warnings.push_back("table " + quotedName(table.name) + " has no column " + quotedName(column) +
                                   " (written before that field existed): its default value is used");
            } else {
                missing.push_back("table " + quotedName(table.name) + " has no column " + quotedName(column));
            }
        }
    }
    if (missing.empty())
        return std::nullopt;
    return fail(StoreErrorKind::InvalidContent, quotedName(path) +
                                                    " does not have the tables of an ASI Race scenario file: " +
                                                    joinLimited(missing, 5));
}

} // namespace asirace::store
