// [apostrophe-quoting]: an apostrophe in the translation quotes a '{', '}' or '#' that the
// English does not, so an argument (or a plural's number) is printed as literal text.
#include "checks/check.h"

namespace l10nc {

namespace {

// The first literal "{...}" of the text, to show what gets printed instead of an argument.
std::string first_braced_text(const std::string& text) {
  const size_t open = text.find('{');
  if (open == std::string::npos) return {};
  const size_t close = text.find('}', open);
  if (close == std::string::npos || close - open > 40) return text.substr(open, 1);
  return text.substr(open, close - open + 1);
}

}  // namespace

void check_apostrophe_quoting(const CheckedTranslation& checked, FindingReporter& reporter) {
  // Apostrophes in text-syntax messages are l10nc's own escaping, never the translator's.
  if (checked.source == nullptr || checked.target == nullptr ||
      checked.translation.text.syntax != MessageSyntax::icu)
    return;
  if (checked.target->quoted_syntax_characters <= checked.source->quoted_syntax_characters) return;
  const std::string braced = first_braced_text(checked.target->text);
  std::string message =
      "an apostrophe quotes MessageFormat syntax that the English does not quote: ";
  message += braced.empty() ? "'#' is printed literally instead of the number"
                            : "'" + braced + "' is printed literally instead of being formatted";
  message += " (write '' for an apostrophe, or use ’)";
  reporter.report(checked, checked.translation.text, std::move(message));
}

}  // namespace l10nc
