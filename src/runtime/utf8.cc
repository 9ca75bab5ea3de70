#include "utf8.h"

#include <unicode/bytestream.h>
#include <unicode/utf8.h>

namespace l10n::detail {

icu::UnicodeString to_utf16(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

void append_utf8(const icu::UnicodeString& text, std::string& out) {
  icu::StringByteSink<std::string> sink(&out);
  text.toUTF8(sink);
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  append_utf8(text, out);
  return out;
}

void append_well_formed(std::string_view text, std::string& out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      append_utf8(to_utf16(text), out);
      return;
    }
  }
  out.append(text);
}

}  // namespace l10n::detail
