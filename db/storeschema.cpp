#include "storeschema.h"

#include "assumptions.h"
#include "distributionfields.h"
#include "organisation.h"
#include "partnership.h"
#include "scheduledevents.h"
#include "sqliteconnection.h"

#include <array>
#include <cmath>
#include <stdexcept>

namespace asirace::store {
namespace {

constexpr std::string_view kTimestampGlob =
    "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'";

// Schema version 2 added Monte Carlo distributions. The table is frozen here so
// that the 1 -> 2 migration keeps creating exactly this table after later
// versions change it (they get their own migration).
constexpr std::string_view kDistributionsV2 = R"(CREATE TABLE "distributions" (
    "id" INTEGER PRIMARY KEY,
    "scenario_id" INTEGER NOT NULL REFERENCES "scenarios"("id") ON DELETE CASCADE,
    "path" TEXT NOT NULL CHECK (length("path") > 0),
    "kind" TEXT NOT NULL CHECK ("kind" = 'fixed' OR "kind" = 'normal' OR "kind" = 'lognormal' OR
                                "kind" = 'uniform' OR "kind" = 'triangular'),
    "a" REAL NOT NULL,
    "b" REAL NOT NULL,
    "c" REAL NOT NULL,
    "lower" REAL NOT NULL,
    "upper" REAL NOT NULL
);
)";

// Schema version 3 gave each distribution the source of its range.
constexpr std::string_view kDistributionSourceV3 =
    R"(ALTER TABLE "distributions" ADD COLUMN "source" TEXT NOT NULL DEFAULT '';
)";

// Schema version 4 added scheduled events: from the first day of year-month,
// the input at path has value. The year range is the model's
// (kEventFirstYear..kEventLastYear); widening it needs a new version.
constexpr std::string_view kEventsV4 = R"(CREATE TABLE "events" (
    "id" INTEGER PRIMARY KEY,
    "scenario_id" INTEGER NOT NULL REFERENCES "scenarios"("id") ON DELETE CASCADE,
    "year" INTEGER NOT NULL CHECK ("year" BETWEEN 2020 AND 2060 AND "year" = CAST("year" AS INTEGER)),
    "month" INTEGER NOT NULL CHECK ("month" BETWEEN 1 AND 12 AND "month" = CAST("month" AS INTEGER)),
    "path" TEXT NOT NULL CHECK (length("path") > 0),
    "value" REAL NOT NULL,
    "note" TEXT NOT NULL
);
)";
// Schema version 5 added pinned inputs (a distribution kept but not drawn) and
// the shared factors of Monte Carlo with their loadings on inputs.
constexpr std::string_view kFactorsV5 = R"(ALTER TABLE "distributions" ADD COLUMN "pinned" INTEGER NOT NULL DEFAULT 0 CHECK ("pinned" IN (0, 1));
CREATE TABLE "factors" (
    "id" INTEGER PRIMARY KEY,
    "scenario_id" INTEGER NOT NULL REFERENCES "scenarios"("id") ON DELETE CASCADE,
    "name" TEXT NOT NULL CHECK (length("name") > 0),
    "description" TEXT NOT NULL,
    UNIQUE ("scenario_id", "name")
);
CREATE TABLE "factor_loadings" (
    "id" INTEGER PRIMARY KEY,
    "factor_id" INTEGER NOT NULL REFERENCES "factors"("id") ON DELETE CASCADE,
    "path" TEXT NOT NULL CHECK (length("path") > 0),
    "loading" REAL NOT NULL CHECK ("loading" BETWEEN -1 AND 1),
    "source" TEXT NOT NULL
);
)";

// Schema version 6 gave each scenario its provenance: author, the model
// version it was last run with, and free-text notes (created and modified
// times came with version 1; the as-of date of its data is an assumption).
constexpr std::array kProvenanceColumnsV6{std::string_view("author"), std::string_view("model_version"),
                                         std::string_view("notes")};
constexpr std::string_view kProvenanceV6 = R"(ALTER TABLE "scenarios" ADD COLUMN "author" TEXT NOT NULL DEFAULT '';
ALTER TABLE "scenarios" ADD COLUMN "model_version" TEXT NOT NULL DEFAULT '';
ALTER TABLE "scenarios" ADD COLUMN "notes" TEXT NOT NULL DEFAULT '';
)";

// The upgrade to version 6 adds each provenance column the file lacks (a file
// taken back to an older version by hand may still have some).
bool addProvenanceV6(sqlite::Connection &connection, std::string &error)
{
    for (auto column : kProvenanceColumnsV6) {
        sqlite::Statement has(connection, "SELECT count(*) FROM pragma_table_xinfo('scenarios') WHERE name = ?1");
        has.bind(1, column);
        if (!has.ok() || !has.step()) {
            error = connection.error();
            return false;
        }
        if (has.columnInt64(0) == 0 &&
            !connection.execute("ALTER TABLE \"scenarios\" ADD COLUMN " + quoted(column) + " TEXT NOT NULL DEFAULT '';")) {
            error = connection.error();
            return false;
        }
    }
    return true;
}

static_assert(kEventFirstYear == 2020 && kEventLastYear == 2060, "the events table's CHECK needs a new schema version");

const std::array kMigrations{
    Migration{1, "add the distributions table (Monte Carlo uncertainty)", kDistributionsV2, nullptr},
    Migration{2, "add the source of each distribution", kDistributionSourceV3, nullptr},
    Migration{3, "add the events table (dated changes of inputs)", kEventsV4, nullptr},
    Migration{4, "add pinned inputs and the shared factors of Monte Carlo", kFactorsV5, nullptr},
    Migration{5, "add the provenance of each scenario (author, model version, notes)", {}, &addProvenanceV6},
};

std::string sqlString(std::string_view text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

// Decimal text for a range bound that SQLite reads as exactly `value`. SQLite's
// decimal parser can be one unit in the last place off; if so, widen the bound
// outwards (`direction` -1 for a minimum, +1 for a maximum) until the bound
// SQLite sees still admits `value`, so a valid value is never rejected.
class BoundFormatter
{
public:
    explicit BoundFormatter(sqlite::Connection &connection) : m_parse(connection, "SELECT CAST(?1 AS REAL)") {}

    std::string operator()(double value, int direction)
    {
        if (value == std::floor(value) && std::abs(value) < 9e15)
            return std::to_string(static_cast<long long>(value));
        double candidate = value;
        for (int attempt = 0; attempt < 8; ++attempt) {
            const std::string text = formatValue(candidate);
            const double parsed = parse(text);
            if (parsed == value || (direction < 0 ? parsed < value : parsed > value))
                return text;
            candidate = std::nextafter(candidate, direction < 0 ? -HUGE_VAL : HUGE_VAL);
        }
        return formatValue(value);
    }

private:
    double parse(const std::string &text)
    {
        if (!m_parse.ok())
            return std::nan("");
        m_parse.reset();
        m_parse.bind(1, std::string_view(text));
        return m_parse.step() ? m_parse.columnDouble(0) : std::nan("");
    }

    sqlite::Statement m_parse;
};

// "(x = 'a' OR x = 'b' ...)". Not "x IN (...)": SQLite builds a temporary
// index for a constant IN list of more than two values on every row it checks,
// which made saving several times slower.
std::string oneOf(const std::string &column, const std::vector<std::string_view> &values)
{
    std::string out;
    for (auto v : values)
        out += (out.empty() ? "(" : " OR ") + column + " = " + sqlString(v);
    return out + ")";
}

template <class Owner>
std::vector<std::string_view> fieldNames(std::span<const NumericField<Owner>> numeric,
                                         std::span<const TextField<Owner>> text)
{
    std::vector<std::string_view> names;
    for (const auto &f : text)
        names.push_back(f.name);
    for (const auto &f : numeric)
        names.push_back(f.name);
    return names;
}

std::string textColumn(std::string_view name, TextRule rule, std::span<const std::string_view> choices)
{
    const std::string q = quoted(name);
    std::string out = "    " + q + " TEXT NOT NULL";
    switch (rule) {
    case TextRule::Name:
        out += " CHECK (length(CAST(" + q + " AS BLOB)) BETWEEN 1 AND 64 AND instr(" + q + ", '/') = 0 AND instr(" +
               q + ", '.') = 0 AND substr(" + q + ", 1, 1) <> ' ' AND substr(" + q + ", -1, 1) <> ' ')";
        break;
    case TextRule::Colour:
        out += " CHECK (" + q + " GLOB '#";
        for (int i = 0; i < 6; ++i)
            out += "[0-9A-Fa-f]";
        out += "')";
        break;
    case TextRule::Choice:
        out += " CHECK " + oneOf(q, {choices.begin(), choices.end()});
        break;
    case TextRule::Free:
        break;
    }
    return out;
}

std::string numericColumn(std::string_view name, double min, double max, FieldType type, BoundFormatter &bound)
{
    const std::string q = quoted(name);
    switch (type) {
    case FieldType::Flag:
        return "    " + q + " INTEGER NOT NULL CHECK (" + q + " IN (0, 1))";
    case FieldType::Integer:
        return "    " + q + " INTEGER NOT NULL CHECK (" + q + " BETWEEN " + bound(min, -1) + " AND " + bound(max, 1) +
               " AND " + q + " = CAST(" + q + " AS INTEGER))";
    case FieldType::Real:
        break;
    }
    return "    " + q + " REAL NOT NULL CHECK (" + q + " BETWEEN " + bound(min, -1) + " AND " + bound(max, 1) + ")";
}

template <class Owner>
std::string fieldColumns(std::span<const NumericField<Owner>> numeric, std::span<const TextField<Owner>> text,
                         BoundFormatter &bound)
{
    std::string out;
    for (const auto &f : text)
        out += textColumn(f.name, f.rule, f.choices) + ",\n";
    for (const auto &f : numeric)
        out += numericColumn(f.name, f.min, f.max, f.type, bound) + ",\n";
    return out;
}

std::string sourcesTable(std::string_view table, std::string_view ownerColumn, std::string_view parent,
                         std::string_view parentColumn, const std::vector<std::string_view> &fields)
{
    return "CREATE TABLE " + quoted(table) + " (\n    " + quoted(ownerColumn) + " INTEGER NOT NULL REFERENCES " +
           quoted(parent) + "(" + quoted(parentColumn) + ") ON DELETE CASCADE,\n" +
           "    \"field\" TEXT NOT NULL CHECK " + oneOf("\"field\"", fields) + ",\n" +
           "    \"source\" TEXT NOT NULL,\n    PRIMARY KEY (" + quoted(ownerColumn) + ", \"field\")\n) WITHOUT ROWID;\n";
}

TableSpec fixedTable(std::string name, std::vector<std::string> columns)
{
    const size_t count = columns.size();
    return {std::move(name), std::move(columns), count};
}

// Leading structural columns, then the owner's text fields, then its numeric fields.
template <class Owner>
TableSpec fieldTable(std::string name, std::vector<std::string> leading,
                     std::span<const NumericField<Owner>> numeric, std::span<const TextField<Owner>> text)
{
    const size_t first = leading.size();
    for (const auto &f : text)
        leading.emplace_back(f.name);
    for (const auto &f : numeric)
        leading.emplace_back(f.name);
    return {std::move(name), std::move(leading), first};
}

// The same for a table whose columns all came with its schema version (the
// migrations add them), so a missing one is an error rather than a default.
template <class Owner>
TableSpec requiredFieldTable(std::string name, std::vector<std::string> leading,
                             std::span<const NumericField<Owner>> numeric, std::span<const TextField<Owner>> text)
{
    TableSpec table = fieldTable(std::move(name), std::move(leading), numeric, text);
    table.firstFieldColumn = table.columns.size();
    return table;
}

std::vector<TableSpec> buildTables()
{
    return {
        fixedTable("metadata", {"key", "value"}),
        fixedTable("scenarios", {"id", "name", "description", "created", "modified", "author", "model_version", "notes"}),
        fieldTable<Assumptions>("assumptions", {"scenario_id"}, assumptionNumericFields(), assumptionTextFields()),
        fixedTable("assumption_sources", {"scenario_id", "field", "source"}),
        fieldTable<Organisation>("organisations", {"id", "scenario_id"}, organisationNumericFields(),
                                 organisationTextFields()),
        fixedTable("organisation_sources", {"organisation_id", "field", "source"}),
        fieldTable<Partnership>("partnerships", {"id", "scenario_id"}, partnershipNumericFields(),
                                partnershipTextFields()),
        requiredFieldTable<Distribution>("distributions", {"id", "scenario_id", std::string(distributionKindField().name)},
                                         distributionNumericFields(), distributionTextFields()),
        fixedTable("events", {"id", "scenario_id", "year", "month", "path", "value", "note"}),
        fixedTable("factors", {"id", "scenario_id", "name", "description"}),
        fixedTable("factor_loadings", {"id", "factor_id", "path", "loading", "source"}),
    };
}

} // namespace

std::string quoted(std::string_view identifier)
{
    std::string out = "\"";
    for (char c : identifier)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

bool TableSpec::isFieldColumn(std::string_view column) const
{
    for (size_t i = firstFieldColumn; i < columns.size(); ++i)
        if (columns[i] == column)
            return true;
    return false;
}

const std::vector<TableSpec> &schemaTables()
{
    static const std::vector<TableSpec> tables = buildTables();
    return tables;
}

const TableSpec &schemaTable(std::string_view name)
{
    for (const auto &table : schemaTables())
        if (table.name == name)
            return table;
    throw std::logic_error("no table " + std::string(name) + " in the scenario file schema");
}

std::string currentSchemaSql(sqlite::Connection &connection)
{
    BoundFormatter bound(connection);
    std::string sql;
    sql += "CREATE TABLE \"metadata\" (\n    \"key\" TEXT PRIMARY KEY NOT NULL,\n    \"value\" TEXT NOT NULL\n);\n";
    sql += "CREATE TABLE \"scenarios\" (\n    \"id\" INTEGER PRIMARY KEY,\n"
           "    \"name\" TEXT NOT NULL UNIQUE CHECK (length(\"name\") > 0),\n"
           "    \"description\" TEXT NOT NULL,\n"
           "    \"created\" TEXT NOT NULL CHECK (\"created\" GLOB " + std::string(kTimestampGlob) + "),\n"
           "    \"modified\" TEXT NOT NULL CHECK (\"modified\" GLOB " + std::string(kTimestampGlob) + ")\n);\n";
    sql += "CREATE TABLE \"assumptions\" (\n"
           "    \"scenario_id\" INTEGER PRIMARY KEY REFERENCES \"scenarios\"(\"id\") ON DELETE CASCADE,\n" +
           fieldColumns(assumptionNumericFields(), assumptionTextFields(), bound) +
           "    CHECK (\"end_year\" > \"start_year\")\n);\n";
    sql += sourcesTable("assumption_sources", "scenario_id", "assumptions", "scenario_id",
                        fieldNames(assumptionNumericFields(), assumptionTextFields()));
    sql += "CREATE TABLE \"organisations\" (\n    \"id\" INTEGER PRIMARY KEY,\n"
           "    \"scenario_id\" INTEGER NOT NULL REFERENCES \"scenarios\"(\"id\") ON DELETE CASCADE,\n" +
           fieldColumns(organisationNumericFields(), organisationTextFields(), bound) +
           "    UNIQUE (\"scenario_id\", \"name\")\n);\n";
    sql += sourcesTable("organisation_sources", "organisation_id", "organisations", "id",
                        fieldNames(organisationNumericFields(), organisationTextFields()));
    sql += "CREATE TABLE \"partnerships\" (\n    \"id\" INTEGER PRIMARY KEY,\n"
           "    \"scenario_id\" INTEGER NOT NULL REFERENCES \"scenarios\"(\"id\") ON DELETE CASCADE,\n" +
           fieldColumns(partnershipNumericFields(), partnershipTextFields(), bound) +
           "    UNIQUE (\"scenario_id\", \"org_a\", \"org_b\"),\n"
           "    FOREIGN KEY (\"scenario_id\", \"org_a\") REFERENCES \"organisations\"(\"scenario_id\", \"name\"),\n"
           "    FOREIGN KEY (\"scenario_id\", \"org_b\") REFERENCES \"organisations\"(\"scenario_id\", \"name\"),\n"
           "    CHECK (\"org_a\" <> \"org_b\"),\n"
           "    CHECK (\"end_year\" >= \"start_year\")\n);\n";
    sql += kDistributionsV2;
    sql += kDistributionSourceV3;
    sql += kEventsV4;
    sql += kFactorsV5;
    sql += kProvenanceV6;
    return sql;
}

std::span<const Migration> migrations() { return kMigrations; }

bool migrate(sqlite::Connection &connection, int fromVersion, std::string &error)
{
    for (int version = fromVersion; version < kSchemaVersion; ++version) {
        const Migration *step = nullptr;
        for (const auto &m : kMigrations)
            step = m.from == version ? &m : step;
        if (!step) {
            error = "no upgrade from schema version " + std::to_string(version);
            return false;
        }
        const std::string setVersion = "PRAGMA user_version = " + std::to_string(version + 1) + ";";
        std::string stepError;
        if (!connection.execute("BEGIN;") ||
            !(step->step ? step->step(connection, stepError) : connection.execute(step->sql)) ||
            !connection.execute(setVersion) || !connection.execute("COMMIT;")) {
            error = "upgrading from schema version " + std::to_string(version) + " (" + std::string(step->what) +
                    ") failed: " + (stepError.empty() ? connection.error() : stepError);
            connection.execute("ROLLBACK;");
            return false;
        }
    }
    return true;
}

} // namespace asirace::store
