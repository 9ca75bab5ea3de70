#include "l10n/catalog.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "base/process.h"
#include "runtime/runtime_test_support.h"
#include "test_support.h"
#include "writers/bundle_plan.h"

namespace l10nc {
namespace {

namespace fs = std::filesystem;
using l10n::Status;

// A timestamp at noon UTC: the same calendar day in every time zone from -11 to +11 hours.
constexpr double kMarch15Noon = 1710504000000.0;  // 2024-03-15T12:00:00Z

std::vector<Bundle> test_bundles() {
  Bundle root{"root",
              {{"HELLO", "Hello, {name}!"},
               {"FILES", "{count, plural, one {# file} other {# files}}"},
               {"ONLY_ENGLISH", "Only in English"},
               {"BROKEN", "Broken in Spanish"},
               {"RENAMED_ARGUMENT", "Moved {file} to {folder}."},
               {"RETYPED_ARGUMENT", "{count, plural, one {# error} other {# errors}}"},
               {"NO_PLURAL_IN_JAPANESE", "{count, plural, one {# error} other {# errors}}"},
               {"QUOTED", "It''s '{'here'}'"},
               {"EXPIRES", "Expires on {when, date, short}."},
               {"COPY", "Copying {file} ({done, number, percent})"},
               {"EMPTY_IN_SPANISH", "Not empty"},
               {"page.title", "Codes"},
               {"path/to key", "A key with a slash"}},
              {{"HELLO", "page.title"}}};
  Bundle es{"es",
            {{"HELLO", "¡Hola, {name}!"},
             {"FILES", "{count, plural, one {# archivo} other {# archivos}}"},
             {"BROKEN", "Roto {"},
             {"RENAMED_ARGUMENT", "Se movió {archivo} a {folder}."},
             {"RETYPED_ARGUMENT", "{count, select, one {un error} other {errores}}"},
             {"QUOTED", "Está '{'aquí'}'"},
             {"EXPIRES", "Caduca el {when, date, short}."},
             {"COPY", "Copiando {file} ({done, number, percent})"},
             {"EMPTY_IN_SPANISH", ""},
             {"page.title", "Códigos"},
             {"path/to key", "Una clave con barra"}},
            {}};
  Bundle es_mx{"es_MX", {{"HELLO", "¡Qué onda, {name}!"}}, {}};
  Bundle de{"de", {{"HELLO", "Hallo, {name}!"}, {"ONLY_ENGLISH", "Nur auf Deutsch"}}, {}};
  Bundle ja{"ja", {{"NO_PLURAL_IN_JAPANESE", "{count}個のエラー"}}, {}};
  return {root, es, es_mx, de, ja};
}

// root (English), es, es_MX, de and ja, written once for the suite. Every test runs twice: on
// a new catalog, which reads each key from the bundles' tables, and on one whose keys are
// indexed (keys() indexes them; so do enough calls): both must answer alike.
class RuntimeCatalog : public ::testing::TestWithParam<bool> {
 protected:
  static void SetUpTestSuite() {
    directory_ = new testing::TempDir();
    write_package_or_fail(test_bundles(), directory_->path());
  }
  static void TearDownTestSuite() { delete directory_; }

  void SetUp() override {
    catalog_ = std::make_unique<l10n::Catalog>(directory_->path().string());
    ASSERT_TRUE(catalog_->ok()) << catalog_->error();
    if (GetParam()) catalog_->keys();
  }

  l10n::FormatResult format(std::string_view locale, std::string_view key,
                            std::vector<l10n::Argument> arguments = {}) const {
    return catalog_->format(locale, key, arguments);
  }

  static testing::TempDir* directory_;
  std::unique_ptr<l10n::Catalog> catalog_;
};
testing::TempDir* RuntimeCatalog::directory_ = nullptr;

INSTANTIATE_TEST_SUITE_P(, RuntimeCatalog, ::testing::Values(false, true),
                         testing::catalog_mode_name);

void expect_result(const l10n::FormatResult& result, const std::string& text, Status status,
                   const std::string& locale) {
  EXPECT_EQ(result.text, text);
  EXPECT_EQ(l10n::status_name(result.status), std::string(l10n::status_name(status))) << text;
  EXPECT_EQ(result.locale, locale) << text;
}

TEST_P(RuntimeCatalog, RegionalLocalesReachTheLanguageBundle) {
  for (const char* locale : {"es", "es_ES", "es_419", "es-AR"}) {
    const l10n::FormatResult result = format(locale, "HELLO", {{"name", std::string("Ana")}});
    expect_result(result, "¡Hola, Ana!", Status::ok, "es");
  }
  for (const char* locale : {"es_MX", "es-MX"})
    expect_result(format(locale, "HELLO", {{"name", std::string("Ana")}}), "¡Qué onda, Ana!",
                  Status::ok, "es_MX");
  expect_result(format("es_MX", "FILES", {{"count", int64_t{3}}}), "3 archivos", Status::ok, "es");
}

TEST_P(RuntimeCatalog, MissingLocaleFallsBackToEnglishWhateverTheProcessLocaleSays) {
  // With ures_open, ICU would go fr -> default locale (de) -> root and answer in German.
  testing::ScopedEnvironment environment({{"LANG", "de_DE.UTF-8"}, {"LC_ALL", "de_DE.UTF-8"}});
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale previous = icu::Locale::getDefault();
  icu::Locale::setDefault(icu::Locale("de_DE"), status);
  const l10n::FormatResult result = format("fr", "ONLY_ENGLISH");
  icu::Locale::setDefault(previous, status);
  expect_result(result, "Only in English", Status::fallback, "root");
}

TEST_P(RuntimeCatalog, KeyMissingInTheLocaleFallsBackToEnglish) {
  expect_result(format("es_MX", "ONLY_ENGLISH"), "Only in English", Status::fallback, "root");
}

TEST_P(RuntimeCatalog, EnglishRequestsAreNotFallbacks) {
  for (const char* locale : {"en", "en_US", "en-GB", "C", "POSIX"})
    expect_result(format(locale, "ONLY_ENGLISH"), "Only in English", Status::ok, "root");
}

// ICU reads "a/b" in ures_getStringByKey as a path when no key is spelled so; read by key or
// indexed, a key with a slash is that key, and reserved names are no keys.
TEST_P(RuntimeCatalog, KeysWithSlashesAndReservedNamesAreReadAsWritten) {
  expect_result(format("es", "path/to key"), "Una clave con barra", Status::ok, "es");
  expect_result(format("fr", "path/to key"), "A key with a slash", Status::fallback, "root");
  expect_result(format("es", "path/to"), "path/to", Status::key_not_found, "");
  expect_result(format("es", "l10nc:titles"), "l10nc:titles", Status::key_not_found, "");
  expect_result(format("es", "l10nc:titles/HELLO"), "l10nc:titles/HELLO", Status::key_not_found,
                "");
}

TEST_P(RuntimeCatalog, UnknownKeyGivesTheKey) {
  expect_result(format("es", "NO_SUCH_KEY"), "NO_SUCH_KEY", Status::key_not_found, "");
}

TEST_P(RuntimeCatalog, EmptyTranslationIsNoTranslation) {
  expect_result(format("es", "EMPTY_IN_SPANISH"), "Not empty", Status::fallback, "root");
}

TEST_P(RuntimeCatalog, IllFormedLocaleGivesEnglish) {
  for (const char* locale : {"", "!!", "12345", "a b"})
    expect_result(format(locale, "HELLO", {{"name", std::string("Ana")}}), "Hello, Ana!",
                  Status::invalid_locale, "root");
}

TEST_P(RuntimeCatalog, LocaleListsAreTriedInOrderBeforeEnglish) {
  expect_result(format("fr:de:es", "ONLY_ENGLISH"), "Nur auf Deutsch", Status::ok, "de");
  expect_result(format("fr:es_MX", "FILES", {{"count", int64_t{1}}}), "1 archivo", Status::ok,
                "es");
  expect_result(format("fr:!!:en", "FILES", {{"count", int64_t{1}}}), "1 file", Status::ok, "root");
  expect_result(format("fr:it", "ONLY_ENGLISH"), "Only in English", Status::fallback, "root");
}

TEST_P(RuntimeCatalog, BrokenTranslationFallsBackToEnglishForThatKeyAlone) {
  expect_result(format("es", "BROKEN"), "Broken in Spanish", Status::invalid_translation, "root");
  expect_result(format("es", "HELLO", {{"name", std::string("Ana")}}), "¡Hola, Ana!", Status::ok,
                "es");
}

TEST_P(RuntimeCatalog, TranslationWhoseArgumentsDifferFallsBackToEnglish) {
  expect_result(format("es", "RENAMED_ARGUMENT",
                       {{"file", std::string("a.txt")}, {"folder", std::string("docs")}}),
                "Moved a.txt to docs.", Status::arguments_differ, "root");
  expect_result(format("es", "RETYPED_ARGUMENT", {{"count", int64_t{2}}}), "2 errors",
                Status::arguments_differ, "root");
  // A language without plural forms may say "{count}" where English has a plural.
  expect_result(format("ja", "NO_PLURAL_IN_JAPANESE", {{"count", int64_t{1000}}}),
                "1,000個のエラー", Status::ok, "ja");
}

TEST_P(RuntimeCatalog, FormatsPluralsAndNumbersWithTheRulesOfTheTextsLanguage) {
  expect_result(format("es", "FILES", {{"count", int64_t{1}}}), "1 archivo", Status::ok, "es");
  expect_result(format("es", "FILES", {{"count", int64_t{1000}}}), "1.000 archivos", Status::ok,
                "es");
  // The requested region's conventions for its language's text.
  expect_result(format("es_MX", "FILES", {{"count", 1000.5}}), "1,000.5 archivos", Status::ok,
                "es");
  expect_result(format("en", "FILES", {{"count", int64_t{2}}}), "2 files", Status::ok, "root");
  expect_result(format("de", "FILES", {{"count", 1.5}}), "1.5 files", Status::fallback, "root");
  // English fallback text takes English plural rules: Japanese has no "one", French counts 0
  // as one.
  expect_result(format("ja", "FILES", {{"count", int64_t{1}}}), "1 file", Status::fallback, "root");
  expect_result(format("fr", "FILES", {{"count", int64_t{0}}}), "0 files", Status::fallback,
                "root");
  expect_result(format("es", "COPY", {{"file", std::string("a.txt")}, {"done", 0.25}}),
                "Copiando a.txt (25\u00a0%)", Status::ok, "es");
}

TEST_P(RuntimeCatalog, FormatsDatesThroughMessageFormat) {
  const l10n::Date date{kMarch15Noon};
  expect_result(format("es", "EXPIRES", {{"when", date}}), "Caduca el 15/3/24.", Status::ok, "es");
  expect_result(format("en_US", "EXPIRES", {{"when", date}}), "Expires on 3/15/24.", Status::ok,
                "root");
  expect_result(format("en_GB", "EXPIRES", {{"when", date}}), "Expires on 15/03/2024.", Status::ok,
                "root");
}

TEST_P(RuntimeCatalog, QuotedSyntaxComesOutAsText) {
  expect_result(format("es", "QUOTED"), "Está {aquí}", Status::ok, "es");
  expect_result(format("en", "QUOTED"), "It's {here}", Status::ok, "root");
}

TEST_P(RuntimeCatalog, MissingArgumentIsShownByName) {
  expect_result(format("de", "HELLO"), "Hallo, {name}!", Status::missing_argument, "de");
  expect_result(format("es", "COPY", {{"file", std::string("a.txt")}}), "Copiando a.txt ({done})",
                Status::missing_argument, "es");
  // Extra arguments are ignored.
  expect_result(format("es", "ONLY_ENGLISH", {{"name", std::string("x")}}), "Only in English",
                Status::fallback, "root");
}

TEST_P(RuntimeCatalog, WrongArgumentTypeIsLeftOutAndShownByName) {
  expect_result(format("es", "FILES", {{"count", std::string("three")}}), "{count}",
                Status::wrong_argument_type, "es");
  expect_result(format("es", "COPY", {{"file", std::string("a")}, {"done", std::string("x")}}),
                "Copiando a ({done})", Status::wrong_argument_type, "es");
  expect_result(format("es", "EXPIRES", {{"when", std::string("mañana")}}), "Caduca el {when}.",
                Status::wrong_argument_type, "es");
  // A number where a string is expected in a select, and a date in a plural.
  expect_result(format("es", "FILES", {{"count", l10n::Date{0}}}), "{count}",
                Status::wrong_argument_type, "es");
}

TEST_P(RuntimeCatalog, StringArgumentsComeOutAsWellFormedUtf8) {
  expect_result(format("es", "HELLO", {{"name", std::string("A\xff")}}), "¡Hola, A\xEF\xBF\xBD!",
                Status::ok, "es");
}

TEST_P(RuntimeCatalog, LookupGivesViewsIntoTheCatalog) {
  const l10n::LookupResult spanish = catalog_->lookup("es_AR", "QUOTED");
  EXPECT_EQ(spanish.text, "Está {aquí}");
  EXPECT_EQ(spanish.status, Status::ok);
  EXPECT_EQ(spanish.locale, "es");
  const l10n::LookupResult english = catalog_->lookup("es", "ONLY_ENGLISH");
  EXPECT_EQ(english.text, "Only in English");
  EXPECT_EQ(english.status, Status::fallback);
  EXPECT_EQ(english.locale, "root");
  // The same answer as format() without arguments, without copying it.
  const l10n::LookupResult hello = catalog_->lookup("es", "HELLO");
  EXPECT_EQ(hello.text, "¡Hola, {name}!");
  EXPECT_EQ(hello.status, Status::missing_argument);
  EXPECT_EQ(catalog_->lookup("es", "HELLO").text.data(), hello.text.data());
  EXPECT_EQ(catalog_->lookup("es", "BROKEN").status, Status::invalid_translation);
  EXPECT_EQ(catalog_->lookup("es", "NOPE").text, "NOPE");
  EXPECT_EQ(catalog_->lookup("es", "NOPE").status, Status::key_not_found);
}

TEST_P(RuntimeCatalog, ListsKeysAndTitles) {
  EXPECT_EQ(catalog_->title_key("HELLO"), "page.title");  // before keys(): read by key too
  EXPECT_EQ(catalog_->title_key("NOPE"), std::nullopt);
  EXPECT_EQ(catalog_->keys(),
            (std::vector<std::string>{"BROKEN", "COPY", "EMPTY_IN_SPANISH", "EXPIRES", "FILES",
                                      "HELLO", "NO_PLURAL_IN_JAPANESE", "ONLY_ENGLISH", "QUOTED",
                                      "RENAMED_ARGUMENT", "RETYPED_ARGUMENT", "page.title",
                                      "path/to key"}));
  EXPECT_EQ(catalog_->title_key("HELLO"), "page.title");
  EXPECT_EQ(catalog_->title_key("FILES"), std::nullopt);
}

// A new catalog answers by reading keys from the tables until it has answered as many calls as
// the root has keys (at least 1024), then indexes them: the answers stay the same, and texts
// handed out before stay valid and are the ones handed out after.
TEST_P(RuntimeCatalog, AnswersStayTheSameWhenTheCatalogIndexesItself) {
  const std::vector<std::pair<std::string, std::string>> calls = {{"es_MX", "HELLO"},
                                                                  {"es", "FILES"},
                                                                  {"es", "BROKEN"},
                                                                  {"de", "ONLY_ENGLISH"},
                                                                  {"ja", "NO_PLURAL_IN_JAPANESE"},
                                                                  {"es", "QUOTED"},
                                                                  {"fr", "QUOTED"},
                                                                  {"es", "NOPE"},
                                                                  {"es", "EMPTY_IN_SPANISH"},
                                                                  {"es", "RETYPED_ARGUMENT"},
                                                                  {"!!", "HELLO"}};
  const std::vector<l10n::Argument> arguments = {{"name", std::string("Ana")},
                                                 {"count", int64_t{3}}};
  const l10n::LookupResult quoted = catalog_->lookup("es", "QUOTED");
  std::vector<l10n::FormatResult> first;
  for (const auto& [locale, key] : calls) first.push_back(format(locale, key, arguments));
  for (int round = 0; round < 1100 / static_cast<int>(calls.size()); ++round) {
    for (size_t i = 0; i < calls.size(); ++i) {
      const l10n::FormatResult again = format(calls[i].first, calls[i].second, arguments);
      ASSERT_EQ(again.text, first[i].text) << round << " " << calls[i].second;
      ASSERT_EQ(again.status, first[i].status) << round << " " << calls[i].second;
      ASSERT_EQ(again.locale, first[i].locale) << round << " " << calls[i].second;
    }
  }
  catalog_->keys();
  EXPECT_EQ(quoted.text, "Está {aquí}");
  // The same text, not a copy: indexing keeps the messages read before.
  EXPECT_EQ(catalog_->lookup("es", "QUOTED").text.data(), quoted.text.data());
  EXPECT_EQ(first[0].text, "¡Qué onda, Ana!");
  EXPECT_EQ(first[2].status, Status::invalid_translation);
  EXPECT_EQ(first[7].status, Status::key_not_found);
}

TEST_P(RuntimeCatalog, DefaultLocaleComesFromTheEnvironmentAndCanBeSet) {
  testing::ScopedEnvironment environment(
      {{"LC_ALL", ""}, {"LC_MESSAGES", ""}, {"LANG", "es_MX.UTF-8"}, {"LANGUAGE", ""}});
  l10n::Catalog catalog(directory_->path().string());
  EXPECT_EQ(catalog.default_locale(), "es_MX");
  expect_result(catalog.format_default("HELLO", {{"name", std::string("Ana")}}), "¡Qué onda, Ana!",
                Status::ok, "es_MX");
  catalog.set_default_locale("de-CH");
  EXPECT_EQ(catalog.default_locale(), "de_CH");
  expect_result(catalog.format_default("ONLY_ENGLISH"), "Nur auf Deutsch", Status::ok, "de");
  ::setenv("LANG", "C.UTF-8", 1);
  catalog.set_default_locale("");
  EXPECT_EQ(catalog.default_locale(), "en");
}

TEST(EnvironmentLocale, FollowsGettext) {
  struct Case {
    std::map<std::string, std::string> variables;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {{}, "en"},
      {{{"LANG", "es_MX.UTF-8"}}, "es_MX"},
      {{{"LANG", "de_DE.UTF-8@euro"}}, "de_DE"},
      {{{"LC_MESSAGES", "fr_CA"}, {"LANG", "de_DE.UTF-8"}}, "fr_CA"},
      {{{"LC_ALL", "ja_JP.UTF-8"}, {"LC_MESSAGES", "fr_CA"}, {"LANG", "de_DE"}}, "ja_JP"},
      {{{"LANG", "es_ES.UTF-8"}, {"LANGUAGE", "fr:de_AT"}}, "fr:de_AT"},
      {{{"LANG", "es_ES.UTF-8"}, {"LANGUAGE", "pt_BR.UTF-8::C"}}, "pt_BR:en"},
      // The C locale means the untranslated program; LANGUAGE is not read.
      {{{"LANG", "C.UTF-8"}, {"LANGUAGE", "es"}}, "en"},
      {{{"LC_ALL", "POSIX"}, {"LANG", "es_ES.UTF-8"}}, "en"},
      {{{"LANGUAGE", "es"}}, "en"},
      // A modifier naming a script keeps it; others are dropped. BCP 47 ids stay as they are.
      {{{"LANG", "sr_RS.UTF-8@latin"}}, "sr_Latn_RS"},
      {{{"LC_MESSAGES", "sr_RS@latin"}, {"LANG", "de_DE.UTF-8"}}, "sr_Latn_RS"},
      {{{"LANG", "uz_UZ@cyrillic"}}, "uz_Cyrl_UZ"},
      {{{"LANG", "ca_ES.UTF-8@valencia"}}, "ca_ES"},
      {{{"LANG", "es_ES.UTF-8"}, {"LANGUAGE", "sr@latin:de_DE@euro"}}, "sr_Latn:de_DE"},
      {{{"LANG", "zh-Hant-TW"}}, "zh-Hant-TW"},
      {{{"LC_ALL", "sr-Latn-ME"}, {"LANG", "sr_RS.UTF-8"}}, "sr-Latn-ME"},
  };
  for (const Case& c : cases) {
    std::map<std::string, std::string> variables = {
        {"LC_ALL", ""}, {"LC_MESSAGES", ""}, {"LANG", ""}, {"LANGUAGE", ""}};
    for (const auto& [name, value] : c.variables) variables[name] = value;
    testing::ScopedEnvironment environment(variables);
    EXPECT_EQ(l10n::environment_locale(), c.expected) << ::testing::PrintToString(c.variables);
  }
}

TEST(RuntimeCatalogErrors, MissingPackageGivesTheKeyAndAStatus) {
  const l10n::Catalog catalog("/nonexistent/package");
  EXPECT_FALSE(catalog.ok());
  EXPECT_EQ(catalog.error(), "no ICU package with a root bundle in /nonexistent/package/");
  expect_result(catalog.format("es", "SEC_E_OK"), "SEC_E_OK", Status::catalog_error, "");
  EXPECT_EQ(catalog.lookup("es", "SEC_E_OK").status, Status::catalog_error);
  EXPECT_TRUE(catalog.keys().empty());
  const l10n::Catalog archive("/nonexistent/package.dat");
  EXPECT_FALSE(archive.ok());
  EXPECT_EQ(archive.error(), "no ICU package archive /nonexistent/package.dat");
}

// A root bundle large enough that ICU's memory map of a truncated copy ends before the data
// its indexes point at (a few pages): without the check, reading it crashes the process.
std::vector<Bundle> large_bundles() {
  Bundle root{"root", {}, {}};
  Bundle es{"es", {}, {}};
  for (int i = 0; i < 3000; ++i) {
    const std::string key = "KEY_" + std::to_string(10000 + i);
    root.messages.push_back({key, "English message number " + std::to_string(i)});
    es.messages.push_back({key, "Mensaje en español número " + std::to_string(i)});
  }
  Bundle es_mx{"es_MX", {{"KEY_10001", "Mensaje mexicano"}}, {}};
  return {root, es, es_mx};
}

void truncate_file(const fs::path& path, uintmax_t size) { fs::resize_file(path, size); }

void overwrite(const fs::path& path, std::streamoff offset, const std::string& bytes) {
  std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
  file.seekp(offset);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

TEST(RuntimeCatalogErrors, TruncatedOrGarbledBundleFallsBackToEnglish) {
  testing::TempDir directory;
  write_package_or_fail(large_bundles(), directory.path());
  const fs::path es = directory / "es.res";
  ASSERT_GT(fs::file_size(es), 3 * 4096u);
  truncate_file(es, 8192);
  {
    const l10n::Catalog catalog(directory.path().string());
    ASSERT_TRUE(catalog.ok()) << catalog.error();
    expect_result(catalog.format("es_MX", "KEY_10007"), "English message number 7",
                  Status::corrupt_bundle, "root");
    EXPECT_EQ(catalog.lookup("es", "KEY_12999").text, "English message number 2999");
    // ICU opens es_MX with its parents: a corrupt es.res makes es_MX unusable too.
    expect_result(catalog.format("es_MX", "KEY_10001"), "English message number 1",
                  Status::corrupt_bundle, "root");
  }
  overwrite(es, 0, std::string(64, '\x5a'));  // the header
  {
    const l10n::Catalog catalog(directory.path().string());
    expect_result(catalog.format("es", "KEY_10007"), "English message number 7",
                  Status::corrupt_bundle, "root");
  }
}

TEST(RuntimeCatalogErrors, TruncatedRootBundleFailsToOpen) {
  testing::TempDir directory;
  write_package_or_fail(large_bundles(), directory.path());
  const fs::path root = directory / "root.res";
  const uintmax_t size = fs::file_size(root);
  truncate_file(root, 12288);
  const l10n::Catalog catalog(directory.path().string());
  EXPECT_FALSE(catalog.ok());
  EXPECT_EQ(catalog.error(), root.string() + ": truncated: 12288 bytes of " + std::to_string(size));
  expect_result(catalog.format("es", "KEY_10007"), "KEY_10007", Status::catalog_error, "");
}

// An ICU .dat archive of the package, made with icupkg as an application would ship it.
fs::path make_archive(const fs::path& package, const fs::path& archive) {
  std::string list;
  for (const auto& entry : fs::directory_iterator(package))
    if (entry.path().extension() == ".res") list += entry.path().filename().string() + "\n";
  const fs::path list_file = archive.parent_path() / "list.txt";
  std::ofstream(list_file) << list;
  const ProcessResult result = run_process({L10NC_ICUPKG, "-tl", "-s", package.string(), "-a",
                                            list_file.string(), "new", archive.string()});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  return archive;
}

TEST(RuntimeCatalogArchive, ReadsADatArchive) {
  testing::TempDir directory;
  write_package_or_fail(test_bundles(), directory / "package");
  const fs::path archive = make_archive(directory / "package", directory / "app.dat");
  const l10n::Catalog catalog(archive.string());
  ASSERT_TRUE(catalog.ok()) << catalog.error();
  expect_result(catalog.format("es_AR", "FILES", {{"count", int64_t{2}}}), "2 archivos", Status::ok,
                "es");
  expect_result(catalog.format("es_MX", "HELLO", {{"name", std::string("Ana")}}), "¡Qué onda, Ana!",
                Status::ok, "es_MX");
  expect_result(catalog.format("fr", "ONLY_ENGLISH"), "Only in English", Status::fallback, "root");
  EXPECT_EQ(catalog.title_key("HELLO"), "page.title");
}

TEST(RuntimeCatalogArchive, TruncatedArchiveNeverCrashes) {
  testing::TempDir directory;
  write_package_or_fail(large_bundles(), directory / "package");
  const fs::path archive = make_archive(directory / "package", directory / "app.dat");
  // icupkg sorts items by name: es.res first, root.res last. Cut into root.res...
  const uintmax_t size = fs::file_size(archive);
  truncate_file(archive, size - 5000);
  {
    const l10n::Catalog catalog(archive.string());
    EXPECT_FALSE(catalog.ok());
    EXPECT_EQ(catalog.error().substr(0, 21), "root.res: truncated: ") << catalog.error();
    expect_result(catalog.format("es", "KEY_10007"), "KEY_10007", Status::catalog_error, "");
  }
  // ...and into the table of contents.
  truncate_file(archive, 40);
  const l10n::Catalog catalog(archive.string());
  EXPECT_EQ(catalog.error(), archive.string() + ": truncated table of contents");
}

}  // namespace
}  // namespace l10nc
