#include "atomicfile.h"

#include <fcntl.h>
#include <stdio.h> // renameat2
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

namespace asirace::store {
namespace {

namespace fs = std::filesystem;

std::string systemError(const std::string &what, const std::string &path)
{
    return what + " " + path + ": " + std::strerror(errno);
}

std::string randomSuffix()
{
    static thread_local std::mt19937_64 engine{std::random_device{}()};
    static const char *hex = "0123456789abcdef";
    std::string out;
    auto bits = engine();
    for (int i = 0; i < 8; ++i, bits >>= 4)
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
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_temp.empty() && !m_committed)
        ::unlink(m_temp.c_str());
}

bool AtomicFile::create(std::string &error)
{
    const fs::path target(m_target);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    struct stat existing {};
    const bool exists = ::stat(m_target.c_str(), &existing) == 0;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const auto candidate = (folder / ("." + target.filename().string() + ".tmp-" + randomSuffix())).string();
        // 0666 minus the umask, as for any new file; an existing target's mode is copied below.
        m_fd = ::open(candidate.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd >= 0) {
            m_temp = candidate;
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
