// [length]: the translation is more than three times as long as the English.
#include <unicode/uchar.h>

#include "base/unicode_text.h"
#include "checks/check.h"

namespace l10nc {

namespace {

// Characters (code points) that show: bidi marks and other default-ignorable code points,
// which right-to-left text (and the ar_XB pseudo-locale) has around words, take no room.
int32_t visible_characters(std::string_view text) {
  int32_t count = 0;
  // No ASCII character is default-ignorable: only the others are looked up.
  for_each_code_point(text, [&](UChar32 c) {
    count += c < 0x80 || !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
  });
  return count;
}

}  // namespace

void check_length(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  // Short English ("OK" -> "Aceptar") legitimately triples, so the translation must also be at
  // least 10 characters longer.
  const int32_t source = visible_characters(checked.source->text);
  const int32_t target = visible_characters(checked.target->text);
  if (target <= 3 * source || target - source < 10) return;
  reporter.report(checked, checked.translation.text,
                  "the translation has " + std::to_string(target) +
                      " characters, more than three times the English's " + std::to_string(source));
}

}  // namespace l10nc
