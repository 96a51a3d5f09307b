#include "sqliteconnection.h"

#include <sqlite3.h>

#include <cctype>
#include <filesystem>
#include <utility>

namespace asirace::sqlite {
namespace {

// Strings and blobs in a scenario file are short; a huge value in a file from
// someone else should fail cleanly instead of exhausting memory.
constexpr int kMaxValueBytes = 16 * 1024 * 1024;

// "file:" URI for `path`: absolute, with every byte outside the unreserved set
// percent-encoded, so '?', '#' and '%' in file names are not read as URI syntax.
std::string fileUri(const std::string &path)
{
    std::error_code ec;
    auto absolute = std::filesystem::absolute(path, ec).lexically_normal().string();
    if (ec)
        absolute = path;
    static const char *hex = "0123456789ABCDEF";
    std::string uri = "file://";
    for (unsigned char c : absolute) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 15];
        }
    }
    return uri + "?mode=ro&immutable=1";
}

void applyDefensiveSettings(sqlite3 *db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
}

} // namespace

Connection::~Connection() { close(); }

Connection::Connection(Connection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_error(std::move(other.m_error)), m_errorCode(other.m_errorCode)
{
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_error = std::move(other.m_error);
        m_errorCode = other.m_errorCode;
    }
    return *this;
}

bool Connection::open(const std::string &name, int flags)
{
    close();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        setError(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc), rc);
        sqlite3_close(db);
        return false;
    }
    m_db = db;
    applyDefensiveSettings(m_db);
    // Also as a pragma, so the setting shows in the connection's state even
    // on SQLite builds where the db_config verb above is a no-op.
    return execute("PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = ON;");
}

bool Connection::openReadOnly(const std::string &path)
{
    return open(fileUri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

bool Connection::openMemory()
{
    return open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY);
}

bool Connection::openForWriting(const std::string &path)
{
    return open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
}

void Connection::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Connection::setError(std::string message, int code)
{
    m_error = std::move(message);
    m_errorCode = code;
}

void Connection::captureError()
{
    setError(sqlite3_errmsg(m_db), sqlite3_extended_errcode(m_db));
}

bool Connection::execute(std::string_view sql)
{
    if (!m_db) {
        setError("the database is not open", SQLITE_MISUSE);
        return false;
    }
    const char *cursor = sql.data();
    const char *end = sql.data() + sql.size();
    while (cursor < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        if (sqlite3_prepare_v2(m_db, cursor, static_cast<int>(end - cursor), &stmt, &tail) != SQLITE_OK) {
            captureError();
            return false;
        }
        cursor = tail;
        if (!stmt) // only whitespace or a comment was left
            continue;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE) {
            captureError();
            return false;
        }
    }
    return true;
}

std::optional<long long> Connection::pragmaInteger(std::string_view name)
{
    Statement stmt(*this, "PRAGMA " + std::string(name));
    if (!stmt.ok() || !stmt.step())
        return std::nullopt;
    return stmt.columnInt64(0);
}

bool Connection::copyTo(Connection &target)
{
    // An in-memory target must use the source's page size before the copy.
    const auto pageSize = pragmaInteger("page_size");
    if (!pageSize)
        return false;
    if (!target.execute("PRAGMA page_size = " + std::to_string(*pageSize)))
        return false;
    sqlite3_backup *backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup) {
        setError(sqlite3_errmsg(target.m_db), sqlite3_extended_errcode(target.m_db));
        return false;
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        setError(sqlite3_errstr(rc), rc);
        return false;
    }
    return true;
}

long long Connection::lastInsertRowId() const { return m_db ? sqlite3_last_insert_rowid(m_db) : 0; }

Statement::Statement(Connection &connection, std::string_view sql) : m_connection(connection)
{
    if (!connection.handle()) {
        connection.setError("the database is not open", SQLITE_MISUSE);
        return;
    }
    if (sqlite3_prepare_v2(connection.handle(), sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) !=
        SQLITE_OK) {
        connection.setError(sqlite3_errmsg(connection.handle()), sqlite3_extended_errcode(connection.handle()));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_failed = true;
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::bind(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
void Statement::bind(int index, long long value) { sqlite3_bind_int64(m_stmt, index, value); }
void Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_connection.setError(sqlite3_errmsg(m_connection.handle()),
                              sqlite3_extended_errcode(m_connection.handle()));
    }
    return false;
}

bool Statement::run()
{
    while (step()) {
    }
    return !m_failed;
}

void Statement::reset()
{
    if (!m_stmt)
        return; // a statement that failed to prepare stays failed
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
int Statement::columnType(int column) const { return sqlite3_column_type(m_stmt, column); }
double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }
long long Statement::columnInt64(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::string Statement::columnText(int column) const
{
    const auto *text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(reinterpret_cast<const char *>(text), static_cast<size_t>(size)) : std::string{};
}

} // namespace asirace::sqlite
