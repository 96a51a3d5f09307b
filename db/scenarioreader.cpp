#include "scenarioreader.h"

#include "distributionfields.h"
#include "sqliteconnection.h"
#include "storeschema.h"
#include "storetext.h"
#include "timestamps.h"
#include "validation.h"

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace asirace::store {
namespace {

using sqlite::Statement;

// Columns a file lacks are selected as NULL so the column positions stay fixed.
std::string selectSql(const TableSpec &table, std::string_view orderBy, const ColumnSet &absent)
{
    std::string sql = "SELECT ";
    for (size_t i = 0; i < table.columns.size(); ++i)
        sql += (i ? ", " : "") +
               (absent.count({table.name, table.columns[i]}) ? std::string("NULL") : quoted(table.columns[i]));
    return sql + " FROM " + quoted(table.name) + " ORDER BY " + std::string(orderBy);
}

int columnIndex(const TableSpec &table, std::string_view column)
{
    for (size_t i = 0; i < table.columns.size(); ++i)
        if (table.columns[i] == column)
            return static_cast<int>(i);
    return -1;
}

// Why a cell cannot be used where a number (or text) is expected.
std::string typeProblem(const Statement &row, int column, bool wantNumber)
{
    switch (row.columnType(column)) {
    case SQLITE_NULL:
        return "is missing (NULL)";
    case SQLITE_BLOB:
        return wantNumber ? "binary data is not a number" : "binary data is not text";
    case SQLITE_TEXT:
        return "text \"" + printable(row.columnText(column), 40) + "\" is not a number";
    default:
        return "the number " + formatValue(row.columnDouble(column)) + " is not text";
    }
}

class Reader
{
public:
    Reader(sqlite::Connection &db, const ColumnSet &absent) : m_db(db), m_absent(absent) {}

    ReadOutcome run()
    {
        readScenarioRows();
        readAssumptions();
        readSources("assumption_sources", [this](long long id) -> SourceOwner<Assumptions> {
            auto it = m_scenarioIndex.find(id);
            if (it == m_scenarioIndex.end())
                return {};
            return {it->second, m_labels[it->second] + ": assumptions", &m_out.scenarios[it->second].assumptions};
        });
        readOrganisations();
        readSources("organisation_sources", [this](long long id) -> SourceOwner<Organisation> {
            auto it = m_organisationIndex.find(id);
            if (it == m_organisationIndex.end())
                return {};
            const auto [s, o] = it->second;
            return {s, m_labels[s] + ": organisation " + quotedName(m_out.scenarios[s].organisations[o].name),
                    &m_out.scenarios[s].organisations[o]};
        });
        readPartnerships();
        readDistributions();
        readEvents();
        readFactors();
        finish();
        return std::move(m_out);
    }

private:
    // Problems are kept with the scenario they belong to (kNoScenario for the
    // file's own), so sorting them needs no search through the labels.
    static constexpr size_t kNoScenario = static_cast<size_t>(-1);
    void problem(std::string text, size_t scenario = kNoScenario) { m_problems.emplace_back(scenario, std::move(text)); }

    // Where a source row belongs: its scenario, a label for messages and the fields it documents.
    template <class Target>
    struct SourceOwner {
        size_t scenario = kNoScenario;
        std::string where;
        Target *target = nullptr;
    };

    void failedQuery(std::string_view table)
    {
        problem("table " + quotedName(table) + " cannot be read: " + m_db.error());
    }

    // The scenario a child row belongs to, or nullopt (reported) when it names none.
    std::optional<size_t> owner(const Statement &row, int column, std::string_view table, long long rowId)
    {
        if (row.columnType(column) == SQLITE_INTEGER) {
            auto it = m_scenarioIndex.find(row.columnInt64(column));
            if (it != m_scenarioIndex.end())
                return it->second;
        }
        problem("table " + quotedName(table) + ", row " + std::to_string(rowId) +
                ": scenario_id names no scenario in this file");
        return std::nullopt;
    }

    // Row ids must be whole numbers; a table declared differently by someone else could hold text there.
    bool hasRowId(const Statement &row, std::string_view table)
    {
        if (row.columnType(0) == SQLITE_INTEGER)
            return true;
        problem("table " + quotedName(table) + ": a row id " + typeProblem(row, 0, true));
        return false;
    }

    // SQLite stores any bytes as TEXT; what we take must be UTF-8 (JSON export
    // needs it) without the control characters its kind forbids.
    bool readText(const Statement &row, int column, std::string &out, const std::string &what, size_t scenario,
                  TextKind kind = TextKind::Name)
    {
        if (row.columnType(column) != SQLITE_TEXT) {
            problem(what + ": " + typeProblem(row, column, false), scenario);
            return false;
        }
        std::string text = row.columnText(column);
        if (auto reason = textProblem(text, kind); !reason.empty()) {
            problem(what + ": \"" + printable(text, 40) + "\" " + reason, scenario);
            return false;
        }
        out = std::move(text);
        return true;
    }

    // Text and numeric fields of `Owner`, in the order of the table's columns
    // starting at `column`. Ranges are left to validate(); types are checked here.
    template <class Owner>
    void readFields(const Statement &row, const TableSpec &table, int column, Owner &owner,
                    std::span<const TextField<Owner>> text, std::span<const NumericField<Owner>> numeric,
                    const std::string &where, size_t scenario)
    {
        auto absent = [&](std::string_view name) { return m_absent.count({table.name, std::string(name)}) > 0; };
        for (const auto &f : text) {
            if (!absent(f.name))
                readText(row, column, owner.*f.member, where + "." + std::string(f.name), scenario,
                         f.rule == TextRule::Name ? TextKind::Name : TextKind::Prose);
            ++column;
        }
        for (const auto &f : numeric) {
            const int type = row.columnType(column);
            // An absent column keeps the default, as a missing JSON key does.
            if ((type == SQLITE_INTEGER || type == SQLITE_FLOAT) && !absent(f.name))
                owner.*f.member = row.columnDouble(column);
            else if (!absent(f.name))
                problem(where + "." + std::string(f.name) + ": " + typeProblem(row, column, true) + " (allowed: " +
                        formatRange(f.min, f.max) + ")",
                        scenario);
            ++column;
        }
    }

    void readScenarioRows()
    {
        Statement row(m_db, selectSql(schemaTable("scenarios"), "\"id\"", m_absent));
        while (row.step()) {
            const long long id = row.columnInt64(0);
            if (!hasRowId(row, "scenarios"))
                continue;
            Scenario s;
            const bool named = row.columnType(1) == SQLITE_TEXT && !row.columnText(1).empty();
            const std::string label = named ? "scenario " + quotedName(row.columnText(1))
                                            : "scenario #" + std::to_string(id);
            const size_t index = m_out.scenarios.size();
            readText(row, 1, s.name, label + ".name", index);
            readText(row, 2, s.description, label + ".description", index, TextKind::Prose);
            readText(row, 3, s.created, label + ".created", index);
            readText(row, 4, s.modified, label + ".modified", index);
            readText(row, 5, s.author, label + ".author", index);
            readText(row, 6, s.modelVersion, label + ".model_version", index);
            readText(row, 7, s.notes, label + ".notes", index, TextKind::Prose);
            for (const auto *time : {&s.created, &s.modified})
                if (!time->empty() && !isUtcTimestamp(*time))
                    problem(label + (time == &s.created ? ".created" : ".modified") + ": \"" + printable(*time, 40) +
                                "\" is not a UTC time like 2025-01-31T12:00:00Z",
                            index);
            m_scenarioIndex[id] = index;
            m_labels.push_back(label);
            m_hasAssumptions.push_back(false);
            m_out.scenarios.push_back(std::move(s));
        }
        if (row.failed() || !row.ok())
            failedQuery("scenarios");
    }

    void readAssumptions()
    {
        const auto &table = schemaTable("assumptions");
        Statement row(m_db, selectSql(table, "\"scenario_id\"", m_absent));
        while (row.step()) {
            const auto index = owner(row, 0, "assumptions", row.columnInt64(0));
            if (!index)
                continue;
            if (m_hasAssumptions[*index]) {
                problem(m_labels[*index] + ": assumptions: more than one row", *index);
                continue;
            }
            m_hasAssumptions[*index] = true;
            readFields<Assumptions>(row, table, 1, m_out.scenarios[*index].assumptions, assumptionTextFields(),
                                    assumptionNumericFields(), m_labels[*index] + ": assumptions", *index);
        }
        if (row.failed() || !row.ok())
            failedQuery("assumptions");
    }

    template <class Find>
    void readSources(std::string_view table, Find find)
    {
        Statement row(m_db, selectSql(schemaTable(table), "1, 2", m_absent));
        while (row.step()) {
            auto [scenario, where, target] = find(row.columnInt64(0));
            if (!target || row.columnType(0) != SQLITE_INTEGER) {
                problem("table " + quotedName(table) + ": a source belongs to no " +
                        (table == "assumption_sources" ? "scenario" : "organisation") + " in this file");
                continue;
            }
            std::string field, source;
            if (!readText(row, 1, field, where + ".sources", scenario) ||
                !readText(row, 2, source, where + ".sources", scenario, TextKind::Prose))
                continue;
            if (isRetiredField(field))
                continue; // its column is reported as ignored
            if (!findNumericField(numericFieldsOf(target), field) && !findTextField(textFieldsOf(target), field))
                problem(where + ".sources: " + quotedName(field) + " names no field", scenario);
            else
                target->sources[field] = source;
        }
        if (row.failed() || !row.ok())
            failedQuery(table);
    }

    static std::span<const NumericField<Assumptions>> numericFieldsOf(Assumptions *) { return assumptionNumericFields(); }
    static std::span<const TextField<Assumptions>> textFieldsOf(Assumptions *) { return assumptionTextFields(); }
    static std::span<const NumericField<Organisation>> numericFieldsOf(Organisation *) { return organisationNumericFields(); }
    static std::span<const TextField<Organisation>> textFieldsOf(Organisation *) { return organisationTextFields(); }

    // A label for a child row: its name when it is text, its row id otherwise.
    static std::string childLabel(const Statement &row, int nameColumn, std::string_view kind, long long id)
    {
        if (nameColumn >= 0 && row.columnType(nameColumn) == SQLITE_TEXT)
            return std::string(kind) + " " + quotedName(row.columnText(nameColumn));
        return std::string(kind) + " #" + std::to_string(id);
    }

    // Calls read(row, id, scenario index) for each row of the child table
    // `name` (columns id, scenario_id, ...) that belongs to a scenario of this
    // file, in id order; rows without a whole-number id or owner are reported.
    template <class Read>
    void readChildRows(std::string_view name, Read read)
    {
        Statement row(m_db, selectSql(schemaTable(name), "\"id\"", m_absent));
        while (row.step()) {
            const long long id = row.columnInt64(0);
            if (!hasRowId(row, name))
                continue;
            if (const auto index = owner(row, 1, name, id))
                read(row, id, *index);
        }
        if (row.failed() || !row.ok())
            failedQuery(name);
    }

    void readOrganisations()
    {
        const auto &table = schemaTable("organisations");
        const int nameColumn = columnIndex(table, "name");
        readChildRows(table.name, [&](const Statement &row, long long id, size_t index) {
            auto &orgs = m_out.scenarios[index].organisations;
            Organisation org;
            readFields<Organisation>(row, table, 2, org, organisationTextFields(), organisationNumericFields(),
                                     m_labels[index] + ": " + childLabel(row, nameColumn, "organisation", id), index);
            m_organisationIndex[id] = {index, orgs.size()};
            orgs.push_back(std::move(org));
        });
    }

    void readPartnerships()
    {
        const auto &table = schemaTable("partnerships");
        const int a = columnIndex(table, "org_a"), b = columnIndex(table, "org_b");
        readChildRows(table.name, [&](const Statement &row, long long id, size_t index) {
            const bool named = row.columnType(a) == SQLITE_TEXT && row.columnType(b) == SQLITE_TEXT;
            const std::string label = named ? "partnership " + quotedName(row.columnText(a) + "/" + row.columnText(b))
                                            : "partnership #" + std::to_string(id);
            Partnership p;
            readFields<Partnership>(row, table, 2, p, partnershipTextFields(), partnershipNumericFields(),
                                    m_labels[index] + ": " + label, index);
            m_out.scenarios[index].partnerships.push_back(std::move(p));
        });
    }

    void readDistributions()
    {
        const auto &table = schemaTable("distributions");
        const int kindColumn = columnIndex(table, distributionKindField().name);
        const int pathColumn = columnIndex(table, "path");
        readChildRows(table.name, [&](const Statement &row, long long id, size_t index) {
            const std::string where = m_labels[index] + ": " + childLabel(row, pathColumn, "distribution", id);
            Distribution d;
            std::string kind;
            if (readText(row, kindColumn, kind, where + ".kind", index) && !parseDistributionKind(kind, d.kind))
                problem(where + ".kind: \"" + printable(kind, 40) + "\" is not one of " +
                            formatChoices(distributionKindField().choices),
                        index);
            readFields<Distribution>(row, table, kindColumn + 1, d, distributionTextFields(),
                                     distributionNumericFields(), where, index);
            m_out.scenarios[index].distributions.push_back(std::move(d));
        });
    }

    void readEvents()
    {
        const auto &table = schemaTable("events");
        readChildRows(table.name, [&](const Statement &row, long long id, size_t index) {
            const std::string where = m_labels[index] + ": event #" + std::to_string(id);
            ScheduledEvent e;
            // Whole numbers are checked here; their ranges by validate(), like every field.
            for (auto [column, target] : {std::pair{2, &e.year}, {3, &e.month}}) {
                if (row.columnType(column) == SQLITE_INTEGER)
                    *target = static_cast<int>(std::clamp<long long>(row.columnInt64(column), -1, 1 << 20));
                else if (row.columnType(column) == SQLITE_FLOAT)
                    problem(where + "." + table.columns[size_t(column)] + ": " + formatValue(row.columnDouble(column)) +
                                " is not a whole number",
                            index);
                else
                    problem(where + "." + table.columns[size_t(column)] + ": " + typeProblem(row, column, true), index);
            }
            readText(row, 4, e.path, where + ".path", index);
            if (const int type = row.columnType(5); type == SQLITE_INTEGER || type == SQLITE_FLOAT)
                e.value = row.columnDouble(5);
            else
                problem(where + ".value: " + typeProblem(row, 5, true), index);
            readText(row, 6, e.note, where + ".note", index, TextKind::Prose);
            m_out.scenarios[index].events.push_back(std::move(e));
        });
    }

    void readFactors()
    {
        readChildRows("factors", [&](const Statement &row, long long id, size_t index) {
            SharedFactor f;
            const std::string where = m_labels[index] + ": factor #" + std::to_string(id);
            readText(row, 2, f.name, where + ".name", index);
            readText(row, 3, f.description, where + ".description", index, TextKind::Prose);
            auto &factors = m_out.scenarios[index].factors;
            m_factorIndex[id] = {index, factors.size()};
            factors.push_back(std::move(f));
        });
        Statement row(m_db, selectSql(schemaTable("factor_loadings"), "\"id\"", m_absent));
        while (row.step()) {
            if (!hasRowId(row, "factor_loadings"))
                continue;
            const long long id = row.columnInt64(0);
            auto it = row.columnType(1) == SQLITE_INTEGER ? m_factorIndex.find(row.columnInt64(1)) : m_factorIndex.end();
            if (it == m_factorIndex.end()) {
                problem("table \"factor_loadings\", row " + std::to_string(id) + ": factor_id names no factor in this file");
                continue;
            }
            const auto [s, f] = it->second;
            const std::string where = m_labels[s] + ": factor loading #" + std::to_string(id);
            FactorLoading l;
            readText(row, 2, l.path, where + ".path", s);
            if (const int type = row.columnType(3); type == SQLITE_INTEGER || type == SQLITE_FLOAT)
                l.loading = row.columnDouble(3);
            else
                problem(where + ".loading: " + typeProblem(row, 3, true), s);
            readText(row, 4, l.source, where + ".source", s, TextKind::Prose);
            m_out.scenarios[s].factors[f].loadings.push_back(std::move(l));
        }
        if (row.failed() || !row.ok())
            failedQuery("factor_loadings");
    }

    void finish()
    {
        if (m_out.scenarios.empty() && m_problems.empty())
            problem("the file contains no scenarios");
        std::map<std::string, size_t> names;
        for (size_t i = 0; i < m_out.scenarios.size(); ++i) {
            const auto &s = m_out.scenarios[i];
            if (!m_hasAssumptions[i])
                problem(m_labels[i] + ": assumptions: the row is missing", i);
            if (!s.name.empty() && !names.emplace(s.name, i).second)
                problem(m_labels[i] + ".name: is used by another scenario in this file", i);
            for (const auto &p : validate(s))
                problem(m_labels[i] + ": " + printable(p.toString(), 300), i);
        }
        sortProblemsByScenario();
        if (!m_out.problems.empty())
            m_out.scenarios.clear(); // never a partial load
    }

    // Problems were found table by table; show them scenario by scenario, in
    // file order, after the problems that belong to no scenario. Each carries
    // its scenario's index, so this is one sort, not a search per problem.
    void sortProblemsByScenario()
    {
        auto rank = [](size_t scenario) { return scenario == kNoScenario ? 0 : scenario + 1; };
        std::stable_sort(m_problems.begin(), m_problems.end(),
                         [&](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
        m_out.problems.clear();
        m_out.problems.reserve(m_problems.size());
        for (auto &[scenario, text] : m_problems)
            m_out.problems.push_back(std::move(text));
    }

    sqlite::Connection &m_db;
    const ColumnSet &m_absent;
    ReadOutcome m_out;
    std::vector<std::pair<size_t, std::string>> m_problems; // (scenario index or kNoScenario, text)
    std::map<long long, size_t> m_scenarioIndex;                       // scenarios.id -> index
    std::map<long long, std::pair<size_t, size_t>> m_organisationIndex; // organisations.id -> (scenario, organisation)
    std::map<long long, std::pair<size_t, size_t>> m_factorIndex;       // factors.id -> (scenario, factor)
    std::vector<std::string> m_labels;                                 // "scenario 'Evidence baseline'"
    std::vector<bool> m_hasAssumptions;
};

} // namespace

ReadOutcome readScenarios(sqlite::Connection &db, const ColumnSet &absentFields)
{
    return Reader(db, absentFields).run();
}

} // namespace asirace::store
