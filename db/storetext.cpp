#include "storetext.h"

namespace asirace::store {
namespace {

// The length of the well-formed UTF-8 sequence at text[i] (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or 0 when it is not one.
size_t utf8Length(std::string_view text, size_t i)
{
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    size_t n = 0;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 3, low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 4, low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
    else
        return 0;
    if (i + n > text.size() || byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (size_t k = 2; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
    return n;
}

bool isControl(unsigned char c) { return c < 0x20 || c == 0x7F; }

} // namespace

std::string printable(std::string_view text, size_t maxBytes)
{
    std::string out;
    for (size_t i = 0; i < text.size();) {
        // Stop at a character boundary once the limit is reached, so no character is split.
        if (out.size() >= maxBytes) {
            out += "...";
            break;
        }
        const size_t n = utf8Length(text, i);
        if (n == 0 || (n == 1 && isControl(static_cast<unsigned char>(text[i])))) {
            out += '?';
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string quotedName(std::string_view text) { return "'" + printable(text) + "'"; }

std::string textProblem(std::string_view text, TextKind kind)
{
    for (size_t i = 0; i < text.size();) {
        const size_t n = utf8Length(text, i);
        if (n == 0)
            return "is not valid UTF-8 text (byte " + std::to_string(i + 1) + ")";
        const auto c = static_cast<unsigned char>(text[i]);
        const bool lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
        // C1 controls (U+0080..U+009F, bytes C2 80..C2 9F) steer terminals as C0 ones do.
        const bool c1 = n == 2 && c == 0xC2 && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if ((n == 1 && isControl(c) && !(kind == TextKind::Prose && lineBreakOrTab)) || c1)
            return "contains a control character (byte " + std::to_string(i + 1) + ")";
        i += n;
    }
    return {};
}

} // namespace asirace::store
