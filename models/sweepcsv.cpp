#include "sweepcsv.h"

#include "fieldspec.h"

#include <charconv>
#include <cstdio>

namespace asirace {
namespace {

constexpr std::string_view kPreamblePrefix = "# asirace-cli sweep: ";

std::optional<std::int64_t> wholeNumber(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty() || value < 0)
        return std::nullopt;
    return value;
}

// Consumes `literal` from the front of `text`.
bool take(std::string_view &text, std::string_view literal)
{
    if (text.substr(0, literal.size()) != literal)
        return false;
    text.remove_prefix(literal.size());
    return true;
}

std::string fixed(const char *pattern, double value)
{
    char text[40];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

} // namespace

std::optional<SweepShard> SweepShard::parse(std::string_view text)
{
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const auto index = wholeNumber(text.substr(0, slash));
    const auto count = wholeNumber(text.substr(slash + 1));
    if (!index || !count || *index < 1 || *index > *count)
        return std::nullopt;
    return SweepShard{*index, *count};
}

std::string SweepPreamble::line() const
{
    std::string text = std::string(kPreamblePrefix) + std::to_string(points) + " points, ";
    if (shard)
        text += "shard " + std::to_string(shard->index) + "/" + std::to_string(shard->count) + ", ";
    return text + "design " + designKey + "\n";
}

std::optional<SweepPreamble> SweepPreamble::parse(std::string_view line)
{
    if (!line.empty() && line.back() == '\n')
        line.remove_suffix(1);
    SweepPreamble preamble;
    if (!take(line, kPreamblePrefix))
        return std::nullopt;
    const std::size_t space = line.find(' ');
    const auto points = wholeNumber(line.substr(0, space));
    if (!points || space == std::string_view::npos)
        return std::nullopt;
    preamble.points = *points;
    line.remove_prefix(space);
    if (!take(line, " points, "))
        return std::nullopt;
    if (take(line, "shard ")) {
        const std::size_t comma = line.find(',');
        preamble.shard = comma == std::string_view::npos ? std::nullopt : SweepShard::parse(line.substr(0, comma));
        if (!preamble.shard)
            return std::nullopt;
        line.remove_prefix(comma);
        if (!take(line, ", "))
            return std::nullopt;
    }
    if (!take(line, "design ") || line.size() != 16 || line.find_first_not_of("0123456789abcdef") != line.npos)
        return std::nullopt;
    preamble.designKey = std::string(line);
    return preamble;
}

std::string sweepDesignKey(std::string_view description)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : description) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string sweepHeaderLine(const Sweep &sweep)
{
    std::string line = "point";
    for (const auto &axis : sweep.design().axes())
        line += "," + csvField(axis.path);
    line += ",winner";
    for (const auto &lab : sweep.labNames())
        line += "," + csvField("arrival:" + lab);
    if (sweep.options().monteCarloRuns > 0) {
        for (const auto &lab : sweep.labNames())
            line += "," + csvField("p_first:" + lab);
        line += ",p_none";
    }
    return line + ",note\n";
}

std::string sweepRowLine(const Sweep &sweep, const SweepRow &row)
{
    const auto &labs = sweep.labNames();
    const bool monteCarlo = sweep.options().monteCarloRuns > 0;
    std::string line = std::to_string(row.point);
    for (double value : row.inputs)
        line += "," + formatValue(value);
    if (!row.problem.empty()) {
        // Nothing was simulated: empty outcome cells, the reason in the note.
        const std::size_t empty = 1 + labs.size() + (monteCarlo ? labs.size() + 1 : 0);
        line += std::string(empty, ',');
        return line + "," + csvField("invalid: " + row.problem) + "\n";
    }
    line += "," + (row.winner >= 0 ? csvField(labs[static_cast<std::size_t>(row.winner)]) : std::string("none"));
    for (const auto &year : row.arrival)
        line += "," + (year ? fixed("%.3f", *year) : std::string());
    if (monteCarlo) {
        for (double p : row.pFirst)
            line += "," + fixed("%.6f", p);
        line += "," + fixed("%.6f", row.pNone);
    }
    return line + ",\n";
}

std::optional<SweepFile> parseSweepFile(std::string_view text, std::string &error)
{
    SweepFile file;
    auto nextLine = [&text](std::size_t &at) -> std::optional<std::string_view> {
        const std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos)
            return std::nullopt; // partial (or no) line
        const std::string_view line = text.substr(at, end + 1 - at);
        at = end + 1;
        return line;
    };
    std::size_t at = 0;
    const auto first = nextLine(at);
    const auto preamble = first ? SweepPreamble::parse(*first) : std::nullopt;
    if (!preamble) {
        error = "does not start with an asirace-cli sweep line";
        return std::nullopt;
    }
    file.preamble = *preamble;
    const auto header = nextLine(at);
    if (!header || header->substr(0, 6) != "point,") {
        error = "has no CSV header after its first line";
        return std::nullopt;
    }
    file.header = std::string(*header);
    file.completeBytes = at;
    while (const auto row = nextLine(at)) {
        const auto point = wholeNumber(row->substr(0, row->find(',')));
        if (!point || *point >= file.preamble.points) {
            error = "row " + std::to_string(file.rows.size() + 1) + " has no valid point index";
            return std::nullopt;
        }
        file.rows.emplace_back(*row);
        file.points.push_back(*point);
        file.completeBytes = at;
    }
    return file;
}

} // namespace asirace
