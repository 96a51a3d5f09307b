#include "scenariowriter.h"

#include "asirace_version.h"
#include "distributionfields.h"
#include "sqliteconnection.h"
#include "storeschema.h"

namespace asirace::store {
namespace {

using sqlite::Statement;

// INSERT for `table`, leaving out the columns in `skip` (row ids SQLite assigns).
std::string insertSql(const TableSpec &table, std::string_view skip = {})
{
    std::string columns, values;
    int n = 0;
    for (const auto &column : table.columns) {
        if (column == skip)
            continue;
        columns += (n ? ", " : "") + quoted(column);
        values += (n ? ", ?" : "?") + std::to_string(n + 1);
        ++n;
    }
    return "INSERT INTO " + quoted(table.name) + " (" + columns + ") VALUES (" + values + ")";
}

template <class Owner>
int bindFields(Statement &stmt, int index, const Owner &owner, std::span<const TextField<Owner>> text,
               std::span<const NumericField<Owner>> numeric)
{
    for (const auto &f : text)
        stmt.bind(index++, std::string_view(owner.*f.member));
    for (const auto &f : numeric) {
        const double value = owner.*f.member;
        if (f.type == FieldType::Real)
            stmt.bind(index++, value);
        else
            stmt.bind(index++, static_cast<long long>(value)); // whole numbers (checked before saving)
    }
    return index;
}

class Writer
{
public:
    Writer(sqlite::Connection &db, const std::string &now)
        : m_db(db), m_now(now), m_scenario(db, insertSql(schemaTable("scenarios"), "id")),
          m_assumptions(db, insertSql(schemaTable("assumptions"))),
          m_assumptionSource(db, insertSql(schemaTable("assumption_sources"))),
          m_organisation(db, insertSql(schemaTable("organisations"), "id")),
          m_organisationSource(db, insertSql(schemaTable("organisation_sources"))),
          m_partnership(db, insertSql(schemaTable("partnerships"), "id")),
          m_distribution(db, insertSql(schemaTable("distributions"), "id")),
          m_event(db, insertSql(schemaTable("events"), "id")),
          m_factor(db, insertSql(schemaTable("factors"), "id")),
          m_loading(db, insertSql(schemaTable("factor_loadings"), "id"))
    {
    }

    bool write(const Scenario &s)
    {
        m_scenario.reset();
        m_scenario.bind(1, std::string_view(s.name));
        m_scenario.bind(2, std::string_view(s.description));
        m_scenario.bind(3, std::string_view(s.created.empty() ? m_now : s.created));
        m_scenario.bind(4, std::string_view(s.modified.empty() ? m_now : s.modified));
        m_scenario.bind(5, std::string_view(s.author));
        m_scenario.bind(6, std::string_view(s.modelVersion));
        m_scenario.bind(7, std::string_view(s.notes));
        if (!m_scenario.run())
            return false;
        const long long scenarioId = m_db.lastInsertRowId();

        m_assumptions.reset();
        m_assumptions.bind(1, scenarioId);
        bindFields<Assumptions>(m_assumptions, 2, s.assumptions, assumptionTextFields(), assumptionNumericFields());
        if (!m_assumptions.run() || !writeSources(m_assumptionSource, scenarioId, s.assumptions.sources))
            return false;

        for (const auto &org : s.organisations) {
            m_organisation.reset();
            m_organisation.bind(1, scenarioId);
            bindFields<Organisation>(m_organisation, 2, org, organisationTextFields(), organisationNumericFields());
            if (!m_organisation.run() || !writeSources(m_organisationSource, m_db.lastInsertRowId(), org.sources))
                return false;
        }
        for (const auto &p : s.partnerships) {
            m_partnership.reset();
            m_partnership.bind(1, scenarioId);
            bindFields<Partnership>(m_partnership, 2, p, partnershipTextFields(), partnershipNumericFields());
            if (!m_partnership.run())
                return false;
        }
        for (const auto &d : s.distributions) {
            m_distribution.reset();
            m_distribution.bind(1, scenarioId);
            m_distribution.bind(2, distributionKindName(d.kind));
            bindFields<Distribution>(m_distribution, 3, d, distributionTextFields(), distributionNumericFields());
            if (!m_distribution.run())
                return false;
        }
        for (const auto &e : s.events) {
            m_event.reset();
            m_event.bind(1, scenarioId);
            m_event.bind(2, static_cast<long long>(e.year));
            m_event.bind(3, static_cast<long long>(e.month));
            m_event.bind(4, std::string_view(e.path));
            m_event.bind(5, e.value);
            m_event.bind(6, std::string_view(e.note));
            if (!m_event.run())
                return false;
        }
        return writeFactors(s, scenarioId);
    }

private:
    bool writeFactors(const Scenario &s, long long scenarioId)
    {
        for (const auto &f : s.factors) {
            m_factor.reset();
            m_factor.bind(1, scenarioId);
            m_factor.bind(2, std::string_view(f.name));
            m_factor.bind(3, std::string_view(f.description));
            if (!m_factor.run())
                return false;
            const long long factorId = m_db.lastInsertRowId();
            for (const auto &l : f.loadings) {
                m_loading.reset();
                m_loading.bind(1, factorId);
                m_loading.bind(2, std::string_view(l.path));
                m_loading.bind(3, l.loading);
                m_loading.bind(4, std::string_view(l.source));
                if (!m_loading.run())
                    return false;
            }
        }
        return true;
    }

    static bool writeSources(Statement &stmt, long long ownerId, const std::map<std::string, std::string> &sources)
    {
        for (const auto &[field, source] : sources) {
            stmt.reset();
            stmt.bind(1, ownerId);
            stmt.bind(2, std::string_view(field));
            stmt.bind(3, std::string_view(source));
            if (!stmt.run())
                return false;
        }
        return true;
    }

    sqlite::Connection &m_db;
    const std::string &m_now;
    Statement m_scenario, m_assumptions, m_assumptionSource, m_organisation, m_organisationSource, m_partnership,
        m_distribution, m_event, m_factor, m_loading;
};

bool writeMetadata(sqlite::Connection &db, const std::string &now)
{
    Statement insert(db, insertSql(schemaTable("metadata")));
    const std::pair<std::string_view, std::string_view> rows[] = {
        {"application", "ASI Race"}, {"application_version", kVersion}, {"saved", now}};
    for (const auto &[key, value] : rows) {
        insert.reset();
        insert.bind(1, key);
        insert.bind(2, value);
        if (!insert.run())
            return false;
    }
    return true;
}

} // namespace

bool writeScenarios(sqlite::Connection &db, const std::vector<Scenario> &scenarios, const std::string &now,
                    std::string &error)
{
    // The rollback journal stays in memory: the temporary file is thrown away
    // on failure, and the finished file needs no -journal or -wal beside it.
    // Durability comes from the explicit fsync before the rename.
    const std::string header = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                               "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";";
    bool ok = db.execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;") && db.execute("BEGIN;") &&
              db.execute(currentSchemaSql(db)) && db.execute(header) && writeMetadata(db, now);
    if (ok) {
        Writer writer(db, now);
        for (const auto &s : scenarios) {
            if (!(ok = writer.write(s)))
                break;
        }
    }
    if (ok)
        ok = db.execute("COMMIT;");
    if (!ok) {
        error = db.error();
        db.execute("ROLLBACK;");
    }
    return ok;
}

} // namespace asirace::store
