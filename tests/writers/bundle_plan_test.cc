#include "writers/bundle_plan.h"

#include <gtest/gtest.h>

namespace l10nc {
namespace {

Unit make_unit(const std::string& key, const std::string& source, const std::string& target,
               TranslationState state = TranslationState::translated) {
  Unit unit;
  unit.key = key;
  unit.source.pattern = source;
  if (!target.empty()) unit.target = Message{target, {}};
  unit.state = target.empty() ? TranslationState::missing : state;
  return unit;
}

Document make_document(const std::string& name, const std::string& locale,
                       std::vector<Unit> units) {
  Document document;
  document.path = locale + "/" + name + ".md";
  document.name = name;
  document.locale = locale;
  document.units = std::move(units);
  return document;
}

std::string describe(const std::vector<Bundle>& bundles) {
  std::string out;
  for (const Bundle& bundle : bundles) {
    out += bundle.locale + ":";
    for (const BundleMessage& message : bundle.messages)
      out += " " + message.key + "=" + message.pattern;
    out += "\n";
  }
  return out;
}

TEST(BundlePlan, RegionalOnlySourcesAlsoMakeTheLanguageBundle) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(
      make_document("page", "es_ES", {make_unit("A", "Yes", "Sí"), make_unit("B", "No", "")}),
      diagnostics);
  EXPECT_EQ(describe(plan_bundles(catalog, {})), "root: A=Yes B=No\nes: A=Sí\nes_ES:\n");
}

TEST(BundlePlan, PseudoLocalesNeverBecomeTheLanguageBundle) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(make_document("page", "en_XA", {make_unit("A", "Yes", "[Ýéš]")}), diagnostics);
  catalog.add(make_document("page", "ar_XB", {make_unit("A", "Yes", "\u202EYes")}), diagnostics);
  catalog.add(make_document("page", "ar", {make_unit("A", "Yes", "نعم")}), diagnostics);
  EXPECT_EQ(describe(plan_bundles(catalog, {})),
            "root: A=Yes\nar: A=نعم\nar_XB: A=\u202EYes\nen_XA: A=[Ýéš]\n");
}

TEST(BundlePlan, TheLikelyRegionWinsTheLanguageBundleAndOthersKeepTheirDifferences) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(make_document("page", "es_MX",
                            {make_unit("A", "Computer", "Computadora"), make_unit("B", "Yes", "Sí"),
                             make_unit("C", "Car", "Carro")}),
              diagnostics);
  catalog.add(make_document("page", "es_ES",
                            {make_unit("A", "Computer", "Ordenador"), make_unit("B", "Yes", "Sí")}),
              diagnostics);
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_EQ(describe(plan_bundles(catalog, {})),
            "root: A=Computer B=Yes C=Car\n"
            "es: A=Ordenador B=Sí C=Carro\n"
            "es_ES:\n"
            "es_MX: A=Computadora\n");
}

TEST(BundlePlan, AnExistingLanguageSourceIsTheLanguageBundle) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(make_document("page", "fr", {make_unit("A", "Yes", "Oui")}), diagnostics);
  catalog.add(make_document("page", "fr_CA", {make_unit("A", "Yes", "Ouais")}), diagnostics);
  EXPECT_EQ(describe(plan_bundles(catalog, {})), "root: A=Yes\nfr: A=Oui\nfr_CA: A=Ouais\n");
}

// es-ES feeds es (Spain is Spanish's likely region), zh-Hans zh, pt-BR pt; es-419, pt-PT keep
// what differs from their parent; zh-Hant and sr-Latn have root as CLDR parent: whole bundles,
// never mixed into Simplified zh or Cyrillic sr.
TEST(BundlePlan, EightTranslationsFollowCldrChains) {
  Catalog catalog;
  DiagnosticList diagnostics;
  const std::vector<std::pair<const char*, const char*>> greetings = {
      {"es_419", "Hola-419"}, {"es_ES", "Hola-ES"}, {"zh_Hans", "Hans"}, {"zh_Hant", "Hant"},
      {"pt_BR", "Ola-BR"},    {"pt_PT", "Ola-PT"},  {"sr", "Cyrl"},      {"sr_Latn", "Latn"}};
  for (const auto& [locale, greeting] : greetings) {
    std::vector<Unit> units = {make_unit("A", "Hello", greeting)};
    if (std::string(locale) == "es_ES" || std::string(locale) == "zh_Hans" ||
        std::string(locale) == "pt_BR" || std::string(locale) == "sr")
      units.push_back(make_unit("B", "Bye", "Bye-" + std::string(locale)));
    catalog.add(make_document("page", locale, std::move(units)), diagnostics);
  }
  EXPECT_FALSE(diagnostics.has_errors());
  EXPECT_EQ(describe(plan_bundles(catalog, {})),
            "root: A=Hello B=Bye\n"
            "es: A=Hola-ES B=Bye-es_ES\n"
            "es_419: A=Hola-419\n"
            "es_ES:\n"
            "pt: A=Ola-BR B=Bye-pt_BR\n"
            "pt_BR:\n"
            "pt_PT: A=Ola-PT\n"
            "sr: A=Cyrl B=Bye-sr\n"
            "sr_Latn: A=Latn\n"
            "zh: A=Hans B=Bye-zh_Hans\n"
            "zh_Hans:\n"
            "zh_Hant: A=Hant\n");
}

TEST(BundlePlan, TaiwanFeedsTraditionalChineseNeverSimplified) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(make_document("page", "zh_TW", {make_unit("A", "Yes", "是")}), diagnostics);
  catalog.add(make_document("page", "zh_CN", {make_unit("B", "No", "否")}), diagnostics);
  EXPECT_EQ(describe(plan_bundles(catalog, {})),
            "root: A=Yes B=No\nzh: B=否\nzh_CN:\nzh_Hant: A=是\nzh_TW:\n");
}

// CLDR's parent of de_CH is de: with no German for Germany, de is made from Swiss German, so
// that de_DE and de_AT users read it rather than English (README: the bundle rule).
TEST(BundlePlan, ASwissOnlyTranslationServesEveryGermanReader) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(make_document("page", "de_CH", {make_unit("A", "Street", "Strasse")}), diagnostics);
  EXPECT_EQ(describe(plan_bundles(catalog, {})), "root: A=Street\nde: A=Strasse\nde_CH:\n");
}

// Root is the English: a British translation never becomes the "en" American users read.
TEST(BundlePlan, EnglishVariantsKeepTheirOwnBundle) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(make_document("page", "en_GB", {make_unit("A", "Color", "Colour")}), diagnostics);
  EXPECT_EQ(describe(plan_bundles(catalog, {})), "root: A=Color\nen_GB: A=Colour\n");
}

TEST(BundlePlan, StrictLeavesNeedsReviewOut) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(make_document("page", "de",
                            {make_unit("A", "Yes", "Ja", TranslationState::needs_review),
                             make_unit("B", "No", "Nein")}),
              diagnostics);
  EXPECT_EQ(describe(plan_bundles(catalog, {})), "root: A=Yes B=No\nde: A=Ja B=Nein\n");
  BundlePlanOptions strict;
  strict.strict = true;
  EXPECT_EQ(describe(plan_bundles(catalog, strict)), "root: A=Yes B=No\nde: B=Nein\n");
}

TEST(BundlePlan, RecordsDocumentTitlesInRoot) {
  Catalog catalog;
  DiagnosticList diagnostics;
  Document document = make_document(
      "page", "de", {make_unit("page.title", "Codes", "Codes"), make_unit("A", "Yes", "Ja")});
  document.title_key = "page.title";
  catalog.add(std::move(document), diagnostics);
  const std::vector<Bundle> bundles = plan_bundles(catalog, {});
  ASSERT_EQ(bundles[0].titles.size(), 1u);
  EXPECT_EQ(bundles[0].titles[0], (std::pair<std::string, std::string>{"A", "page.title"}));
}

TEST(Catalog, ReportsOneKeyWithDifferentEnglish) {
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(make_document("one", "de", {make_unit("A", "Yes", "Ja")}), diagnostics);
  catalog.add(make_document("two", "fr", {make_unit("A", "Yes!", "Oui")}), diagnostics);
  ASSERT_EQ(diagnostics.error_count(), 1u);
  EXPECT_EQ(diagnostics.diagnostics()[0].message, "key 'A' has different English text than before");
  EXPECT_EQ(diagnostics.diagnostics()[0].check_id, "duplicate-key");
  EXPECT_EQ(diagnostics.diagnostics()[0].location.file, "fr/two.md");
  EXPECT_EQ(diagnostics.diagnostics()[0].notes[0].location.file, "de/one.md");
}

}  // namespace
}  // namespace l10nc
