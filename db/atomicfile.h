#pragma once
// Replacing a file so that a crash at any instant leaves the old file or the
// new one, whole: write a temporary file in the same folder, fsync it, rename
// it over the target (atomic within one file system), fsync the folder.

#include <string>

namespace asirace::store {

class AtomicFile
{
public:
    // A symbolic link as target is followed: the file it points to is replaced.
    explicit AtomicFile(const std::string &target);
    ~AtomicFile(); // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Creates an empty temporary file ".NAME.tmp-XXXXXXXX" beside the target,
    // with the target's permissions when it exists.
    bool create(std::string &error);
    const std::string &tempPath() const { return m_temp; }

    // Flushes the temporary file to disk, renames it over the target and
    // flushes the folder, so the rename itself survives a power cut.
    bool commit(std::string &error);

private:
    std::string m_target;
    std::string m_temp;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace asirace::store
