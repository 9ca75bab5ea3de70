// [msgformat-syntax]: the text is not a valid ICU MessageFormat pattern.
#include "checks/check.h"
#include "model/pattern_error.h"

namespace l10nc {

void check_msgformat_syntax(const CheckedTranslation& checked, FindingReporter& reporter) {
  const Message& target = checked.translation.text;
  if (std::optional<PatternError> error = find_pattern_error(target.pattern))
    reporter.report(checked, target,
                    "the translation is not a valid ICU MessageFormat pattern: " + error->reason +
                        " (the runtime shows the English instead)");
}

void check_msgformat_syntax_of_sources(const Catalog& catalog, FindingReporter& reporter) {
  for (const Entry& entry : catalog.entries())
    if (std::optional<PatternError> error = find_pattern_error(entry.source.pattern))
      reporter.report_source(
          entry, "the English source is not a valid ICU MessageFormat pattern: " + error->reason);
}

}  // namespace l10nc
