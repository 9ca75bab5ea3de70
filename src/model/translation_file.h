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

// What `l10nc merge` does to one unit of a translation file to bring it up to date with the
// English. A unit nothing happens to is not listed.
struct UnitChange {
  enum class Kind : uint8_t {
    retranslate,  // the English changed under a target: new English, needs review
    update,       // the English changed, nothing translated yet: new English only
    revert,       // the English is back to what the target was made from: review cleared
    obsolete,     // the key left the English: to the obsolete group
    revive,       // an obsolete key is back in the English (and maybe changed: see below)
  };
  Kind kind = Kind::update;
  const Unit* unit = nullptr;    // the file's unit
  const Entry* entry = nullptr;  // its English (null for obsolete)
  // retranslate: the English the target was made from, for the reviewer: the oldest while
  // the unit is still to be reviewed, else (a reviewer cleared it) the English it had.
  std::string previous_source;
  Kind then = Kind::update;  // revive: what else (retranslate, update, revert) or update if none
  bool english_changed = false;  // revive: whether the English changed too
};

struct MergePlan {
  std::vector<UnitChange> changes;  // in the file's order
  std::vector<const Entry*> added;  // English keys the file lacks, in catalog order
  size_t unchanged = 0;             // live units already up to date
  bool empty() const { return changes.empty() && added.empty(); }
};

// What merging the English of `catalog` into a translation file's `units` takes (keys matched
// within their domains):
//  - keys new in the English are added without a target;
//  - a key whose English changed keeps its target, goes to needs-review, and remembers the
//    English it was translated from (the oldest while still needing review; once a reviewer
//    set it back to translated or reviewed, the English it then had);
//  - a unit still needing review whose English went back to what it was made from is reverted
//    (its review mark and previous English are removed);
//  - keys no longer in the English become obsolete (never deleted), and come back if the
//    English has them again.
MergePlan plan_merge(const Catalog& catalog, const std::vector<Unit>& units);

}  // namespace l10nc
