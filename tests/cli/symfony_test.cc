// A Symfony application's translations (tests/data/symfony): DOMAIN+intl-icu.LOCALE.xlf files
// compiled with no option, formatted by the runtime exactly as ICU's MessageFormat does.
#include <gtest/gtest.h>

#include <unicode/msgfmt.h>

#include <l10n/catalog.h>

#include "base/unicode_text.h"
#include "test_support.h"

namespace l10nc {
namespace {

using testing::CommandResult;
using testing::run_l10nc;
using testing::source_dir;
using testing::TempDir;

// Each test runs on a new catalog (keys read from the tables) and on an indexed one.
class SymfonyLayout : public ::testing::TestWithParam<bool> {
 protected:
  static void SetUpTestSuite() {
    out_ = new TempDir;
    const CommandResult result =
        run_l10nc({"compile", (testing::source_dir() / "tests/data/symfony/translations").string(),
                   "-o", (*out_ / "bundles").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    // No option, and no warning but one: Symfony's dumper names a <file> DOMAIN.LOCALE, and
    // the '+' of "+intl-icu" is no NMTOKEN character (XLIFF 2 ids are NMTOKENs).
    EXPECT_EQ(result.err,
              (testing::source_dir() / "tests/data/symfony/translations/messages+intl-icu.pl.xlf")
                      .string() +
                  ":3:13: warning: id 'messages+intl-icu.pl' on <file> is not an "
                  "NMTOKEN [xliff2:4.3.1-nmtoken]\n"
                  "  <file id=\"messages+intl-icu.pl\">\n"
                  "            ^\n");
  }
  static void TearDownTestSuite() { delete out_; }

  void SetUp() override {
    catalog_ = std::make_unique<l10n::Catalog>((*out_ / "bundles").string());
    if (GetParam()) catalog_->keys();
  }

  std::string format(std::string_view locale, std::string_view domain, std::string_view key,
                     std::initializer_list<l10n::Argument> arguments = {}) {
    const l10n::FormatResult result =
        catalog_->format(locale, l10n::MessageId{domain, key}, arguments);
    return result.text + " [" + l10n::status_name(result.status) + " " + result.locale + "]";
  }

  static TempDir* out_;
  std::unique_ptr<l10n::Catalog> catalog_;
};
TempDir* SymfonyLayout::out_ = nullptr;

INSTANTIATE_TEST_SUITE_P(, SymfonyLayout, ::testing::Values(false, true),
                         testing::catalog_mode_name);

// What ICU's own MessageFormat makes of a pattern with one numeric argument.
std::string icu_format(const std::string& pattern, const char* locale, const char* name,
                       double value) {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(to_utf16(pattern), icu::Locale(locale), status);
  const icu::UnicodeString names[] = {icu::UnicodeString::fromUTF8(name)};
  const icu::Formattable values[] = {icu::Formattable(value)};
  icu::UnicodeString out;
  format.format(names, values, 1, out, status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  return to_utf8(out);
}

TEST_P(SymfonyLayout, DomainsAndKeysAreSymfonys) {
  EXPECT_EQ(catalog_->domains(), (std::vector<std::string>{"messages", "security"}));
  EXPECT_EQ(catalog_->keys("messages"),
            (std::vector<std::string>{"invitation_title", "num_of_apples", "progress", "welcome"}));
  // Numbered 1, 2 in every file: never keys, so the domains do not collide.
  EXPECT_EQ(catalog_->keys("security"),
            (std::vector<std::string>{"Invalid credentials.",
                                      "Too many failed login attempts, please try again in "
                                      "{minutes, plural, one {# minute} other {# minutes}}."}));
  EXPECT_EQ(catalog_->keys(), std::vector<std::string>{});
}

TEST_P(SymfonyLayout, TheEnglishIsTheEnglishFilesTargetNeverTheKey) {
  EXPECT_EQ(format("en", "messages", "welcome", {{"name", std::string("Ana")}}),
            "It's nice to see you, Ana! [ok root]");
  EXPECT_EQ(format("fr_CA", "messages", "welcome", {{"name", std::string("Ana")}}),
            "Ravi de vous voir, Ana ! [ok fr]");
}

TEST_P(SymfonyLayout, SelectWithAnArgumentInEachBranch) {
  EXPECT_EQ(
      format("fr", "messages", "invitation_title",
             {{"organizer_gender", std::string("female")}, {"organizer_name", std::string("Ana")}}),
      "Ana vous a invité à sa fête ! [ok fr]");
  EXPECT_EQ(format("en", "messages", "invitation_title",
                   {{"organizer_gender", std::string("x")}, {"organizer_name", std::string("Jo")}}),
            "Jo has invited you to their party! [ok root]");
}

TEST_P(SymfonyLayout, PluralsFollowEachLanguagesRulesAsIcuDoes) {
  const std::string polish =
      "{apples, plural, =0 {Nie ma jabłek} one {Jest jedno jabłko} few {Są # jabłka} many {Jest # "
      "jabłek} other {Jest # jabłka}}";
  EXPECT_EQ(format("pl", "messages", "num_of_apples", {{"apples", int64_t{22}}}),
            "Są 22 jabłka [ok pl]");  // few
  EXPECT_EQ(format("pl", "messages", "num_of_apples", {{"apples", int64_t{5}}}),
            "Jest 5 jabłek [ok pl]");  // many
  EXPECT_EQ(format("pl", "messages", "num_of_apples", {{"apples", 1.5}}),
            "Jest 1,5 jabłka [ok pl]");  // other
  EXPECT_EQ(format("pl", "messages", "num_of_apples", {{"apples", int64_t{0}}}),
            "Nie ma jabłek [ok pl]");  // =0
  for (const double n : {0.0, 1.0, 2.0, 5.0, 22.0, 1.5, 1000000.0})
    EXPECT_EQ(
        catalog_->format("pl", l10n::MessageId{"messages", "num_of_apples"}, {{"apples", n}}).text,
        icu_format(polish, "pl", "apples", n))
        << n;
  const std::string french =
      "{apples, plural, =0 {Il n'y a pas de pommes} one {Il y a une pomme} many {Il y a # de "
      "pommes} other {Il y a # pommes}}";
  for (const double n : {0.0, 1.0, 1.5, 2.0, 1000000.0})
    EXPECT_EQ(
        catalog_->format("fr", l10n::MessageId{"messages", "num_of_apples"}, {{"apples", n}}).text,
        icu_format(french, "fr", "apples", n))
        << n;
  EXPECT_EQ(format("fr", "messages", "num_of_apples", {{"apples", int64_t{1000000}}}),
            "Il y a 1\u202f000\u202f000 de pommes [ok fr]");
}

TEST_P(SymfonyLayout, PercentQuotedBracesAndApostrophes) {
  EXPECT_EQ(format("fr", "messages", "progress", {{"ratio", 0.25}}),
            "25\u00a0% fait. Utilisez { et } pour les paramètres. [ok fr]");
  EXPECT_EQ(format("en", "messages", "progress", {{"ratio", 0.25}}),
            "25% done. Use { and } for placeholders. [ok root]");
}

TEST_P(SymfonyLayout, AKeyMissingInGermanFallsBackToEnglish) {
  EXPECT_EQ(format("de", "security", "Invalid credentials."), "Fehlerhafte Zugangsdaten. [ok de]");
  EXPECT_EQ(format("de", "security",
                   "Too many failed login attempts, please try again in {minutes, plural, one {# "
                   "minute} other {# minutes}}.",
                   {{"minutes", int64_t{1}}}),
            "Too many failed login attempts, please try again in 1 minute. [fallback root]");
  EXPECT_EQ(format("fr", "security",
                   "Too many failed login attempts, please try again in {minutes, plural, one {# "
                   "minute} other {# minutes}}.",
                   {{"minutes", int64_t{3}}}),
            "Plusieurs tentatives de connexion ont échoué, veuillez réessayer dans 3 minutes. "
            "[ok fr]");
}

TEST_P(SymfonyLayout, ShowAndDumpAddressKeysByDomain) {
  const std::string bundles = (*out_ / "bundles").string();
  CommandResult result = run_l10nc({"show", "--domain", "messages", "num_of_apples", "-l", "pl",
                                    "-a", "apples=22", "-b", bundles, "--plain"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "Są 22 jabłka (num_of_apples)\n");
  EXPECT_EQ(result.err, "");
  // A fallback is shown, and said on stderr.
  result = run_l10nc({"show", "--domain", "messages", "progress", "-l", "de", "-a", "ratio=0.5",
                      "-b", bundles, "--plain"});
  EXPECT_EQ(result.out, "50% done. Use { and } for placeholders. (progress)\n");
  EXPECT_EQ(result.err,
            "l10nc: status fallback: no translation for the requested locale: the English "
            "text\n");
  result = run_l10nc({"show", "welcome", "-l", "fr", "-b", bundles});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "l10nc: error: no message 'welcome' in " + bundles +
                            " (its keys are in domains: pass --domain)\n");
  result = run_l10nc({"dump", "--domain", "messages", "-l", "fr", "-b", bundles, "--patterns"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "invitation_title\t{organizer_gender, select, female {{organizer_name} vous a invité à "
            "sa fête !} male {{organizer_name} vous a invité à sa fête !} other {{organizer_name} "
            "vous ont invité à leur fête !}}\n"
            "num_of_apples\t{apples, plural, =0 {Il n'y a pas de pommes} one {Il y a une pomme} "
            "many {Il y a # de pommes} other {Il y a # pommes}}\n"
            "progress\t{ratio, number, percent} fait. Utilisez '{' et '}' pour les paramètres.\n"
            "welcome\tRavi de vous voir, {name} !\n");
  result = run_l10nc({"dump", "-l", "fr", "-b", bundles});
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "l10nc: the package also has domains (dump --domain NAME): messages, security\n");
  result = run_l10nc({"dump", "--domain", "mesages", "-l", "fr", "-b", bundles});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "l10nc: error: no domain 'mesages' in " + bundles + "; did you mean 'messages'?\n");
}

TEST_P(SymfonyLayout, ADateArgumentFromTheCommandLine) {
  TempDir dir;
  dir.write("translations/events+intl-icu.en.xlf",
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
            "srcLang=\"en\" trgLang=\"en\"><file id=\"events.en\"><unit id=\"1\" name=\"at\">"
            "<segment><source>at</source><target>On {when, date, short}</target></segment>"
            "</unit></file></xliff>\n");
  testing::compile_or_fail({(dir / "translations").string()}, dir / "out");
  const CommandResult result = run_l10nc({"show", "--domain", "events", "at", "-l", "en", "-a",
                                          "when=@0", "-b", (dir / "out").string(), "--plain"},
                                         {{"TZ", "UTC"}});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "On 1/1/70 (at)\n");
}

// What l10nc_add_bundles asks at configure time: each file's locale, and whether the root's
// English needs it (the security domain has no English file: its translations carry it).
TEST(ListInputs, SaysEachFilesLocaleAndWhichCarryEnglish) {
  const std::string dir = (testing::source_dir() / "tests/data/symfony/translations").string();
  const CommandResult result = run_l10nc({"compile", "--list-inputs", dir});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "en\tenglish\t" + dir + "/messages+intl-icu.en.xlf\n" + "fr\t-\t" + dir +
                            "/messages+intl-icu.fr.xlf\n" + "pl\t-\t" + dir +
                            "/messages+intl-icu.pl.xlf\n" + "de\tenglish\t" + dir +
                            "/security+intl-icu.de.xlf\n" + "fr\tenglish\t" + dir +
                            "/security+intl-icu.fr.xlf\n");
  EXPECT_EQ(result.err, "");
}

// It reads the files compile would, under the same limits: --exclude leaves one out and
// --max-input-size refuses a larger one, as compile does.
// British English is a translation (an en_GB bundle), as the catalog has it: its file carries
// no English the root needs while the English file has its keys. It used to be listed as
// "english" (any en_* was), making the root's build step depend on it.
TEST(ListInputs, BritishEnglishIsATranslation) {
  TempDir dir;
  const std::string english = testing::read_text(
      testing::source_dir() / "tests/data/symfony/translations/messages+intl-icu.en.xlf");
  dir.write("messages+intl-icu.en.xlf", english);
  std::string british = english;
  british.replace(british.find("target-language=\"en\""), 20, "target-language=\"en-GB\"");
  dir.write("messages+intl-icu.en_GB.xlf", british);
  const CommandResult result = run_l10nc({"compile", "--list-inputs", dir.path().string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "en\tenglish\t" + (dir / "messages+intl-icu.en.xlf").string() +
                            "\nen_GB\t-\t" + (dir / "messages+intl-icu.en_GB.xlf").string() + "\n");
}

TEST(ListInputs, ReadsWhatCompileReadsUnderItsLimits) {
  const std::string dir = (testing::source_dir() / "tests/data/symfony/translations").string();
  CommandResult result =
      run_l10nc({"compile", "--list-inputs", dir, "--exclude", "*.pl.xlf", "--exclude", "sec*"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "en\tenglish\t" + dir + "/messages+intl-icu.en.xlf\n" + "fr\t-\t" + dir +
                            "/messages+intl-icu.fr.xlf\n");
  const std::string english = dir + "/messages+intl-icu.en.xlf";
  result = run_l10nc({"compile", "--list-inputs", english, "--max-input-size", "100"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err.rfind(english + ": error: file is ", 0), 0u) << result.err;
  EXPECT_NE(result.err.find(" bytes, over the limit of 100 (--max-input-size)"), std::string::npos)
      << result.err;
}

// What l10nc_add_bundles declares as each step's outputs: the bundles compile writes, the
// general ones CLDR's chains read included (es_ES also writes es; zh_TW writes zh_Hant).
TEST(ListBundles, NamesWhatCompileWrites) {
  CommandResult result = run_l10nc({"compile", "--list-bundles", "locales"}, {}, source_dir());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "root\nde\nes\nes_ES\nfr\nja\n");
  result = run_l10nc({"compile", "--list-bundles", "tests/data/fallback", "--only", "zh,sr"}, {},
                     source_dir());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "sr\nsr_Latn\nzh\nzh_Hans\nzh_Hant\n");
  TempDir out;
  result =
      run_l10nc({"compile", "locales", "-o", (out / "b").string(), "--no-txt"}, {}, source_dir());
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const char* bundle : {"root", "de", "es", "es_ES", "fr", "ja"})
    EXPECT_TRUE(std::filesystem::exists(out / "b" / (std::string(bundle) + ".res"))) << bundle;
}

TEST(ListInputs, WithoutItCompileNeedsAnOutput) {
  const CommandResult result = run_l10nc({"compile", (testing::source_dir() / "locales").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "l10nc: error: compile: --output is required\n");
}

// compile --exclude, as check's: the Polish file is left out, so no pl bundle is written.
TEST(CompileExclude, LeavesOutTheFilesAGlobNames) {
  TempDir out;
  const CommandResult result =
      run_l10nc({"compile", (testing::source_dir() / "tests/data/symfony/translations").string(),
                 "-o", (out / "bundles").string(), "--exclude", "*.pl.xlf", "--no-txt"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("bundles (root, de, fr) to "), std::string::npos) << result.out;
  EXPECT_FALSE(std::filesystem::exists(out / "bundles" / "pl.res"));
}

}  // namespace
}  // namespace l10nc
