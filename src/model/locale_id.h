#pragma once

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

// The locale's ancestors below root, nearest first: "es_MX" -> {"es"}; "zh_Hant_TW" ->
// {"zh_Hant", "zh"}. Plain truncation: our bundles carry no %%Parent overrides.
std::vector<std::string> parent_locales(std::string_view icu_locale);

// The language part ("es" for "es_ES").
std::string language_of(std::string_view icu_locale);

// The region ICU considers most likely for a language ("ES" for "es", "BR" for "pt").
std::string likely_region(std::string_view language);

}  // namespace l10nc
