#include "model/translation_file.h"

#include <algorithm>
#include <map>
#include <set>

namespace l10nc {

std::vector<Unit> catalog_units(const Catalog& catalog, std::string_view locale,
                                bool with_translations) {
  std::vector<Unit> units;
  units.reserve(catalog.entries().size());
  for (const Entry& entry : catalog.entries()) {
    Unit unit;
    unit.key = entry.key;
    unit.domain = entry.domain;
    unit.source = entry.source;
    unit.notes = entry.notes;
    unit.codes = entry.codes;
    auto translation = entry.translations.find(std::string(locale));
    if (with_translations && translation != entry.translations.end()) {
      const Translation& found = translation->second;
      if (!found.text.pattern.empty()) unit.target = found.text;
      unit.state = found.state;
      if (found.details) {
        unit.label = found.details->label;
        unit.previous_source = found.details->previous_source;
        unit.sub_state = found.details->sub_state;
      }
    }
    units.push_back(std::move(unit));
  }
  return units;
}

MergePlan plan_merge(const Catalog& catalog, const std::vector<Unit>& units) {
  MergePlan plan;
  // A live unit wins over an obsolete one with the same key.
  std::map<std::string, const Unit*> by_key;
  for (const Unit& unit : units) {
    auto [found, inserted] = by_key.emplace(indexed_key(unit.domain, unit.key), &unit);
    if (!inserted && found->second->obsolete && !unit.obsolete) found->second = &unit;
  }
  std::set<const Unit*> matched;
  std::map<const Unit*, UnitChange> changes;
  for (const Entry& entry : catalog.entries()) {
    auto found = by_key.find(indexed_key(entry.domain, entry.key));
    if (found == by_key.end()) {
      plan.added.push_back(&entry);
      continue;
    }
    const Unit& unit = *found->second;
    matched.insert(&unit);
    UnitChange change;
    change.unit = &unit;
    change.entry = &entry;
    const bool translated = unit.target && unit.state != TranslationState::missing;
    const bool english_changed = unit.source.pattern != entry.source.pattern;
    bool changed = english_changed;
    if (english_changed && translated && unit.state == TranslationState::needs_review &&
        unit.previous_source == entry.source.pattern) {
      change.kind = UnitChange::Kind::revert;
    } else if (english_changed && translated) {
      change.kind = UnitChange::Kind::retranslate;
      // Still to review: the translator's basis is the oldest English; reviewed since: the
      // English the reviewer accepted.
      change.previous_source =
          unit.state == TranslationState::needs_review && !unit.previous_source.empty()
              ? unit.previous_source
              : unit.source.pattern;
    } else {
      change.kind = UnitChange::Kind::update;
    }
    if (unit.obsolete) {
      change.then = change.kind;
      change.english_changed = english_changed;
      change.kind = UnitChange::Kind::revive;
      changed = true;
    }
    if (changed) {
      changes.emplace(&unit, std::move(change));
    } else {
      ++plan.unchanged;
    }
  }
  for (const Unit& unit : units) {
    if (auto change = changes.find(&unit); change != changes.end()) {
      plan.changes.push_back(std::move(change->second));
    } else if (!unit.obsolete && !matched.contains(&unit)) {
      UnitChange change;
      change.kind = UnitChange::Kind::obsolete;
      change.unit = &unit;
      plan.changes.push_back(std::move(change));
    }
  }
  return plan;
}

}  // namespace l10nc
