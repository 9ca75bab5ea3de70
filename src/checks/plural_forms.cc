// [plural-forms]: a plural in the translation lacks a category the locale's plural rules
// require (ICU PluralRules: Polish and Russian need one, few, many, other).
#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>

#include <algorithm>
#include <memory>

#include "base/unicode_text.h"
#include "checks/check.h"

namespace l10nc {

namespace {

std::vector<std::string> required_categories(const std::string& locale, bool ordinal) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(
      icu::Locale(locale.c_str()), ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status));
  std::vector<std::string> categories;
  if (U_FAILURE(status) || rules == nullptr) return categories;
  const std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
  if (U_FAILURE(status) || keywords == nullptr) return categories;
  while (const icu::UnicodeString* keyword = keywords->snext(status)) {
    if (U_FAILURE(status)) break;
    categories.push_back(to_utf8(*keyword));
  }
  // ICU lists them in its own order; "zero one two few many other" reads best.
  static const std::vector<std::string> kOrder = {"zero", "one", "two", "few", "many", "other"};
  auto rank = [](const std::string& category) {
    return std::find(kOrder.begin(), kOrder.end(), category) - kOrder.begin();
  };
  std::sort(categories.begin(), categories.end(),
            [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
  return categories;
}

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
    const std::vector<std::string> required = required_categories(checked.locale, plural.ordinal);
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
