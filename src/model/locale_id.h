#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// ICU locale id ("es_ES", "zh_Hant_TW") for a BCP 47 tag ("es-ES") or an ICU id.
// Only letters, digits and '_' can come out of here: ids become file names, so anything
// else ("../../etc", "es ES") is rejected with nullopt.
std::optional<std::string> to_icu_locale(std::string_view tag);

// BCP 47 tag for an ICU id ("es_ES" -> "es-ES").
std::string to_bcp47(std::string_view icu_locale);

// Every bundle name whose text users of the locale read before root, nearest first, as the
// runtime reads them (CLDR's chain from ICU's data, l10n/locale_chain.h): "es_MX" ->
// {"es_MX", "es_Latn_MX", "es_419", "es_Latn_419", "es", "es_Latn"}; "zh_TW" ->
// {"zh_Hant_TW", "zh_TW", "zh_Hant"}, never Simplified "zh".
std::vector<std::string> fallback_bundles(std::string_view icu_locale);

// Where a translation into the locale belongs in CLDR's chain: `general` is the most general
// locale of its chain that means the same users, by likely subtags (es_ES -> "es", as Spain is
// Spanish's likely region; zh_TW -> "zh_Hant"; zh_Hans -> "zh"; es_419 -> "es_419"; de_CH ->
// "de_CH"); `group` the chain's last locale before root, the language (and script) bundle
// every locale of it falls back to (es_419 -> "es", zh_HK -> "zh_Hant", sr_Latn -> "sr_Latn").
// Names as ICU's data spells them.
struct ChainPlace {
  std::string general;
  std::string group;
  std::vector<std::string> ancestors;  // of the locale itself, nearest first, ICU's spelling
};
ChainPlace chain_place(std::string_view icu_locale);

// The language part ("es" for "es_ES").
std::string language_of(std::string_view icu_locale);
// Whether translations into the locale are the English itself ("en", "en_US"): a file whose
// target language it is gives the English. Other English variants (en_GB, en_XA) are
// translations.
bool is_english_locale(std::string_view icu_locale);

// The region ICU considers most likely for a language ("ES" for "es", "BR" for "pt").
std::string likely_region(std::string_view language);

// The plural categories ICU's PluralRules use for the locale, in the order "zero one two few
// many other": a plural in that locale should give a sub-message for each (Arabic: all six).
std::vector<std::string> plural_categories(std::string_view icu_locale, bool ordinal);
// The numbers a plural category holds, when they are a few integers (German "one": 1; French
// "one": nullopt, as 1.5 is one too); nullopt when they are many or not whole.
std::optional<std::vector<int64_t>> plural_category_integers(std::string_view icu_locale,
                                                             bool ordinal,
                                                             const std::string& category);

// CLDR's pseudo-locales, which l10nc generates (`l10nc pseudo`): region XA (accented,
// expanded English, en_XA) or XB (right-to-left, ar_XB). They are tests of the program, not
// translations of its language: never a language bundle, and some checks treat them apart.
bool is_pseudo_locale(std::string_view icu_locale);

}  // namespace l10nc
