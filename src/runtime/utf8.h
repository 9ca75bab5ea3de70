#pragma once

#include <unicode/unistr.h>

#include <string>
#include <string_view>

// The runtime's UTF-8 <-> UTF-16 conversions (the runtime links no compiler code, so it cannot
// use src/base/unicode_text.h). All of them go through ICU.
namespace l10n::detail {

icu::UnicodeString to_utf16(std::string_view utf8);
void append_utf8(const icu::UnicodeString& text, std::string& out);
std::string to_utf8(const icu::UnicodeString& text);

// Appends `text`, replacing ill-formed UTF-8 by U+FFFD as ICU's conversion does, so that
// whatever an application passes, the result is well-formed UTF-8.
void append_well_formed(std::string_view text, std::string& out);

}  // namespace l10n::detail
