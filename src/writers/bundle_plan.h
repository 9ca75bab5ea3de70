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

// Decides which bundles an ICU package gets and what each holds:
//  - root: every English message (and the table of document titles);
//  - one bundle per language ("es") with that language's translations, so that every
//    regional request (es_MX, es_AR) finds them through ICU's truncation fallback. When only
//    regional sources exist, the language bundle is made from them: the region ICU thinks
//    most likely for the language (es -> ES) wins, then the others in sorted order;
//  - one bundle per regional locale read ("es_ES") holding only what differs from its
//    language bundle, so region-specific wording still wins for that region;
//  - pseudo-locales (en_XA, ar_XB) get their own bundle only, never a language bundle.
// Missing translations are never written; the runtime falls back to English for them.
// O(n log n) in the number of messages.
std::vector<Bundle> plan_bundles(const Catalog& catalog, const BundlePlanOptions& options);
// The same, moving the messages out of a catalog that is no longer needed (no copies).
std::vector<Bundle> plan_bundles(Catalog&& catalog, const BundlePlanOptions& options);

}  // namespace l10nc
