#include "l10n/catalog.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>

#include <cstdlib>

#include "test_support.h"
#include "writers/icu_bundle_writer.h"

namespace l10nc {
namespace {

// root (English), es and de bundles, written once for the suite.
class RuntimeCatalog : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = new testing::TempDir();
    Bundle root{"root",
                {{"HELLO", "Hello, {name}!"},
                 {"FILES", "{count, plural, one {# file} other {# files}}"},
                 {"ONLY_ENGLISH", "Only in English"},
                 {"BROKEN", "Broken in Spanish"},
                 {"page.title", "Codes"}},
                {{"HELLO", "page.title"}}};
    Bundle es{"es",
              {{"HELLO", "¡Hola, {name}!"},
               {"FILES", "{count, plural, one {# archivo} other {# archivos}}"},
               {"BROKEN", "Roto {"},
               {"page.title", "Códigos"}},
              {}};
    Bundle de{"de", {{"HELLO", "Hallo, {name}!"}, {"ONLY_ENGLISH", "Nur auf Deutsch"}}, {}};
    DiagnosticList diagnostics;
    ASSERT_TRUE(write_icu_package({root, es, de}, directory_->path(), {}, diagnostics));
  }
  static void TearDownTestSuite() { delete directory_; }

  static l10n::FormatResult format(std::string_view locale, std::string_view key,
                                   std::vector<l10n::Argument> arguments = {}) {
    const l10n::Catalog catalog(directory_->path().string());
    EXPECT_TRUE(catalog.ok()) << catalog.error();
    return catalog.format(locale, key, arguments);
  }

  static testing::TempDir* directory_;
};
testing::TempDir* RuntimeCatalog::directory_ = nullptr;

TEST_F(RuntimeCatalog, RegionalLocalesReachTheLanguageBundle) {
  for (const char* locale : {"es_MX", "es-MX", "es", "es_ES", "es_419"}) {
    const l10n::FormatResult result = format(locale, "HELLO", {{"name", std::string("Ana")}});
    EXPECT_EQ(result.text, "¡Hola, Ana!") << locale;
    EXPECT_EQ(result.status, l10n::Status::ok) << locale;
    EXPECT_EQ(result.locale, "es") << locale;
  }
}

TEST_F(RuntimeCatalog, MissingLocaleFallsBackToEnglishWhateverTheProcessLocaleSays) {
  // With ures_open, ICU would go fr -> default locale (de) -> root and answer in German.
  ::setenv("LANG", "de_DE.UTF-8", 1);
  ::setenv("LC_ALL", "de_DE.UTF-8", 1);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale previous = icu::Locale::getDefault();
  icu::Locale::setDefault(icu::Locale("de_DE"), status);
  const l10n::FormatResult result = format("fr", "ONLY_ENGLISH");
  icu::Locale::setDefault(previous, status);
  ::unsetenv("LANG");
  ::unsetenv("LC_ALL");
  EXPECT_EQ(result.text, "Only in English");
  EXPECT_EQ(result.status, l10n::Status::fallback);
  EXPECT_EQ(result.locale, "root");
}

TEST_F(RuntimeCatalog, KeyMissingInTheLocaleFallsBackToEnglish) {
  const l10n::FormatResult result = format("es_MX", "ONLY_ENGLISH");
  EXPECT_EQ(result.text, "Only in English");
  EXPECT_EQ(result.status, l10n::Status::fallback);
}

TEST_F(RuntimeCatalog, EnglishRequestsAreNotFallbacks) {
  const l10n::FormatResult result = format("en_US", "ONLY_ENGLISH");
  EXPECT_EQ(result.status, l10n::Status::ok);
  EXPECT_EQ(result.locale, "root");
}

TEST_F(RuntimeCatalog, UnknownKeyGivesTheKey) {
  const l10n::FormatResult result = format("es", "NO_SUCH_KEY");
  EXPECT_EQ(result.text, "NO_SUCH_KEY");
  EXPECT_EQ(result.status, l10n::Status::key_not_found);
  EXPECT_EQ(result.locale, "");
}

TEST_F(RuntimeCatalog, BrokenTranslationFallsBackToEnglishForThatKeyAlone) {
  const l10n::FormatResult broken = format("es", "BROKEN");
  EXPECT_EQ(broken.text, "Broken in Spanish");
  EXPECT_EQ(broken.status, l10n::Status::invalid_translation);
  EXPECT_EQ(format("es", "HELLO", {{"name", std::string("Ana")}}).status, l10n::Status::ok);
}

TEST_F(RuntimeCatalog, FormatsPluralsWithTheLocaleRules) {
  EXPECT_EQ(format("es", "FILES", {{"count", int64_t{1}}}).text, "1 archivo");
  EXPECT_EQ(format("es", "FILES", {{"count", int64_t{1000}}}).text, "1.000 archivos");
  EXPECT_EQ(format("en", "FILES", {{"count", int64_t{2}}}).text, "2 files");
  EXPECT_EQ(format("de", "FILES", {{"count", 1.5}}).text, "1,5 files");  // German digits
}

TEST_F(RuntimeCatalog, LeavesAMissingArgumentVisible) {
  EXPECT_EQ(format("de", "HELLO").text, "Hallo, {name}!");
}

TEST_F(RuntimeCatalog, ListsKeysAndTitles) {
  const l10n::Catalog catalog(directory_->path().string());
  EXPECT_EQ(catalog.keys(),
            (std::vector<std::string>{"BROKEN", "FILES", "HELLO", "ONLY_ENGLISH", "page.title"}));
  EXPECT_EQ(catalog.title_key("HELLO"), "page.title");
  EXPECT_EQ(catalog.title_key("FILES"), std::nullopt);
}

TEST(RuntimeCatalogErrors, MissingPackageGivesTheKeyAndAStatus) {
  const l10n::Catalog catalog("/nonexistent/package");
  EXPECT_FALSE(catalog.ok());
  EXPECT_EQ(catalog.error(), "no ICU package with a root bundle in /nonexistent/package/");
  const l10n::FormatResult result = catalog.format("es", "SEC_E_OK");
  EXPECT_EQ(result.text, "SEC_E_OK");
  EXPECT_EQ(result.status, l10n::Status::catalog_error);
  EXPECT_TRUE(catalog.keys().empty());
}

}  // namespace
}  // namespace l10nc
