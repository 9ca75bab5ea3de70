#include "checks/coverage.h"

#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::document_of;
using testing::Sample;

// Two documents; French has both (one key of each state), Polish only the first.
Catalog two_documents() {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(document_of("fr/a.md", "a", "fr",
                          {{"Open", "Ouvrir", "a.open", TranslationState::translated},
                           {"Save", "Enregistrer", "a.save", TranslationState::machine_translated},
                           {"Close", "Fermer", "a.close", TranslationState::needs_review},
                           {"Quit", "", "a.quit", TranslationState::missing}}),
              diagnostics);
  catalog.add(document_of("fr/b.md", "b", "fr",
                          {{"Menu", "Menu", "b.menu", TranslationState::translated},
                           {"Help", "Aide", "b.help", TranslationState::machine_translated}}),
              diagnostics);
  catalog.add(document_of("pl/a.md", "a", "pl",
                          {{"Open", "Otwórz", "a.open", TranslationState::translated},
                           {"Save", "Zapisz", "a.save", TranslationState::translated}}),
              diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  return catalog;
}

TEST(Coverage, CountsEveryStatePerLocaleAndDocument) {
  const auto coverage = compute_coverage(two_documents(), {}, {});
  ASSERT_EQ(coverage.size(), 2u);
  const LocaleCoverage& french = coverage[0];
  EXPECT_EQ(french.locale, "fr");
  EXPECT_EQ(french.counts.total, 6u);
  EXPECT_EQ(french.counts.translated, 2u);
  EXPECT_EQ(french.counts.machine_translated, 2u);
  EXPECT_EQ(french.counts.needs_review, 1u);
  EXPECT_EQ(french.counts.missing, 1u);
  EXPECT_EQ(french.counts.same_as_source, 1u);  // "Menu"
  ASSERT_EQ(french.documents.size(), 2u);
  EXPECT_EQ(french.documents[0].document, "a");
  EXPECT_EQ(french.documents[0].counts.total, 4u);
  EXPECT_EQ(french.documents[1].counts.total, 2u);
  EXPECT_TRUE(french.absent_documents.empty());
  EXPECT_EQ(format_coverage(french.counts, {}), "66.6%");  // 4 of 6, rounded down

  // Polish has nothing of document b: its keys are missing, not left out.
  const LocaleCoverage& polish = coverage[1];
  EXPECT_EQ(polish.counts.total, 6u);
  EXPECT_EQ(polish.counts.translated, 2u);
  EXPECT_EQ(polish.counts.missing, 4u);
  ASSERT_EQ(polish.documents.size(), 1u);
  EXPECT_EQ(polish.documents[0].counts.missing, 2u);
  ASSERT_EQ(polish.absent_documents.size(), 1u);
  EXPECT_EQ(polish.absent_documents[0].document, "b");
  EXPECT_EQ(polish.absent_documents[0].counts.total, 2u);  // b's keys, all missing
  EXPECT_EQ(polish.absent_documents[0].counts.missing, 2u);
  EXPECT_EQ(format_coverage(polish.absent_documents[0].counts, {}), "0.0%");
}

TEST(Coverage, ListsTheKeysThatDoNotCountWhenAsked) {
  EXPECT_TRUE(compute_coverage(two_documents(), {}, {})[0].uncovered.empty());
  CoverageOptions options;
  options.list_uncovered_keys = true;
  auto listed = [](const LocaleCoverage& locale) {
    std::vector<std::string> keys;
    for (const UncoveredKey& key : locale.uncovered)
      keys.push_back(key.key + " " + key.document + " " + std::string(state_name(key.state)) + " " +
                     key.english.to_string());
    return keys;
  };
  auto coverage = compute_coverage(two_documents(), options, {});
  EXPECT_EQ(listed(coverage[0]), (std::vector<std::string>{"a.close a needs-review fr/a.md:1:1",
                                                           "a.quit a missing fr/a.md:1:1"}));
  EXPECT_EQ(
      listed(coverage[1]),
      (std::vector<std::string>{"a.close a missing fr/a.md:1:1", "a.quit a missing fr/a.md:1:1",
                                "b.menu b missing fr/b.md:1:1", "b.help b missing fr/b.md:1:1"}));
  options.count_machine_translated = false;
  coverage = compute_coverage(two_documents(), options, {});
  EXPECT_EQ(coverage[0].uncovered.size(), 4u);  // and the two machine translations
  EXPECT_EQ(coverage[0].uncovered[0].key, "a.save");
  EXPECT_EQ(coverage[0].uncovered[0].state, TranslationState::machine_translated);
}

TEST(Coverage, NoMtCountsMachineTranslationsAsUntranslated) {
  CoverageOptions no_mt;
  no_mt.count_machine_translated = false;
  const auto coverage = compute_coverage(two_documents(), no_mt, {});
  EXPECT_EQ(covered_keys(coverage[0].counts, no_mt), 2u);
  EXPECT_EQ(format_coverage(coverage[0].counts, no_mt), "33.3%");
}

TEST(Coverage, ThresholdsFailOnlyBelowTheMinimumNeverByRounding) {
  CoverageThresholds thresholds;
  thresholds.all_locales = 66.6;
  thresholds.by_locale["pl"] = 30;
  auto coverage = compute_coverage(two_documents(), {}, thresholds);
  EXPECT_TRUE(coverage[0].passed);  // 66.67% >= 66.6%
  EXPECT_TRUE(coverage[1].passed);  // 33.3% >= 30%
  thresholds.all_locales = 66.7;    // shown as 66.6%, but 4/6 is below 66.7
  coverage = compute_coverage(two_documents(), {}, thresholds);
  EXPECT_FALSE(coverage[0].passed);
  EXPECT_EQ(coverage[0].minimum, 66.7);
  EXPECT_TRUE(coverage[1].passed);
}

// A named locale is judged by what its users read: fr users read fr_CA's French (the only
// French), so "fr" is listed too (it was left out before, as a parent of fr_CA).
TEST(Coverage, ALanguageMinimumHoldsForItsRegionsAndARequiredLocaleMayBeAbsent) {
  CoverageThresholds thresholds;
  thresholds.by_locale["fr"] = 10;
  thresholds.by_locale["de"] = 10;
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(document_of("fr-CA/a.md", "a", "fr_CA", {{"Open", "Ouvrir", "a.open"}}), diagnostics);
  const auto coverage = compute_coverage(catalog, {}, thresholds);
  ASSERT_EQ(coverage.size(), 3u);
  EXPECT_EQ(coverage[0].locale, "de");
  EXPECT_EQ(format_coverage(coverage[0].counts, {}), "0.0%");
  EXPECT_FALSE(coverage[0].passed);
  EXPECT_TRUE(coverage[0].from.empty());
  EXPECT_EQ(coverage[1].locale, "fr");
  EXPECT_EQ(format_coverage(coverage[1].counts, {}), "100.0%");
  EXPECT_EQ(coverage[1].from, (std::vector<std::pair<std::string, size_t>>{{"fr", 1}}));
  EXPECT_EQ(coverage[2].locale, "fr_CA");
  EXPECT_EQ(coverage[2].minimum, 10);
  EXPECT_TRUE(coverage[2].passed);
}

// Spanish for Spain and Latin America, Japanese, and Simplified Chinese: each named locale is
// judged by the chain its users get, and says which bundle each key comes from.
TEST(Coverage, ALocaleIsJudgedByTheChainItsUsersGet) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(document_of("es-ES/a.md", "a", "es_ES",
                          {{"Open", "Abrir", "a.open"},
                           {"Save", "Guardar", "a.save"},
                           {"Quit", "Salir", "a.quit"}}),
              diagnostics);
  catalog.add(document_of("es-419/a.md", "a", "es_419",
                          {{"Open", "Abrir (419)", "a.open"},
                           {"Save", "", "a.save", TranslationState::missing},
                           {"Quit", "", "a.quit", TranslationState::missing}}),
              diagnostics);
  catalog.add(document_of("ja/a.md", "a", "ja",
                          {{"Open", "開く", "a.open"},
                           {"Save", "保存", "a.save"},
                           {"Quit", "", "a.quit", TranslationState::missing}}),
              diagnostics);
  catalog.add(
      document_of(
          "zh-Hans/a.md", "a", "zh_Hans",
          {{"Open", "打开", "a.open"}, {"Save", "保存", "a.save"}, {"Quit", "退出", "a.quit"}}),
      diagnostics);
  ASSERT_FALSE(diagnostics.has_errors());
  CoverageThresholds thresholds;
  for (const char* locale : {"es_MX", "ja_JP", "zh_TW", "es"}) thresholds.by_locale[locale] = 60;
  CoverageOptions options;
  options.list_uncovered_keys = true;
  const auto coverage = compute_coverage(catalog, options, thresholds);
  std::map<std::string, const LocaleCoverage*> by_locale;
  for (const LocaleCoverage& locale : coverage) by_locale[locale.locale] = &locale;
  using From = std::vector<std::pair<std::string, size_t>>;
  ASSERT_EQ(by_locale.size(), 8u);  // es, es_419, es_ES, es_MX, ja, ja_JP, zh_Hans, zh_TW

  const LocaleCoverage& mexico = *by_locale.at("es_MX");  // es_MX -> es_419 -> es
  EXPECT_EQ(format_coverage(mexico.counts, {}), "100.0%");
  EXPECT_EQ(mexico.from, (From{{"es_419", 1}, {"es", 2}}));
  EXPECT_TRUE(mexico.passed);
  EXPECT_EQ(by_locale.at("es_419")->from, (From{{"es_419", 1}, {"es", 2}}));
  EXPECT_EQ(by_locale.at("es_ES")->from, (From{{"es", 3}}));
  EXPECT_EQ(by_locale.at("es")->from, (From{{"es", 3}}));

  const LocaleCoverage& japan = *by_locale.at("ja_JP");  // ja's 2 of 3, not an invented 0%
  EXPECT_EQ(format_coverage(japan.counts, {}), "66.6%");
  EXPECT_EQ(japan.from, (From{{"ja", 2}}));
  EXPECT_TRUE(japan.passed);
  ASSERT_EQ(japan.uncovered.size(), 1u);
  EXPECT_EQ(japan.uncovered[0].key, "a.quit");
  EXPECT_EQ(japan.uncovered[0].bundle, "");

  const LocaleCoverage& taiwan = *by_locale.at("zh_TW");  // never Simplified zh
  EXPECT_EQ(format_coverage(taiwan.counts, {}), "0.0%");
  EXPECT_TRUE(taiwan.from.empty());
  EXPECT_FALSE(taiwan.passed);
  EXPECT_EQ(by_locale.at("zh_Hans")->from, (From{{"zh", 3}}));
}

// translate="no": the English is meant to stay, so the key is neither counted nor missing.
TEST(Coverage, UnitsNotToTranslateAreNotMissing) {
  Document document = document_of("fr/a.xlf", "a", "fr",
                                  {{"Open", "Ouvrir", "a.open", TranslationState::translated},
                                   {"ACME", "", "a.brand", TranslationState::missing}});
  document.units[1].translatable = false;
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(std::move(document), diagnostics);
  const auto coverage = compute_coverage(catalog, {}, {});
  ASSERT_EQ(coverage.size(), 1u);
  EXPECT_EQ(coverage[0].counts.total, 1u);
  EXPECT_EQ(coverage[0].counts.missing, 0u);
  EXPECT_EQ(coverage[0].counts.translated, 1u);
}

}  // namespace
}  // namespace l10nc
