// [empty-target]: a translation marked as done has no text.
#include <unicode/uchar.h>

#include "base/unicode_text.h"
#include "checks/check.h"

namespace l10nc {

namespace {

bool is_blank(std::string_view text) {
  return for_each_code_point(text, [](UChar32 c) { return is_white_space(c); });
}

}  // namespace

void check_empty_target(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.source == nullptr || checked.target == nullptr) return;
  if (!is_blank(checked.target->text) || is_blank(checked.source->text)) return;
  reporter.report(
      checked, checked.translation.text,
      "the translation is empty but marked " + std::string(state_name(checked.translation.state)));
}

}  // namespace l10nc
