#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/catalog.h"

namespace l10nc {

struct BundleMessage {
  std::string key;
  std::string pattern;
};

// One ICU resource bundle to write: messages sorted by key.
struct Bundle {
  std::string locale;  // "root" for the English bundle
  std::vector<BundleMessage> messages;
  std::vector<std::pair<std::string, std::string>> titles;  // root only: key -> title key
};

struct BundlePlanOptions {
  bool strict = false;  // leave needs-review translations out
};

// Decides which bundles an ICU package gets and what each holds, following CLDR's fallback
// chains as the runtime reads them (l10n/locale_chain.h):
//  - root: every English message (and the table of document titles);
//  - a translation feeds the most general locale of its chain written for the same users: es_ES
//    and es feed "es" (Spain is Spanish's likely region), zh_CN and zh_Hans feed "zh", zh_TW
//    feeds "zh_Hant"; es_419, pt_PT and de_CH are their own;
//  - a language (and script) bundle that no translation feeds (only de_CH) is made from that
//    language and script's translations, and its gaps are filled from them (sorted order):
//    never across scripts (sr_Latn never fills sr), never for English (root is the English);
//  - every locale read keeps a bundle of its own name ("es_ES", "es_419") holding what differs
//    from what its chain's bundles give, so region-specific wording wins for that region;
//  - pseudo-locales (en_XA, ar_XB) get their own bundle only, never a language bundle.
// Missing translations are never written; the runtime falls back to English for them.
// O(n log n) in the number of messages.
std::vector<Bundle> plan_bundles(const Catalog& catalog, const BundlePlanOptions& options);
// The same, moving the messages out of a catalog that is no longer needed (no copies).
std::vector<Bundle> plan_bundles(Catalog&& catalog, const BundlePlanOptions& options);

}  // namespace l10nc
