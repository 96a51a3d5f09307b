#pragma once
// Which file is at a path, as the file system tells it: device and inode (a
// rename over the path gives a new inode), size and modification time to the
// nanosecond (an edit in place). Recorded when a file is opened and compared
// just before a save replaces it, so a change made by another program in
// between is noticed instead of being silently overwritten.

#include <cstdint>
#include <optional>
#include <string>

namespace asirace {

struct FileIdentity {
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;

    bool operator==(const FileIdentity &) const = default;
};

// When a save may replace what is at its path.
struct SaveCondition {
    // Replace the file only while it is still this one (as recorded when it
    // was opened or last saved): another program's change in between is
    // reported, not overwritten.
    std::optional<FileIdentity> unchangedSince;
    // Never replace an existing file (new, import-json without --force): the
    // file appears under its name whole, or the save fails because it exists.
    bool noClobber = false;
};

// The identity of the file at `path` (a symbolic link is followed); nullopt
// when there is none or it cannot be looked at.
std::optional<FileIdentity> fileIdentity(const std::string &path);
// The same, for an open file descriptor.
std::optional<FileIdentity> fileIdentity(int fd);

} // namespace asirace
