// Property: formatting escape_literal(text) with ICU MessageFormat gives the text back.
#include <unicode/msgfmt.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "base/unicode_text.h"
#include "model/message_pattern.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (l10nc::find_invalid_utf8(text) || text.find('\0') != std::string::npos) return -1;
  for (auto context : {l10nc::PatternContext::top_level, l10nc::PatternContext::plural_message}) {
    std::string pattern = l10nc::escape_literal(text, context);
    if (context == l10nc::PatternContext::plural_message)
      pattern = "{n,plural,other{" + pattern + "}}";
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(l10nc::to_utf16(pattern), icu::Locale::getRoot(), status);
    if (U_FAILURE(status)) __builtin_trap();
    icu::UnicodeString name = u"n";
    icu::Formattable value(int32_t{1});
    icu::UnicodeString out;
    format.format(&name, &value, 1, out, status);
    if (U_FAILURE(status) || l10nc::to_utf8(out) != text) __builtin_trap();
  }
  return 0;
}
