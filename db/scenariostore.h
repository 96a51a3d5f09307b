#pragma once
// Scenario files: open and save a whole file of named scenarios.
//
// Opening never changes the file (it is read read-only and immutable, copied
// into memory, checked and, if older, upgraded there) and never shows a partial
// load: either every scenario comes back valid, or none and a message that
// names the problem. Saving writes a complete new file next to the target and
// renames it over the target, so an interrupted save leaves the old file or the
// new one, whole. No exception escapes for a bad or unreadable file.

#include "fileidentity.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace asirace {

enum class StoreErrorKind {
    None,
    Unreadable,     // missing, empty, truncated, corrupt, no permission, I/O error
    NotOurs,        // not SQLite, or another application's database
    NewerVersion,   // ours, but written by a newer ASI Race (schema version too high)
    InvalidContent, // ours, but rows break the rules: out of range, wrong types, missing rows, triggers...
};

std::string_view storeErrorKindName(StoreErrorKind kind);

struct LoadResult {
    std::vector<Scenario> scenarios;   // empty unless ok()
    StoreErrorKind kind = StoreErrorKind::None;
    std::string message;               // one sentence naming the file and the problem
    std::vector<std::string> problems; // every bad value or row (InvalidContent), naming scenario, object and field
    std::vector<std::string> warnings; // harmless things that were ignored (extra tables, a -wal file beside it)
    std::optional<FileIdentity> identity; // the file as it was when opened, for a later save's check
    int schemaVersion = 0;             // as found in the file; older versions are upgraded when saved
    std::string applicationVersion;    // ASI Race version that wrote the file, when known

    bool ok() const { return kind == StoreErrorKind::None; }
};

// Why a save was refused because of what it found at its path.
enum class SaveConflict {
    None,
    ChangedOnDisk, // SaveCondition::unchangedSince no longer holds
    AlreadyExists, // SaveCondition::noClobber and the file exists
};

struct SaveResult {
    bool ok = false;
    std::string message;               // why the save failed
    std::vector<std::string> problems; // invalid scenarios that were refused (nothing was written)
    SaveConflict conflict = SaveConflict::None;
    std::optional<FileIdentity> identity; // the file as written, when ok
};

LoadResult loadScenarioFile(const std::string &path);

// Writes `scenarios` (at least one, unique non-empty names, each passing
// validate()) as the whole content of `path`. Empty `created`/`modified`
// times are filled with the current time; given ones are kept.
// `condition` says when an existing file may be replaced (by default: always).
SaveResult saveScenarioFile(const std::string &path, const std::vector<Scenario> &scenarios,
                            const SaveCondition &condition = {});

// Problems that stop a set of scenarios from being saved: validation problems
// of each scenario and names that repeat. Empty when the set can be saved.
std::vector<std::string> checkScenarioSet(const std::vector<Scenario> &scenarios);

} // namespace asirace
