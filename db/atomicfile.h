#pragma once
// Replacing a file so that a crash at any instant leaves the old file or the
// new one, whole: write a temporary file in the same folder, fsync it, rename
// it over the target (atomic within one file system), fsync the folder.

#include "fileidentity.h"

#include <optional>
#include <string>

namespace asirace::store {

enum class CommitFailure { None, Io, ChangedOnDisk, Exists };

class AtomicFile
{
public:
    // A symbolic link as target is followed: the file it points to is replaced.
    explicit AtomicFile(const std::string &target);
    ~AtomicFile(); // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Creates an empty temporary file ".NAME.tmp-XXXXXXXX" beside the target
    // (NAME cut so the temporary name is legal wherever the target's is), with
    // the target's permissions when it exists, and locked while this object
    // lives. Temporary files of dead saves to the same target are removed
    // first. A target without any write permission is refused as read-only.
    bool create(std::string &error);
    const std::string &tempPath() const { return m_temp; }

    // Flushes the temporary file to disk, renames it over the target (as
    // `rule` allows) and flushes the folder, so the rename survives a power cut.
    bool commit(std::string &error, const SaveCondition &rule = {});
    CommitFailure failure() const { return m_failure; }
    // The new file's identity, once committed.
    const std::optional<FileIdentity> &identity() const { return m_identity; }

private:
    bool publish(std::string &error, const SaveCondition &rule);

    std::string m_target;
    std::string m_temp;
    int m_fd = -1;
    bool m_committed = false;
    CommitFailure m_failure = CommitFailure::None;
    std::optional<FileIdentity> m_identity;
};

} // namespace asirace::store
