// [msgformat-syntax]: the text is not a valid ICU MessageFormat pattern.
#include "checks/check.h"

namespace l10nc {

void check_msgformat_syntax(const CheckedTranslation& checked, FindingReporter& reporter) {
  const Message& target = checked.translation.text;
  if (std::optional<std::string> error = message_format_error(target.pattern, checked.locale))
    reporter.report(checked, target,
                    "the translation is not a valid ICU MessageFormat pattern: " + *error +
                        " (the runtime shows the English instead)");
}

void check_msgformat_syntax_of_sources(const Catalog& catalog, FindingReporter& reporter) {
  for (const Entry& entry : catalog.entries())
    if (std::optional<std::string> error = message_format_error(entry.source.pattern, "en"))
      reporter.report_source(
          entry, "the English source is not a valid ICU MessageFormat pattern: " + *error);
}

}  // namespace l10nc
