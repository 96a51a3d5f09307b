#include "atomicfile.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h> // renameat2
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>

namespace asirace::store {
namespace {

namespace fs = std::filesystem;

std::string systemError(const std::string &what, const std::string &path)
{
    return what + " " + path + ": " + std::strerror(errno);
}

constexpr size_t kSuffixLength = 8;   // hex digits after ".tmp-"
constexpr size_t kMaxNameBytes = 255; // NAME_MAX of Linux file systems
// A temporary file this old whose lock nobody holds was left by a dead writer.
// (The age covers the instant between creating a file and locking it.)
constexpr int kStaleAfterSeconds = 60;

// ".NAME.tmp-" for the target's file name, with NAME cut (at a character
// boundary) so that the whole temporary name fits where the target's fits.
std::string tempPrefix(const std::string &fileName)
{
    const size_t room = kMaxNameBytes - std::string_view(".").size() - std::string_view(".tmp-").size() - kSuffixLength;
    size_t keep = std::min(fileName.size(), room);
    while (keep > 0 && keep < fileName.size() && (static_cast<unsigned char>(fileName[keep]) & 0xC0) == 0x80)
        --keep;
    return "." + fileName.substr(0, keep) + ".tmp-";
}

bool isOurTempName(const std::string &entry, const std::string &prefix)
{
    return entry.size() == prefix.size() + kSuffixLength && entry.starts_with(prefix) &&
           entry.find_first_not_of("0123456789abcdef", prefix.size()) == std::string::npos;
}

// Removes the temporary files of saves to this target that died (killed, power
// cut): ours by name, unlocked (every live save holds a lock on its file, and
// the kernel drops it when the process dies) and not brand new.
void removeStaleTempFiles(const fs::path &folder, const std::string &prefix)
{
    DIR *dir = ::opendir(folder.c_str());
    if (!dir)
        return;
    const auto now = ::time(nullptr);
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (!isOurTempName(name, prefix))
            continue;
        const auto path = (folder / name).string();
        const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
            continue;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && now - st.st_mtime > kStaleAfterSeconds &&
            ::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(path.c_str());
        ::close(fd);
    }
    ::closedir(dir);
}

std::string randomSuffix()
{
    static thread_local std::mt19937_64 engine{std::random_device{}()};
    static const char *hex = "0123456789abcdef";
    std::string out;
    auto bits = engine();
    for (size_t i = 0; i < kSuffixLength; ++i, bits >>= 4)
        out += hex[bits & 15];
    return out;
}

} // namespace

AtomicFile::AtomicFile(const std::string &target) : m_target(target)
{
    std::error_code ec;
    if (fs::is_symlink(target, ec)) {
        auto resolved = fs::canonical(target, ec);
        if (!ec)
            m_target = resolved.string();
    }
}

AtomicFile::~AtomicFile()
{
    // Removed while still locked, so no other save takes it for a dead one's.
    if (!m_temp.empty() && !m_committed)
        ::unlink(m_temp.c_str());
    if (m_fd >= 0)
        ::close(m_fd);
}

bool AtomicFile::create(std::string &error)
{
    const fs::path target(m_target);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    struct stat existing {};
    const bool exists = ::stat(m_target.c_str(), &existing) == 0;
    if (exists && S_ISREG(existing.st_mode) && (existing.st_mode & 0222) == 0) {
        // Replacing it by a rename would work, but nobody may write it: its owner made it read-only.
        error = "the file is read-only; save under another name, or make it writable first";
        return false;
    }
    const std::string prefix = tempPrefix(target.filename().string());
    removeStaleTempFiles(folder, prefix);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const auto candidate = (folder / (prefix + randomSuffix())).string();
        // 0666 minus the umask, as for any new file; an existing target's mode is copied below.
        m_fd = ::open(candidate.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd >= 0) {
            m_temp = candidate;
            // Held until the file is renamed or removed: it tells a later save this one is alive.
            ::flock(m_fd, LOCK_EX | LOCK_NB);
            break;
        }
        if (errno != EEXIST) {
            error = systemError("cannot create a temporary file in", folder.string());
            return false;
        }
    }
    if (m_fd < 0) {
        error = "cannot find a free temporary file name in " + folder.string();
        return false;
    }
    if (exists)
        ::fchmod(m_fd, existing.st_mode & 07777);
    return true;
}

bool AtomicFile::commit(std::string &error, const SaveCondition &rule)
{
    m_failure = CommitFailure::Io;
    if (m_fd < 0) {
        error = "no temporary file to commit";
        return false;
    }
    if (::fsync(m_fd) != 0) {
        error = systemError("cannot flush", m_temp);
        return false;
    }
    // The inode and times survive the rename, so this is the published file's identity.
    m_identity = fileIdentity(m_fd);
    if (!publish(error, rule))
        return false;
    ::close(m_fd);
    m_fd = -1;
    m_failure = CommitFailure::None;
    m_committed = true;
    const fs::path target(m_target);
    const auto folder = target.has_parent_path() ? target.parent_path().string() : std::string(".");
    // Flush the folder so the rename survives a power cut. Some file systems
    // cannot sync folders; the new file is in place either way, so this is not an error.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

bool AtomicFile::publish(std::string &error, const SaveCondition &rule)
{
    if (rule.noClobber) {
        // Atomic no-clobber: of two writers racing for one name, exactly one
        // wins and the other sees EEXIST. renameat2 is Linux-only and not on
        // every file system; a hard link does the same where it is missing.
        int published = ::renameat2(AT_FDCWD, m_temp.c_str(), AT_FDCWD, m_target.c_str(), RENAME_NOREPLACE);
        if (published != 0 && (errno == EINVAL || errno == ENOSYS)) {
            published = ::link(m_temp.c_str(), m_target.c_str());
            if (published == 0)
                ::unlink(m_temp.c_str());
        }
        if (published != 0) {
            const bool exists = errno == EEXIST;
            m_failure = exists ? CommitFailure::Exists : CommitFailure::Io;
            error = exists ? "it already exists" : systemError("cannot create", m_target);
            return false;
        }
        return true;
    }
    if (rule.unchangedSince && fileIdentity(m_target) != rule.unchangedSince) {
        // Another program replaced or changed the file since it was opened.
        // (A change in the instant between this check and the rename is not
        // caught; no POSIX call compares and renames in one step.)
        m_failure = CommitFailure::ChangedOnDisk;
        error = "the file was changed on disk by another program since it was opened";
        return false;
    }
    if (::rename(m_temp.c_str(), m_target.c_str()) != 0) {
        error = systemError("cannot replace", m_target);
        return false;
    }
    return true;
}

} // namespace asirace::store
