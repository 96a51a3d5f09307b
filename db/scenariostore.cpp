#include "scenariostore.h"

#include "atomicfile.h"
#include "scenarioreader.h"
#include "scenariowriter.h"
#include "sqliteconnection.h"
#include "storefilechecks.h"
#include "storeschema.h"
#include "storetext.h"
#include "timestamps.h"
#include "validation.h"

#include <filesystem>
#include <map>

namespace asirace {
namespace {

using store::CheckFailure;
using store::quotedName;

LoadResult failed(LoadResult result, const CheckFailure &failure)
{
    result.scenarios.clear();
    result.kind = failure.kind;
    result.message = failure.message;
    return result;
}

// Sidecar files are ignored (the file is opened immutable); say so, because a
// -wal file may hold changes another program never wrote into the file.
void noteSidecars(const std::string &path, std::vector<std::string> &warnings)
{
    std::error_code ec;
    for (const char *suffix : {"-wal", "-journal"}) {
        if (std::filesystem::exists(path + suffix, ec))
            warnings.push_back("ignored " + quotedName(path + suffix) +
                               " beside the file: changes kept only there are not shown");
    }
}

LoadResult load(const std::string &path)
{
    using namespace store;
    LoadResult result;
    const std::string name = quotedName(path);
    // Taken before reading: a change made while the file is read makes a
    // later save ask, rather than letting it pass unnoticed.
    result.identity = fileIdentity(path);
    if (auto failure = checkFileBytes(path))
        return failed(std::move(result), *failure);
    noteSidecars(path, result.warnings);

    sqlite::Connection file;
    if (!file.openReadOnly(path))
        return failed(std::move(result), {StoreErrorKind::Unreadable, "cannot open " + name + ": " + file.error()});
    if (auto failure = checkIdentity(file, path, result.schemaVersion, result.applicationVersion))
        return failed(std::move(result), *failure);
    if (auto failure = checkIntegrity(file, path))
        return failed(std::move(result), *failure);
    if (auto failure = checkSchemaObjects(file, path, result.warnings))
        return failed(std::move(result), *failure);

    // Work on a private copy: upgrading an older schema must not touch the file.
    sqlite::Connection memory;
    if (!memory.openMemory() || !file.copyTo(memory))
        return failed(std::move(result), {StoreErrorKind::Unreadable, "cannot read " + name + ": " + file.error()});
    file.close();
    std::string error;
    if (!migrate(memory, result.schemaVersion, error))
        return failed(std::move(result), {StoreErrorKind::InvalidContent, name + ": " + error});
    ColumnSet absentFields;
    if (auto failure = checkColumns(memory, path, result.warnings, absentFields))
        return failed(std::move(result), *failure);

    auto read = readScenarios(memory, absentFields);
    if (!read.problems.empty()) {
        result.problems = std::move(read.problems);
        const auto count = result.problems.size();
        return failed(std::move(result),
                      {StoreErrorKind::InvalidContent, name + " has " + std::to_string(count) +
                                                           (count == 1 ? " invalid value or row" : " invalid values or rows") +
                                                           "; nothing was loaded"});
    }
    result.scenarios = std::move(read.scenarios);
    return result;
}

template <class Owner>
void checkSources(const std::map<std::string, std::string> &sources, std::span<const NumericField<Owner>> numeric,
                  std::span<const TextField<Owner>> text, const std::string &where, std::vector<std::string> &problems)
{
    for (const auto &[field, source] : sources)
        if (!findNumericField(numeric, field) && !findTextField(text, field))
            problems.push_back(where + ".sources: " + quotedName(field) + " names no field");
}

void checkText(const std::string &text, store::TextKind kind, const std::string &where,
               std::vector<std::string> &problems)
{
    if (auto reason = store::textProblem(text, kind); !reason.empty())
        problems.push_back(where + ": \"" + store::printable(text, 40) + "\" " + reason);
}

template <class Owner>
void checkTextFields(const Owner &owner, std::span<const TextField<Owner>> fields, const std::string &where,
                     std::vector<std::string> &problems)
{
    for (const auto &f : fields)
        checkText(owner.*f.member, f.rule == TextRule::Name ? store::TextKind::Name : store::TextKind::Prose,
                  where + "." + std::string(f.name), problems);
}

// What a reader would refuse is never written: text that is not UTF-8, or
// names with control characters (the same rules as opening and importing).
void checkTexts(const Scenario &s, const std::string &label, std::vector<std::string> &problems)
{
    using store::TextKind;
    checkText(s.name, TextKind::Name, label + ".name", problems);
    checkText(s.description, TextKind::Prose, label + ".description", problems);
    checkText(s.author, TextKind::Name, label + ".author", problems);
    checkText(s.modelVersion, TextKind::Name, label + ".model_version", problems);
    checkText(s.notes, TextKind::Prose, label + ".notes", problems);
    checkTextFields(s.assumptions, assumptionTextFields(), label + ": assumptions", problems);
    for (const auto &[field, source] : s.assumptions.sources)
        checkText(source, TextKind::Prose, label + ": assumptions.sources." + field, problems);
    for (const auto &org : s.organisations) {
        const std::string where = label + ": organisation " + quotedName(org.name);
        checkTextFields(org, organisationTextFields(), where, problems);
        for (const auto &[field, source] : org.sources)
            checkText(source, TextKind::Prose, where + ".sources." + field, problems);
    }
    for (const auto &p : s.partnerships)
        checkTextFields(p, partnershipTextFields(), label + ": partnership " + quotedName(p.key()), problems);
    for (const auto &d : s.distributions) {
        checkText(d.path, TextKind::Name, label + ": distribution.path", problems);
        checkText(d.source, TextKind::Prose, label + ": distribution " + quotedName(d.path) + ".source", problems);
    }
}

} // namespace

std::string_view storeErrorKindName(StoreErrorKind kind)
{
    switch (kind) {
    case StoreErrorKind::None: return "ok";
    case StoreErrorKind::Unreadable: return "unreadable";
    case StoreErrorKind::NotOurs: return "not an ASI Race file";
    case StoreErrorKind::NewerVersion: return "newer version";
    case StoreErrorKind::InvalidContent: return "invalid content";
    }
    return {};
}

LoadResult loadScenarioFile(const std::string &path)
{
    try {
        return load(path);
    } catch (const std::exception &e) {
        LoadResult result;
        result.kind = StoreErrorKind::Unreadable;
        result.message = "cannot read " + quotedName(path) + ": " + e.what();
        return result;
    }
}

std::vector<std::string> checkScenarioSet(const std::vector<Scenario> &scenarios)
{
    std::vector<std::string> problems;
    if (scenarios.empty())
        problems.push_back("there are no scenarios to save");
    std::map<std::string, int> names;
    for (const auto &s : scenarios) {
        const std::string label = "scenario " + quotedName(s.name);
        if (++names[s.name] == 2)
            problems.push_back(label + ".name: is used by more than one scenario");
        for (const auto *time : {&s.created, &s.modified})
            if (!time->empty() && !isUtcTimestamp(*time))
                problems.push_back(label + (time == &s.created ? ".created" : ".modified") + ": \"" + *time +
                                   "\" is not a UTC time like 2025-01-31T12:00:00Z");
        checkTexts(s, label, problems);
        for (const auto &p : validate(s))
            problems.push_back(label + ": " + store::printable(p.toString(), 300));
        checkSources(s.assumptions.sources, assumptionNumericFields(), assumptionTextFields(), label + ": assumptions",
                     problems);
        for (const auto &org : s.organisations)
            checkSources(org.sources, organisationNumericFields(), organisationTextFields(),
                         label + ": organisation " + quotedName(org.name), problems);
    }
    return problems;
}

SaveResult saveScenarioFile(const std::string &path, const std::vector<Scenario> &scenarios,
                            const SaveCondition &condition)
{
    SaveResult result;
    const std::string name = quotedName(path);
    try {
        result.problems = checkScenarioSet(scenarios);
        if (!result.problems.empty()) {
            result.message = name + " was not saved: " + std::to_string(result.problems.size()) +
                             (result.problems.size() == 1 ? " problem" : " problems") + " in the scenarios";
            return result;
        }
        store::AtomicFile file(path);
        std::string error;
        if (!file.create(error)) {
            result.message = "cannot save " + name + ": " + error;
            return result;
        }
        {
            sqlite::Connection db;
            if (!db.openForWriting(file.tempPath()) ||
                !store::writeScenarios(db, scenarios, currentUtcTimestamp(), error)) {
                result.message = "cannot save " + name + ": " + (error.empty() ? db.error() : error);
                return result;
            }
        }
        if (!file.commit(error, condition)) {
            result.message = "cannot save " + name + ": " + error;
            result.conflict = file.failure() == store::CommitFailure::ChangedOnDisk ? SaveConflict::ChangedOnDisk
                              : file.failure() == store::CommitFailure::Exists      ? SaveConflict::AlreadyExists
                                                                                    : SaveConflict::None;
            return result;
        }
        result.identity = file.identity();
        result.ok = true;
    } catch (const std::exception &e) {
        result.ok = false;
        result.message = "cannot save " + name + ": " + e.what();
    }
    return result;
}

} // namespace asirace
