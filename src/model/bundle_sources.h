#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace l10nc {

// Which translations feed which bundle, following CLDR's chains as the runtime reads them
// (l10n/locale_chain.h). Shared by the bundle plan (what each bundle holds) and coverage (where
// a locale's users get each message from):
//  - every translation feeds a bundle of its own name (es_ES, es_419);
//  - it also feeds the most general locale of its chain written for the same users: es_ES
//    feeds "es" (Spain is Spanish's likely region), zh_CN and zh_Hans feed "zh", zh_TW feeds
//    "zh_Hant"; a translation spelled as that locale comes first;
//  - a language (and script) bundle, the end of a chain before root, is also fed by every
//    other translation of that language and script, after those: made from them when no
//    translation is written for it (de_CH alone serves de users), its gaps filled otherwise.
//    Never across scripts (sr_Latn never feeds sr) nor for English (root is the English);
//  - pseudo-locales (en_XA, ar_XB) feed their own bundle only.
struct BundleSources {
  std::map<std::string, std::vector<std::string>> feeders;    // bundle -> translations, first wins
  std::map<std::string, std::vector<std::string>> ancestors;  // bundle -> CLDR ancestors, nearest
                                                              // first, ICU's spelling
  std::map<std::string, std::string> group;  // bundle -> the language (and script) bundle
  // Translations whose own bundle only repeats what a more general bundle they feed says
  // (es_ES, as es holds it): their users read that text from the general bundle.
  std::set<std::string> feeding_general;
};

BundleSources bundle_sources(const std::vector<std::string>& locales);

}  // namespace l10nc
