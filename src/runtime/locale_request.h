#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace l10n::detail {

// The locales a request names, canonical ICU ids in order: "es-MX" -> {"es_MX"};
// "fr_CA:es" -> {"fr_CA", "es"}; "C", "POSIX" and "root" -> {"en"}. Ill-formed entries ("",
// "!!") are dropped; an empty result means the request named no locale at all.
std::vector<std::string> parse_locale_request(std::string_view request);

// The bundles ICU's ures_openDirect loads with a bundle of ours, nearest first: plain
// truncation, as our bundles carry no %%Parent ("zh_Hant_TW" -> {"zh_Hant_TW", "zh_Hant",
// "zh"}). Not what a request reads: that is l10n::bundle_chain (locale_chain.h).
std::vector<std::string> truncation_chain(const std::string& locale);

// "es" for "es_MX".
std::string language_of(const std::string& locale);

}  // namespace l10n::detail
