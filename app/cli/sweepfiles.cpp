#include "sweepfiles.h"

#include "clicommands.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace asirace::cli {

std::optional<std::string> readWholeFile(const std::string &path, const char *command)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in)
        text << in.rdbuf();
    if (!in || in.bad()) {
        std::cerr << "asirace-cli " << command << ": cannot read " << path << ": " << std::strerror(errno) << "\n";
        return std::nullopt;
    }
    return text.str();
}

ResultsFile::~ResultsFile()
{
    close();
}

bool ResultsFile::append(const std::string &text)
{
    if (!m_file)
        return false;
    if (std::fwrite(text.data(), 1, text.size(), m_file) != text.size() || std::fflush(m_file) != 0) {
        std::cerr << "asirace-cli sweep: cannot write " << m_path << ": " << std::strerror(errno) << "\n";
        return false;
    }
    return true;
}

bool ResultsFile::close()
{
    if (!m_file)
        return true;
    const bool ok = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (!ok)
        std::cerr << "asirace-cli sweep: cannot write " << m_path << ": " << std::strerror(errno) << "\n";
    return ok;
}

int openResults(const std::string &path, const std::string &head, bool resume,
                const std::function<std::int64_t(std::int64_t)> &pointAt, ResultsFile &file)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const bool existing = fs::exists(path, ec) && fs::file_size(path, ec) > 0;
    file.m_path = path;
    if (existing) {
        if (!resume) {
            std::cerr << "asirace-cli sweep: " << path
                      << " already exists; add --resume to continue it, or remove it to start again\n";
            return ExitInvalid;
        }
        const auto text = readWholeFile(path, "sweep");
        if (!text)
            return ExitUnreadable;
        std::string error;
        const auto parsed = parseSweepFile(*text, error);
        if (!parsed) {
            std::cerr << "asirace-cli sweep: --resume: " << path << " " << error << "\n";
            return ExitInvalid;
        }
        if (parsed->preamble.line() + parsed->header != head) {
            std::cerr << "asirace-cli sweep: --resume: " << path
                      << " holds another sweep (scenario, design, Monte Carlo runs, seed or shard differ); "
                         "resume with the command that started it\n";
            return ExitInvalid;
        }
        for (std::size_t k = 0; k < parsed->points.size(); ++k) {
            if (parsed->points[k] != pointAt(static_cast<std::int64_t>(k))) {
                std::cerr << "asirace-cli sweep: --resume: row " << k + 1 << " of " << path << " is point "
                          << parsed->points[k] << ", expected " << pointAt(static_cast<std::int64_t>(k)) << "\n";
                return ExitInvalid;
            }
        }
        // Drop a row cut short by a kill; it is computed again.
        fs::resize_file(path, parsed->completeBytes, ec);
        if (ec) {
            std::cerr << "asirace-cli sweep: cannot write " << path << ": " << ec.message() << "\n";
            return ExitUnreadable;
        }
        file.rowsKept = static_cast<std::int64_t>(parsed->rows.size());
    }
    file.m_file = std::fopen(path.c_str(), existing ? "ab" : "wb");
    if (!file.m_file) {
        std::cerr << "asirace-cli sweep: cannot write " << path << ": " << std::strerror(errno) << "\n";
        return ExitUnreadable;
    }
    if (!existing && !file.append(head))
        return ExitUnreadable;
    return ExitOk;
}

} // namespace asirace::cli
