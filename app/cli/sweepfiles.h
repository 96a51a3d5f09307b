#pragma once
// The files of sweep and sweep-merge: reading a results file whole, and the
// results file a sweep appends to (created fresh, or checked and cut back to
// its last complete row for --resume). Errors go to stderr.

#include "sweepcsv.h"

#include <cstdint>
#include <cstdio>
#include <functional>
#include <optional>
#include <string>

namespace asirace::cli {

// The whole file, or nullopt (after printing why, prefixed by `command`).
std::optional<std::string> readWholeFile(const std::string &path, const char *command);

class ResultsFile
{
public:
    ResultsFile() = default;
    ResultsFile(const ResultsFile &) = delete;
    ResultsFile &operator=(const ResultsFile &) = delete;
    ~ResultsFile();

    // Writes `text` and flushes it, so a kill after this leaves it on disk.
    bool append(const std::string &text);
    bool close();

    std::int64_t rowsKept = 0; // rows already in the file (after --resume)

private:
    friend int openResults(const std::string &, const std::string &, bool,
                           const std::function<std::int64_t(std::int64_t)> &, ResultsFile &);
    std::FILE *m_file = nullptr;
    std::string m_path;
};

// Opens `path` for a sweep whose file starts with `head` (preamble and header).
// A missing or empty file is started; an existing one is refused unless
// `resume`, and then must hold the same head and the rows pointAt(0),
// pointAt(1), ... in order. Returns an exit code.
int openResults(const std::string &path, const std::string &head, bool resume,
                const std::function<std::int64_t(std::int64_t)> &pointAt, ResultsFile &file);

} // namespace asirace::cli
