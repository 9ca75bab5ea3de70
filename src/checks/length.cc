// [length]: the translation is more than three times as long as the English.
#include "base/unicode_text.h"
#include "checks/check.h"

namespace l10nc {

void check_length(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  // Characters (code points); short English ("OK" -> "Aceptar") legitimately triples, so the
  // translation must also be at least 10 characters longer.
  const int32_t source = to_utf16(checked.source->text).countChar32();
  const int32_t target = to_utf16(checked.target->text).countChar32();
  if (target <= 3 * source || target - source < 10) return;
  reporter.report(checked, checked.translation.text,
                  "the translation has " + std::to_string(target) +
                      " characters, more than three times the English's " + std::to_string(source));
}

}  // namespace l10nc
