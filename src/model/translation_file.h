#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.h"

namespace l10nc {

// The units of a translation file for `locale`, one per catalog entry in catalog order: the
// English as source, with its notes and inline codes, and (when `with_translations`) the
// locale's translation as target with its state.
std::vector<Unit> catalog_units(const Catalog& catalog, std::string_view locale,
                                bool with_translations);

struct TranslationMerge {
  std::vector<Unit> units;           // the English's keys in catalog order, then the obsolete ones
  std::vector<std::string> added;    // new keys: no target yet
  std::vector<std::string> changed;  // English changed under a target: now needs-review
  std::vector<std::string> obsoleted;  // keys that left the English
  size_t unchanged = 0;
};

// Brings the units of a translation file up to date with the English of `catalog`:
//  - keys new in the English are added without a target (XLIFF state initial);
//  - a key whose English changed keeps its target, goes to needs-review, and remembers the
//    English it was translated from (its previous source; an older one is kept);
//  - keys no longer in the English become obsolete (never deleted), and come back, with
//    their target, if the English has them again.
TranslationMerge merge_translations(const Catalog& catalog, std::vector<Unit> existing);

}  // namespace l10nc
