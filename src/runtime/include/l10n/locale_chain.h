#pragma once

#include <string>
#include <string_view>
#include <vector>

// Locale fallback as CLDR defines it, from ICU's own data (never a table of ours): the parent
// locales ICU's locale bundles name (%%Parent: es_MX -> es_419, pt_AO -> pt_PT, zh_Hant ->
// root), their aliases (zh_TW is zh_Hant_TW, sr_ME is sr_Latn_ME), truncation otherwise, and
// likely subtags for the scripts a bundle name leaves out. Shared by the runtime (which
// bundles a request reads) and the compiler (which bundle a translation feeds, coverage).
namespace l10n {

// The locales whose text users of `locale` (an ICU id, canonical) see before root, nearest
// first, as ICU's data names them: "es_MX" -> {"es_MX", "es_419", "es"}; "zh_TW" ->
// {"zh_Hant_TW", "zh_Hant"} (never "zh": it is Simplified); "sr_RS" -> {"sr_Cyrl_RS",
// "sr_Cyrl", "sr"}; "sr_ME" -> {"sr_Latn_ME", "sr_Latn"}. Keywords are dropped; empty for
// root or an id ICU cannot read.
std::vector<std::string> cldr_chain(std::string_view locale);

// The names a bundle of one locale of a chain may have, that one first: a script is written
// or left out when it is the likely one ("zh_Hant_TW" -> {"zh_Hant_TW", "zh_TW"}; "es_419"
// -> {"es_419", "es_Latn_419"}; "zh_Hant" -> {"zh_Hant"}, as "zh" is Simplified).
std::vector<std::string> bundle_spellings(std::string_view chain_locale);

// Every bundle name a request for `locale` reads before root, nearest first: cldr_chain()
// with each locale's bundle_spellings(), each name once.
std::vector<std::string> bundle_chain(std::string_view locale);

}  // namespace l10n
