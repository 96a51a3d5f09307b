#pragma once
// The sweep results file: one comment line that identifies the design, a CSV
// header, then one row per design point in point order:
//
//   # asirace-cli sweep: 27 points, shard 2/4, design 3f9c0d2e81a4b7c5
//   point,OpenAI.mfu,...,winner,arrival:OpenAI,...,p_first:OpenAI,...,p_none,note
//
// The design key is a hash of everything that decides the rows (scenario,
// design, Monte Carlo runs, seed), so --resume and sweep-merge refuse files
// from another sweep. Shard I of K holds the points with index % K == I - 1;
// its comment line names the shard, and the merged file's comment line is the
// unsharded one, so the merge of all shards equals the whole run byte for byte.
// Rows end in "\n"; a file cut short by a kill ends in a partial line, which
// readers drop. Arrival years have 3 decimals (months are 0.083 apart).

#include "sweep.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace asirace {

struct SweepShard {
    std::int64_t index = 1; // 1-based, as Slurm array tasks and GNU parallel's {#} count
    std::int64_t count = 1;
    bool holds(std::int64_t point) const { return point % count == index - 1; }
    // "I/K" with 1 <= I <= K; nullopt for anything else.
    static std::optional<SweepShard> parse(std::string_view text);
};

struct SweepPreamble {
    std::int64_t points = 0;
    std::optional<SweepShard> shard;
    std::string designKey; // 16 hex digits

    std::string line() const; // with its "\n"
    static std::optional<SweepPreamble> parse(std::string_view line);
};

// 64-bit FNV-1a as 16 hex digits: the design key of a canonical description.
std::string sweepDesignKey(std::string_view description);

// RFC 4180 quoting for a field with a comma, quote or line break.
std::string csvField(std::string_view text);

std::string sweepHeaderLine(const Sweep &sweep);
std::string sweepRowLine(const Sweep &sweep, const SweepRow &row);

// A results file split into its lines: preamble, header, complete rows.
// `completeBytes` is the length of the file up to the last complete row.
struct SweepFile {
    SweepPreamble preamble;
    std::string header; // with "\n"
    std::vector<std::string> rows; // with "\n"
    std::vector<std::int64_t> points; // each row's point index
    std::size_t completeBytes = 0;
};

// Parses a file's text; nullopt with `error` set when it is not a sweep file.
std::optional<SweepFile> parseSweepFile(std::string_view text, std::string &error);

} // namespace asirace
