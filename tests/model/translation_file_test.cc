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

TEST(TranslationFile, MergeAddsMarksAndRetires) {
  const Catalog catalog =
      english({english_unit("same", "Same"), english_unit("edited", "New text"),
               english_unit("added", "Added"), english_unit("untranslated", "Changed too")});
  std::vector<Unit> existing = {translated_unit("gone", "Gone", "Parti"),
                                translated_unit("same", "Same", "Pareil"),
                                translated_unit("edited", "Old text", "Ancien texte"),
                                english_unit("untranslated", "Not yet translated")};
  existing[1].notes = {"translator note"};
  const TranslationMerge merge = merge_translations(catalog, existing);
  EXPECT_EQ(describe(merge.units),
            (std::vector<std::string>{
                "same: Same -> Pareil [translated]",
                "edited: New text -> Ancien texte [needs-review] was: Old text",
                "added: Added -> <none> [missing]",
                "untranslated: Changed too -> <none> [missing]",
                "gone: Gone -> Parti [translated, obsolete]",
            }));
  EXPECT_EQ(merge.units[0].notes, std::vector<std::string>{"translator note"});
  EXPECT_EQ(merge.added, std::vector<std::string>{"added"});
  EXPECT_EQ(merge.changed, std::vector<std::string>{"edited"});
  EXPECT_EQ(merge.obsoleted, std::vector<std::string>{"gone"});
  EXPECT_EQ(merge.unchanged, 2u);
}

TEST(TranslationFile, MergeKeepsTheOldestEnglishAndRevivesObsoleteUnits) {
  const Catalog catalog =
      english({english_unit("edited", "Third text"), english_unit("back", "Back again")});
  Unit edited =
      translated_unit("edited", "Second text", "Premier texte", TranslationState::needs_review);
  edited.previous_source = "First text";
  Unit back = translated_unit("back", "Back", "Revenu");
  back.obsolete = true;
  const TranslationMerge merge = merge_translations(catalog, {edited, back});
  EXPECT_EQ(describe(merge.units),
            (std::vector<std::string>{
                "edited: Third text -> Premier texte [needs-review] was: First text",
                "back: Back again -> Revenu [needs-review] was: Back",
            }));
  EXPECT_TRUE(merge.obsoleted.empty());
}

}  // namespace
}  // namespace l10nc
