// sweep-merge: joins the shards of one sweep into the file the unsharded run
// writes, byte for byte, after checking that they belong together and that
// every point is there exactly once.
#include "cliargs.h"
#include "clicommands.h"
#include "sweepcsv.h"
#include "sweepfiles.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

namespace asirace::cli {
namespace {

int fail(const std::string &message, int code = ExitInvalid)
{
    std::cerr << "asirace-cli sweep-merge: " << message << "\n";
    return code;
}

std::string shardText(const SweepPreamble &p)
{
    return p.shard ? std::to_string(p.shard->index) + "/" + std::to_string(p.shard->count) : std::string("1/1");
}

} // namespace

// sweep-merge OUT.csv SHARD.csv...
int runSweepMerge(const std::vector<std::string> &args)
{
    CliArgs parsed(args, {}, {});
    if (!parsed.ok() || parsed.positional().size() < 2) {
        if (!parsed.ok())
            std::cerr << "asirace-cli sweep-merge: " << parsed.error() << "\n";
        std::cerr << "usage: asirace-cli sweep-merge OUT.csv SHARD.csv...\n";
        return ExitInvalid;
    }
    namespace fs = std::filesystem;
    const std::string out = parsed.positional().front();
    const std::vector<std::string> shards(parsed.positional().begin() + 1, parsed.positional().end());
    std::vector<SweepFile> files;
    for (const auto &path : shards) {
        std::error_code ec;
        if (fs::exists(out, ec) && fs::equivalent(out, path, ec))
            return fail("OUT.csv " + out + " is also one of the shards; name a new file");
        const auto text = readWholeFile(path, "sweep-merge");
        if (!text)
            return ExitUnreadable;
        std::string error;
        auto file = parseSweepFile(*text, error);
        if (!file)
            return fail(path + " is not a sweep results file: it " + error);
        if (file->completeBytes != text->size())
            return fail(path + " ends in a partial row (the sweep was interrupted); finish it with --resume");
        if (!files.empty()) {
            const SweepFile &first = files.front();
            if (file->preamble.designKey != first.preamble.designKey || file->preamble.points != first.preamble.points ||
                file->header != first.header)
                return fail(path + " is from another sweep than " + shards.front() + " (design " +
                            file->preamble.designKey + ", not " + first.preamble.designKey + ")");
        }
        files.push_back(std::move(*file));
    }

    // Every shard I/K of one K, each once.
    const std::int64_t count = files.front().preamble.shard ? files.front().preamble.shard->count : 1;
    std::set<std::int64_t> present;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto &p = files[i].preamble;
        const std::int64_t k = p.shard ? p.shard->count : 1;
        if (k != count)
            return fail(shards[i] + " is shard " + shardText(p) + ", but " + shards.front() + " is shard " +
                        shardText(files.front().preamble));
        if (!present.insert(p.shard ? p.shard->index : 1).second)
            return fail("shard " + shardText(p) + " is given twice");
    }
    if (static_cast<std::int64_t>(present.size()) != count) {
        std::string missing;
        for (std::int64_t i = 1; i <= count; ++i)
            if (!present.count(i))
                missing += (missing.empty() ? "" : ", ") + std::to_string(i) + "/" + std::to_string(count);
        return fail("missing shard " + missing);
    }

    const std::int64_t points = files.front().preamble.points;
    std::vector<const std::string *> rows(static_cast<std::size_t>(points), nullptr);
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto &file = files[i];
        const SweepShard shard = file.preamble.shard.value_or(SweepShard{});
        for (std::size_t r = 0; r < file.rows.size(); ++r) {
            const std::int64_t point = file.points[r];
            if (!shard.holds(point) || rows[static_cast<std::size_t>(point)])
                return fail(shards[i] + " row " + std::to_string(r + 1) + ": point " + std::to_string(point) +
                            " does not belong to shard " + shardText(file.preamble) + " or appears twice");
            rows[static_cast<std::size_t>(point)] = &file.rows[r];
        }
    }
    for (std::int64_t point = 0; point < points; ++point) {
        if (!rows[static_cast<std::size_t>(point)]) {
            SweepPreamble owner;
            owner.shard = SweepShard{point % count + 1, count};
            return fail("point " + std::to_string(point) + " is missing: shard " + shardText(owner) +
                        " is incomplete (finish it with --resume)");
        }
    }

    // Written next to OUT and renamed over it, so OUT is never half a file.
    SweepPreamble merged = files.front().preamble;
    merged.shard.reset();
    const std::string part = out + ".part";
    {
        std::ofstream file(part, std::ios::binary | std::ios::trunc);
        file << merged.line() << files.front().header;
        for (const std::string *row : rows)
            file << *row;
        file.close();
        if (!file)
            return fail("cannot write " + part, ExitUnreadable);
    }
    std::error_code ec;
    fs::rename(part, out, ec);
    if (ec)
        return fail("cannot write " + out + ": " + ec.message(), ExitUnreadable);
    std::cout << out << ": " << points << " points from " << files.size() << " shard" << (files.size() == 1 ? "" : "s")
              << "\n";
    return ExitOk;
}

} // namespace asirace::cli
