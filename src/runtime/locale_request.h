#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace l10n::detail {

// A POSIX locale name as ICU spells it: codesets and modifiers are not ICU syntax
// ("es_MX.UTF-8@euro" -> "es_MX"), but a modifier naming a Unicode script, as ICU knows them,
// says the script ("sr_RS@latin" -> "sr_Latn_RS", "uz_UZ@cyrillic" -> "uz_Cyrl_UZ"). An ICU
// id with keywords ("de@collation=phonebook") and any other id come back unchanged.
std::string from_posix_locale(std::string_view locale);

// The locales a request names, canonical ICU ids in order: "es-MX" -> {"es_MX"};
// "fr_CA:es" -> {"fr_CA", "es"};
// POSIX spellings as from_posix_locale reads them ("sr_RS@latin" -> {"sr_Latn_RS"}); "C", "POSIX"
// and "root" -> {"en"}. Ill-formed entries ("",
// "!!") are dropped; an empty result means the request named no locale at all.
std::vector<std::string> parse_locale_request(std::string_view request);

// The bundles ICU's ures_openDirect loads with a bundle of ours, nearest first: plain
// truncation, as our bundles carry no %%Parent ("zh_Hant_TW" -> {"zh_Hant_TW", "zh_Hant",
// "zh"}). Not what a request reads: that is l10n::bundle_chain (locale_chain.h).
std::vector<std::string> truncation_chain(const std::string& locale);

// "es" for "es_MX".
std::string language_of(const std::string& locale);

}  // namespace l10n::detail
