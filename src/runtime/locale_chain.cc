#include "l10n/locale_chain.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>

namespace l10n {

namespace {

struct BundleCloser {
  void operator()(UResourceBundle* bundle) const { ures_close(bundle); }
};
using IcuBundle = std::unique_ptr<UResourceBundle, BundleCloser>;

// ICU's own bundle of the locale (its locale data, not a package of ours), aliases followed;
// null when ICU has none. openDirect: that bundle alone, never the process's default locale.
IcuBundle icu_locale_data(const std::string& locale) {
  if (locale.empty() || locale == "root") return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  IcuBundle bundle(ures_openDirect(nullptr, locale.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return bundle;
}

// "zh_Hant_TW" for ICU's bundle of "zh_TW" (an alias of it).
std::string actual_name(const UResourceBundle* bundle) {
  UErrorCode status = U_ZERO_ERROR;
  const char* name = ures_getLocaleByType(bundle, ULOC_ACTUAL_LOCALE, &status);
  return U_SUCCESS(status) && name != nullptr ? std::string(name) : std::string();
}

std::string likely_script(const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale maximal(locale.c_str());
  maximal.addLikelySubtags(status);
  return U_SUCCESS(status) ? std::string(maximal.getScript()) : std::string();
}

std::string compose(const std::string& language, const std::string& script,
                    const std::string& region) {
  std::string name = language;
  if (!script.empty()) name += "_" + script;
  if (!region.empty()) name += "_" + region;
  return name;
}

// The name ICU's data gives the locale: its alias target ("zh_TW" -> "zh_Hant_TW"), or, for a
// script ICU's data leaves out because it is the likely one, the name without it
// ("es_Latn_MX" -> "es_MX"). Unchanged when ICU has no data for it ("es_ZZ").
std::string data_name(const std::string& locale) {
  if (IcuBundle data = icu_locale_data(locale)) {
    std::string actual = actual_name(data.get());
    return actual.empty() ? locale : actual;
  }
  const icu::Locale parsed(locale.c_str());
  const std::string script = parsed.getScript();
  if (script.empty() || parsed.getVariant()[0] != '\0') return locale;
  const std::string without = compose(parsed.getLanguage(), "", parsed.getCountry());
  if (likely_script(without) != script) return locale;
  if (IcuBundle data = icu_locale_data(without)) {
    std::string actual = actual_name(data.get());
    if (!actual.empty()) return actual;
  }
  return locale;
}

// CLDR's parent: the one ICU's data names (%%Parent), else the id truncated.
std::string parent_of(const std::string& locale) {
  if (IcuBundle data = icu_locale_data(locale)) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    const UChar* parent = ures_getStringByKey(data.get(), "%%Parent", &length, &status);
    if (U_SUCCESS(status) && length > 0 && length < ULOC_FULLNAME_CAPACITY) {
      char name[ULOC_FULLNAME_CAPACITY];
      u_UCharsToChars(parent, name, length);
      return std::string(name, static_cast<size_t>(length));
    }
  }
  char parent[ULOC_FULLNAME_CAPACITY];
  UErrorCode status = U_ZERO_ERROR;
  uloc_getParent(locale.c_str(), parent, sizeof parent, &status);
  if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) return {};
  return parent;
}

}  // namespace

std::vector<std::string> cldr_chain(std::string_view locale) {
  std::vector<std::string> chain;
  char base[ULOC_FULLNAME_CAPACITY];
  UErrorCode status = U_ZERO_ERROR;
  uloc_getBaseName(std::string(locale).c_str(), base, sizeof base, &status);
  if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) return chain;
  std::string current = base;
  while (!current.empty() && current != "root") {
    current = data_name(current);
    // ICU's data has no cycles; a bound all the same, as the data is read at run time.
    if (std::find(chain.begin(), chain.end(), current) != chain.end() || chain.size() > 16) break;
    chain.push_back(current);
    current = parent_of(current);
  }
  return chain;
}

std::vector<std::string> bundle_spellings(std::string_view chain_locale) {
  std::vector<std::string> names = {std::string(chain_locale)};
  const icu::Locale parsed(names.front().c_str());
  const std::string language = parsed.getLanguage();
  if (language.empty() || parsed.getVariant()[0] != '\0') return names;
  const std::string script = parsed.getScript();
  const std::string region = parsed.getCountry();
  if (script.empty()) {
    const std::string likely = likely_script(names.front());
    if (!likely.empty()) names.push_back(compose(language, likely, region));
  } else {
    const std::string without = compose(language, "", region);
    if (likely_script(without) == script) names.push_back(without);
  }
  return names;
}

std::vector<std::string> bundle_chain(std::string_view locale) {
  std::vector<std::string> names;
  for (const std::string& link : cldr_chain(locale))
    for (std::string& name : bundle_spellings(link))
      if (std::find(names.begin(), names.end(), name) == names.end())
        names.push_back(std::move(name));
  return names;
}

}  // namespace l10n
