#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace l10n::detail {

// The locales a request names, canonical ICU ids in order: "es-MX" -> {"es_MX"};
// "fr_CA:es" -> {"fr_CA", "es"}; "C", "POSIX" and "root" -> {"en"}. Ill-formed entries ("",
// "!!") are dropped; an empty result means the request named no locale at all.
std::vector<std::string> parse_locale_request(std::string_view request);

// The bundles a locale is looked up in before root, nearest first: "es_MX" -> {"es_MX", "es"};
// "zh_Hant_TW" -> {"zh_Hant_TW", "zh_Hant", "zh"}. Plain truncation (our bundles carry no
// %%Parent), keywords ("@numbers=arab") dropped.
std::vector<std::string> bundle_chain(const std::string& locale);

// "es" for "es_MX".
std::string language_of(const std::string& locale);

}  // namespace l10n::detail
