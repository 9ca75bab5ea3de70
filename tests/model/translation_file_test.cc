#include "model/translation_file.h"

#include <gtest/gtest.h>

namespace l10nc {
namespace {

Unit english_unit(std::string key, std::string source) {
  Unit unit;
  unit.key = std::move(key);
  unit.source.pattern = std::move(source);
  return unit;
}

Unit translated_unit(std::string key, std::string source, std::string target,
                     TranslationState state = TranslationState::translated) {
  Unit unit = english_unit(std::move(key), std::move(source));
  unit.target = Message{std::move(target), {}};
  unit.state = state;
  return unit;
}

Catalog english(std::vector<Unit> units) {
  Document document;
  document.path = "page.md";
  document.name = "page";
  document.units = std::move(units);
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(std::move(document), diagnostics);
  return catalog;
}

std::string describe(const Unit& unit) {
  return unit.key + ": " + unit.source.pattern + " -> " +
         (unit.target ? unit.target->pattern : "<none>") + " [" +
         std::string(state_name(unit.state)) + (unit.obsolete ? ", obsolete" : "") + "]" +
         (unit.previous_source.empty() ? "" : " was: " + unit.previous_source);
}

std::vector<std::string> describe(const std::vector<Unit>& units) {
  std::vector<std::string> out;
  for (const Unit& unit : units) out.push_back(describe(unit));
  return out;
}

TEST(TranslationFile, CatalogUnitsCarryTheLocalesTranslations) {
  Document document;
  document.path = "es/page.md";
  document.name = "page";
  document.locale = "es";
  document.units = {translated_unit("a", "One", "Uno", TranslationState::machine_translated),
                    english_unit("b", "Two")};
  document.units[0].notes = {"a note"};
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(std::move(document), diagnostics);
  EXPECT_EQ(describe(catalog_units(catalog, "es", true)),
            (std::vector<std::string>{"a: One -> Uno [machine-translated]",
                                      "b: Two -> <none> [missing]"}));
  EXPECT_EQ(describe(catalog_units(catalog, "es", false)),
            (std::vector<std::string>{"a: One -> <none> [missing]", "b: Two -> <none> [missing]"}));
  EXPECT_EQ(catalog_units(catalog, "fr", true)[0].notes, std::vector<std::string>{"a note"});
}

// What each change of a plan says, in the file's order, then the keys to add.
std::vector<std::string> describe(const MergePlan& plan) {
  std::vector<std::string> out;
  const char* const kinds[] = {"retranslate", "update", "revert", "obsolete", "revive"};
  for (const UnitChange& change : plan.changes) {
    std::string line = change.unit->key + ": " + kinds[static_cast<int>(change.kind)];
    if (change.kind == UnitChange::Kind::revive)
      line += std::string(" then ") + kinds[static_cast<int>(change.then)] +
              (change.english_changed ? " (English changed)" : "");
    if (!change.previous_source.empty()) line += " was: " + change.previous_source;
    out.push_back(line);
  }
  for (const Entry* entry : plan.added) out.push_back(entry->key + ": add");
  return out;
}

TEST(TranslationFile, MergeAddsMarksAndRetires) {
  const Catalog catalog =
      english({english_unit("same", "Same"), english_unit("edited", "New text"),
               english_unit("added", "Added"), english_unit("untranslated", "Changed too")});
  const std::vector<Unit> existing = {translated_unit("gone", "Gone", "Parti"),
                                      translated_unit("same", "Same", "Pareil"),
                                      translated_unit("edited", "Old text", "Ancien texte"),
                                      english_unit("untranslated", "Not yet translated")};
  const MergePlan plan = plan_merge(catalog, existing);
  EXPECT_EQ(describe(plan), (std::vector<std::string>{
                                "gone: obsolete",
                                "edited: retranslate was: Old text",
                                "untranslated: update",
                                "added: add",
                            }));
  EXPECT_EQ(plan.unchanged, 1u);
}

TEST(TranslationFile, MergeKeepsTheOldestEnglishAndRevivesObsoleteUnits) {
  const Catalog catalog =
      english({english_unit("edited", "Third text"), english_unit("back", "Back again"),
               english_unit("same-back", "Same")});
  Unit edited =
      translated_unit("edited", "Second text", "Premier texte", TranslationState::needs_review);
  edited.previous_source = "First text";
  Unit back = translated_unit("back", "Back", "Revenu");
  back.obsolete = true;
  Unit same_back = translated_unit("same-back", "Same", "Pareil");
  same_back.obsolete = true;
  EXPECT_EQ(describe(plan_merge(catalog, {edited, back, same_back})),
            (std::vector<std::string>{
                "edited: retranslate was: First text",
                "back: revive then retranslate (English changed) was: Back",
                "same-back: revive then update",
            }));
}

// A reviewer set the unit back to translated: the next change records the English it had, not
// the older one; English back to what a target was made from clears the review.
TEST(TranslationFile, MergeRecordsTheReviewedEnglishAndRevertsAReturn) {
  const Catalog catalog =
      english({english_unit("reviewed", "Third text"), english_unit("returned", "First text")});
  Unit reviewed = translated_unit("reviewed", "Second text", "Texte", TranslationState::reviewed);
  reviewed.previous_source = "First text";  // a stale note the reviewer left
  Unit returned =
      translated_unit("returned", "Second text", "Texte", TranslationState::needs_review);
  returned.previous_source = "First text";
  EXPECT_EQ(
      describe(plan_merge(catalog, {reviewed, returned})),
      (std::vector<std::string>{"reviewed: retranslate was: Second text", "returned: revert"}));
}

}  // namespace
}  // namespace l10nc
