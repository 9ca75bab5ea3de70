#pragma once

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

// The one place that converts between UTF-8 and ICU's UTF-16, and measures text for terminals.
namespace l10nc {

icu::UnicodeString to_utf16(std::string_view utf8);
std::string to_utf8(const icu::UnicodeString& text);
// Appends to `out` without a UnicodeString per text (for writers of millions of strings).
// `utf8` must be well-formed: every reader refuses ill-formed input with its file:line:col,
// so writers only see well-formed text, and ICU's lenient conversion takes half the time of
// the checking one (ill-formed input would give unspecified UTF-16, never an overrun).
void append_utf16(std::u16string& out, std::string_view utf8);

// Text in another character set ("windows-1252", "UTF-16") as UTF-8, converted by ICU; nullopt
// when ICU knows no such charset or the bytes are not valid in it.
std::optional<std::string> charset_to_utf8(std::string_view bytes, const std::string& charset);

// Well-formed UTF-8 in another character set, converted by ICU; characters the charset cannot
// hold become XML character references (&#x263A;). nullopt when ICU knows no such charset.
std::optional<std::string> utf8_to_charset(std::string_view utf8, const std::string& charset);

// An ASCII letter, digit or '_': what ids, argument names and code names are made of.
constexpr bool is_ascii_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// XML's white space (S: space, tab, CR, LF), which also separates the parts of an ICU argument.
constexpr bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Unicode's White_Space, as u_isUWhiteSpace() says; ASCII's (tab to CR, space) without a lookup.
inline bool is_white_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}

// Calls `visit(UChar32)` for each code point of UTF-8 text, decoded by ICU's U8_NEXT; an
// ill-formed sequence is U+FFFD, as to_utf16() makes it. For checks that look at every
// character: no UTF-16 copy, and ASCII (most text) without a decoding step. A `visit` that
// returns bool stops the walk by returning false; the result says whether every code point
// was visited.
template <typename Visit>
bool for_each_code_point(std::string_view utf8, Visit visit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = bytes[i];
    if (c < 0x80) {
      ++i;
    } else {
      U8_NEXT(bytes, i, length, c);
      if (c < 0) c = 0xFFFD;
    }
    if constexpr (std::is_same_v<std::invoke_result_t<Visit&, UChar32>, bool>) {
      if (!visit(c)) return false;
    } else {
      visit(c);
    }
  }
  return true;
}

// The same over UTF-16 (ICU's U16_NEXT; an unpaired surrogate is itself, as ICU reads it).
template <typename Visit>
bool for_each_code_point(const icu::UnicodeString& text, Visit visit) {
  const char16_t* units = text.getBuffer();
  const int32_t length = text.length();
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U16_NEXT(units, i, length, c);
    if constexpr (std::is_same_v<std::invoke_result_t<Visit&, UChar32>, bool>) {
      if (!visit(c)) return false;
    } else {
      visit(c);
    }
  }
  return true;
}

// Byte offset of the first ill-formed UTF-8 sequence, if any.
std::optional<size_t> find_invalid_utf8(std::string_view text);

// Columns a terminal uses for the text: East Asian wide and fullwidth characters take two,
// combining marks and format characters none.
int display_width(std::string_view utf8);
int display_width(UChar32 c);

// Whether a code point is shown escaped by display_text(): C0 and C1 control characters
// (tab and newline included) and DEL, which terminals act on (ESC [31m colours a log, CR
// overwrites a line), and U+FFFE and U+FFFF, which XML 1.0 does not allow.
bool is_escaped_for_display(UChar32 c);
// Text from the inputs as reports show it: every character is_escaped_for_display() says as
// \u followed by four hex digits ("\u001b"), and ill-formed UTF-8 as U+FFFD. The result is
// printable on a terminal and valid in XML 1.0, JSON and HTML (after their own escaping).
std::string display_text(std::string_view text);

}  // namespace l10nc
