#include "storetext.h"

namespace asirace::store {

std::string printable(std::string_view text, size_t maxBytes)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        // Stop before a UTF-8 lead byte once the limit is reached, so no character is split.
        if (out.size() >= maxBytes && (c & 0xC0) != 0x80) {
            out += "...";
            break;
        }
        out += (c < 0x20 || c == 0x7F) ? '?' : static_cast<char>(c);
    }
    return out;
}

std::string quotedName(std::string_view text) { return "'" + printable(text) + "'"; }

} // namespace asirace::store
