// [plural-forms]: a plural in the translation lacks a category the locale's plural rules
// have (ICU PluralRules: Polish and Russian have one, few, many, other). A warning: nothing
// breaks, ICU shows the `other` message for the numbers of a missing category (compare-locales'
// rule: errors are for what breaks at run time).
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

bool has_selector(const PatternPlural& plural, const std::string& selector) {
  return std::find(plural.selectors.begin(), plural.selectors.end(), selector) !=
         plural.selectors.end();
}

// German "one" is only 1: "=1 {...}" says all of it.
bool covered_by_explicit_values(const PatternPlural& plural, const std::string& locale,
                                const std::string& category) {
  const std::optional<std::vector<int64_t>> integers =
      plural_category_integers(locale, plural.ordinal, category);
  return integers && std::all_of(integers->begin(), integers->end(), [&](int64_t n) {
           return has_selector(plural, "=" + std::to_string(n));
         });
}

}  // namespace

void check_plural_forms(const CheckedTranslation& checked, FindingReporter& reporter) {
  if (checked.target == nullptr) return;
  std::string problems;
  for (const PatternPlural& plural : checked.target->plurals) {
    const std::vector<std::string> required = plural_categories(checked.locale, plural.ordinal);
    std::vector<std::string> missing;
    for (const std::string& category : required)
      if (!has_selector(plural, category) &&
          !covered_by_explicit_values(plural, checked.locale, category))
        missing.push_back(category);
    if (missing.empty()) continue;
    if (!problems.empty()) problems += "; ";
    problems += "{" + plural.argument + ", " + (plural.ordinal ? "selectordinal" : "plural") +
                "} lacks " + join_quoted(missing) + " (" + checked.locale + " has " +
                join_quoted(required) + ")";
  }
  if (!problems.empty())
    reporter.report(
        checked, checked.translation.text,
        "plural categories missing: " + problems + "; their numbers get the 'other' message");
}

}  // namespace l10nc
