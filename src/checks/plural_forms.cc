// [plural-forms]: a plural in the translation lacks a category the locale's plural rules
// require (ICU PluralRules: Polish and Russian need one, few, many, other).
#include <algorithm>

#include "checks/check.h"
#include "model/locale_id.h"

namespace l10nc {

namespace {

std::string join_quoted(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "'" : ", '") + word + "'";
  return joined;
}

}  // namespace

void check_plural_forms(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.target == nullptr) return;
  std::string problems;
  for (const PatternPlural& plural : checked.target->plurals) {
    const std::vector<std::string> required = plural_categories(checked.locale, plural.ordinal);
    std::vector<std::string> missing;
    for (const std::string& category : required)
      if (std::find(plural.selectors.begin(), plural.selectors.end(), category) ==
          plural.selectors.end())
        missing.push_back(category);
    if (missing.empty()) continue;
    if (!problems.empty()) problems += "; ";
    problems += "{" + plural.argument + ", " + (plural.ordinal ? "selectordinal" : "plural") +
                "} lacks " + join_quoted(missing) + " (" + checked.locale + " needs " +
                join_quoted(required) + ")";
  }
  if (!problems.empty())
    reporter.report(checked, checked.translation.text, "plural categories missing: " + problems);
}

}  // namespace l10nc
