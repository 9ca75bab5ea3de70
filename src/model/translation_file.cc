#include "model/translation_file.h"

#include <algorithm>
#include <map>

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
      unit.label = found.label;
      unit.previous_source = found.previous_source;
      unit.sub_state = found.sub_state;
    }
    units.push_back(std::move(unit));
  }
  return units;
}

TranslationMerge merge_translations(const Catalog& catalog, std::vector<Unit> existing) {
  // A live unit wins over an obsolete one with the same key.
  std::map<std::string, Unit*> by_key;
  for (Unit& unit : existing) {
    auto [found, inserted] = by_key.emplace(indexed_key(unit.domain, unit.key), &unit);
    if (!inserted && found->second->obsolete && !unit.obsolete) found->second = &unit;
  }

  TranslationMerge merge;
  std::vector<Unit> english = catalog_units(catalog, {}, false);
  for (Unit& unit : english) {
    auto found = by_key.find(indexed_key(unit.domain, unit.key));
    if (found == by_key.end()) {
      merge.added.push_back(display_key(unit.domain, unit.key));
      merge.units.push_back(std::move(unit));
      continue;
    }
    Unit& translated = *found->second;
    by_key.erase(found);
    for (std::string& note : translated.notes)
      if (std::find(unit.notes.begin(), unit.notes.end(), note) == unit.notes.end())
        unit.notes.push_back(std::move(note));
    if (unit.codes.empty()) unit.codes = std::move(translated.codes);
    unit.target = std::move(translated.target);
    unit.state = translated.state;
    unit.label = std::move(translated.label);
    unit.previous_source = std::move(translated.previous_source);
    unit.sub_state = std::move(translated.sub_state);
    if (translated.source.pattern == unit.source.pattern) {
      ++merge.unchanged;
    } else if (unit.target && unit.state != TranslationState::missing) {
      // The reviewer needs the English the target was made from: keep the oldest one.
      if (unit.previous_source.empty()) unit.previous_source = translated.source.pattern;
      unit.state = TranslationState::needs_review;
      merge.changed.push_back(display_key(unit.domain, unit.key));
    } else {
      ++merge.unchanged;  // nothing translated yet: the new English is all there is
    }
    merge.units.push_back(std::move(unit));
  }
  for (Unit& unit : existing) {
    auto found = by_key.find(indexed_key(unit.domain, unit.key));
    if (found == by_key.end() || found->second != &unit) continue;
    if (!unit.obsolete) merge.obsoleted.push_back(display_key(unit.domain, unit.key));
    unit.obsolete = true;
    merge.units.push_back(std::move(unit));
  }
  return merge;
}

}  // namespace l10nc
