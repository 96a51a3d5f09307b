#pragma once
// A thin RAII layer over the SQLite C API: one connection, prepared statements.
// Every connection gets the defensive settings, because scenario files come
// from other people: no triggers, no views, no extensions, no untrusted schema
// functions, no writes to the schema tables. All SQL runs as prepared
// statements; nothing is ever built from values found in a file.

#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace asirace::sqlite {

class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    Connection(Connection &&other) noexcept;
    Connection &operator=(Connection &&other) noexcept;

    // Opens an existing file read-only and immutable: SQLite takes no locks,
    // creates no -wal, -shm or -journal file and never writes to it.
    bool openReadOnly(const std::string &path);
    // A private, empty in-memory database.
    bool openMemory();
    // Opens (creating if needed) a file for writing; used for the temporary file of a save.
    bool openForWriting(const std::string &path);
    void close();

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    // The last error: SQLite's message, or ours.
    const std::string &error() const { return m_error; }
    int errorCode() const { return m_errorCode; }

    // Runs one or more of OUR constant statements (schema, pragmas), each
    // prepared and stepped in turn. Never pass text read from a file.
    bool execute(std::string_view sql);
    // The integer result of a pragma such as "user_version"; nullopt on error.
    std::optional<long long> pragmaInteger(std::string_view name);
    // Copies the whole database into `target` (an empty in-memory database).
    bool copyTo(Connection &target);
    long long lastInsertRowId() const;

    void setError(std::string message, int code);

private:
    bool open(const std::string &name, int flags);
    void captureError();

    sqlite3 *m_db = nullptr;
    std::string m_error;
    int m_errorCode = 0;
};

// A prepared statement. Binding indexes are 1-based, column indexes 0-based
// (as in the C API).
class Statement
{
public:
    Statement(Connection &connection, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }

    void bind(int index, double value);
    void bind(int index, long long value);
    void bind(int index, std::string_view text);

    // Steps once: true while a row is available. After false, check failed().
    bool step();
    bool failed() const { return m_failed; }
    // Runs a statement that returns no rows; false on error.
    bool run();
    void reset();

    int columnCount() const;
    int columnType(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    double columnDouble(int column) const;
    long long columnInt64(int column) const;
    std::string columnText(int column) const;

private:
    Connection &m_connection;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace asirace::sqlite
