#include "model/locale_id.h"

#include <unicode/locid.h>
#include <unicode/plurrule.h>
#include <unicode/strenum.h>
#include <unicode/uloc.h>

#include <l10n/locale_chain.h>

#include <algorithm>
#include <memory>

#include "base/unicode_text.h"

namespace l10nc {

namespace {
bool is_safe_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), is_ascii_word_char);
}
}  // namespace

std::optional<std::string> to_icu_locale(std::string_view tag) {
  // Reject before ICU sees it: ICU is lenient and would keep odd characters in variants.
  std::string bcp47(tag);
  std::replace(bcp47.begin(), bcp47.end(), '_', '-');
  if (bcp47.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") !=
      std::string::npos)
    return std::nullopt;
  if (bcp47.empty() || bcp47.front() == '-' || bcp47.back() == '-' ||
      bcp47.find("--") != std::string::npos)
    return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(bcp47, status);
  if (U_FAILURE(status) || locale.isBogus()) return std::nullopt;
  const std::string language = locale.getLanguage();
  if (language.size() < 2 || language.size() > 3 || language == "und") return std::nullopt;
  // Well-formed is not enough ("bad-inputs" parses as language "bad", variant "INPUTS"):
  // the language must be one ICU knows, and variants and extensions are not used for bundles.
  if (std::string_view(locale.getISO3Language()).empty()) return std::nullopt;
  if (locale.getVariant()[0] != '\0') return std::nullopt;
  UErrorCode keyword_status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> keywords(locale.createKeywords(keyword_status));
  if (keywords != nullptr && keywords->count(keyword_status) > 0) return std::nullopt;
  std::string id = locale.getName();
  if (!is_safe_id(id)) return std::nullopt;
  return id;
}

std::string to_bcp47(std::string_view icu_locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(std::string(icu_locale).c_str());
  std::string tag = locale.toLanguageTag<std::string>(status);
  if (U_FAILURE(status)) {
    tag = std::string(icu_locale);
    std::replace(tag.begin(), tag.end(), '_', '-');
  }
  return tag;
}

std::vector<std::string> fallback_bundles(std::string_view icu_locale) {
  return l10n::bundle_chain(icu_locale);
}

namespace {
std::string maximal(const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale maximized(locale.c_str());
  maximized.addLikelySubtags(status);
  return U_SUCCESS(status) ? std::string(maximized.getName()) : locale;
}
}  // namespace

ChainPlace chain_place(std::string_view icu_locale) {
  ChainPlace place;
  std::vector<std::string> chain = l10n::cldr_chain(icu_locale);
  if (chain.empty()) chain.emplace_back(icu_locale);
  place.general = chain.front();
  place.group = chain.back();
  const std::string users = maximal(std::string(icu_locale));
  for (size_t i = 1; i < chain.size(); ++i)
    if (maximal(chain[i]) == users) place.general = chain[i];
  place.ancestors.assign(chain.begin() + 1, chain.end());
  return place;
}

std::string language_of(std::string_view icu_locale) {
  return icu::Locale(std::string(icu_locale).c_str()).getLanguage();
}

std::string likely_region(std::string_view language) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(std::string(language).c_str());
  locale.addLikelySubtags(status);
  return U_SUCCESS(status) ? locale.getCountry() : "";
}

std::vector<std::string> plural_categories(std::string_view icu_locale, bool ordinal) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::PluralRules> rules(
      icu::PluralRules::forLocale(icu::Locale(std::string(icu_locale).c_str()),
                                  ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status));
  std::vector<std::string> categories;
  if (U_FAILURE(status) || rules == nullptr) return categories;
  const std::unique_ptr<icu::StringEnumeration> keywords(rules->getKeywords(status));
  if (U_FAILURE(status) || keywords == nullptr) return categories;
  while (const char* keyword = keywords->next(nullptr, status)) {
    if (U_FAILURE(status)) break;
    categories.emplace_back(keyword);
  }
  // ICU lists them in its own order; "zero one two few many other" reads best.
  static const std::vector<std::string_view> kOrder = {"zero", "one",  "two",
                                                       "few",  "many", "other"};
  auto rank = [](const std::string& category) {
    return std::find(kOrder.begin(), kOrder.end(), category) - kOrder.begin();
  };
  std::sort(categories.begin(), categories.end(),
            [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
  return categories;
}

std::optional<std::vector<int64_t>> plural_category_integers(std::string_view icu_locale,
                                                             bool ordinal,
                                                             const std::string& category) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::PluralRules> rules(
      icu::PluralRules::forLocale(icu::Locale(std::string(icu_locale).c_str()),
                                  ordinal ? UPLURAL_TYPE_ORDINAL : UPLURAL_TYPE_CARDINAL, status));
  if (U_FAILURE(status) || rules == nullptr) return std::nullopt;
  constexpr int32_t kFew = 8;
  double samples[kFew + 1];
  const int32_t count =
      rules->getSamples(icu::UnicodeString::fromUTF8(category), samples, kFew + 1, status);
  if (U_FAILURE(status) || count <= 0 || count > kFew) return std::nullopt;
  std::vector<int64_t> integers;
  for (int32_t i = 0; i < count; ++i) {
    if (samples[i] != static_cast<double>(static_cast<int64_t>(samples[i]))) return std::nullopt;
    integers.push_back(static_cast<int64_t>(samples[i]));
  }
  return integers;
}

bool is_pseudo_locale(std::string_view icu_locale) {
  const std::string country = icu::Locale(std::string(icu_locale).c_str()).getCountry();
  return country == "XA" || country == "XB";
}

bool is_english_locale(std::string_view icu_locale) {
  return icu_locale == "en" || icu_locale == "en_US";
}

}  // namespace l10nc
