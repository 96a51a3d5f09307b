#include "jsonstructure.h"

#include <nlohmann/json.hpp>

#include <set>
#include <vector>

namespace asirace {
namespace {

using nlohmann::json;

// SAX handler: one frame per open object or array, holding the keys seen so
// far (objects) or the next index (arrays). Returning false stops the parse.
class StructureSax
{
public:
    std::optional<JsonStructureProblem> problem;

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(json::number_integer_t) { return value(); }
    bool number_unsigned(json::number_unsigned_t) { return value(); }
    bool number_float(json::number_float_t, const json::string_t &) { return value(); }
    bool string(json::string_t &) { return value(); }
    bool binary(json::binary_t &) { return value(); }
    bool start_object(std::size_t) { return open(true); }
    bool start_array(std::size_t) { return open(false); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t &key)
    {
        auto &frame = m_frames.back();
        frame.key = key;
        if (frame.keys.insert(key).second)
            return true;
        problem = JsonStructureProblem{pointer(), "the key \"" + key + "\" appears twice in this object"};
        return false;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) { return false; }

private:
    struct Frame {
        bool object = false;
        std::set<std::string> keys;
        std::string key;
        std::size_t index = 0;
    };

    // A value ends an array element: the next one has the next index.
    bool value()
    {
        if (!m_frames.empty() && !m_frames.back().object)
            ++m_frames.back().index;
        return true;
    }
    bool open(bool object)
    {
        if (m_frames.size() >= kMaxJsonDepth) {
            problem = JsonStructureProblem{pointer(), "is nested deeper than " + std::to_string(kMaxJsonDepth) +
                                                          " levels, which no scenario document needs"};
            return false;
        }
        m_frames.push_back({object, {}, {}, 0});
        return true;
    }
    bool close()
    {
        m_frames.pop_back();
        return value();
    }
    std::string pointer() const
    {
        std::string out;
        for (const auto &f : m_frames)
            out += "/" + (f.object ? jsonPointerToken(f.key) : std::to_string(f.index));
        return out;
    }

    std::vector<Frame> m_frames;
};

} // namespace

std::string jsonPointerToken(std::string_view key)
{
    std::string out;
    for (char c : key)
        out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    return out;
}

std::optional<JsonStructureProblem> checkJsonStructure(const std::string &text)
{
    StructureSax sax;
    json::sax_parse(text, &sax);
    return sax.problem;
}

} // namespace asirace
