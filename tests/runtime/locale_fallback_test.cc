// Locale fallback as CLDR defines it: parent locales, scripts and likely subtags from ICU's
// data. The package of tests/data/fallback has eight translations of two keys: es-419, es-ES,
// zh-Hans, zh-Hant, pt-BR, pt-PT, sr (Cyrillic) and sr-Latn; only es-ES, zh-Hans, pt-BR and sr
// translate "farewell".
#include <gtest/gtest.h>
#include <unicode/locid.h>

#include <string>
#include <vector>

#include "l10n/catalog.h"
#include "l10n/locale_chain.h"
#include "runtime/runtime_test_support.h"
#include "test_support.h"

namespace l10nc {
namespace {

using l10n::Status;
using testing::CommandResult;
using testing::run_l10nc;
using testing::TempDir;
using Names = std::vector<std::string>;

TEST(LocaleChain, FollowsCldrParentLocalesAndScripts) {
  EXPECT_EQ(l10n::cldr_chain("es_MX"), (Names{"es_MX", "es_419", "es"}));
  EXPECT_EQ(l10n::cldr_chain("es_US"), (Names{"es_US", "es_419", "es"}));
  EXPECT_EQ(l10n::cldr_chain("es_ES"), (Names{"es_ES", "es"}));
  EXPECT_EQ(l10n::cldr_chain("pt_AO"), (Names{"pt_AO", "pt_PT", "pt"}));
  EXPECT_EQ(l10n::cldr_chain("pt_BR"), (Names{"pt_BR", "pt"}));
  EXPECT_EQ(l10n::cldr_chain("zh_TW"), (Names{"zh_Hant_TW", "zh_Hant"}));
  EXPECT_EQ(l10n::cldr_chain("zh_MO"), (Names{"zh_Hant_MO", "zh_Hant_HK", "zh_Hant"}));
  EXPECT_EQ(l10n::cldr_chain("zh_SG"), (Names{"zh_Hans_SG", "zh_Hans", "zh"}));
  EXPECT_EQ(l10n::cldr_chain("zh"), (Names{"zh"}));
  EXPECT_EQ(l10n::cldr_chain("sr_RS"), (Names{"sr_Cyrl_RS", "sr_Cyrl", "sr"}));
  EXPECT_EQ(l10n::cldr_chain("sr_ME"), (Names{"sr_Latn_ME", "sr_Latn"}));
  EXPECT_EQ(l10n::cldr_chain("sr_Latn_RS"), (Names{"sr_Latn_RS", "sr_Latn"}));
  EXPECT_EQ(l10n::cldr_chain("en_GB"), (Names{"en_GB", "en_001", "en"}));
  // Spelled with its likely script, unknown to ICU's data, or with keywords.
  EXPECT_EQ(l10n::cldr_chain("es_Latn_MX"), (Names{"es_MX", "es_419", "es"}));
  EXPECT_EQ(l10n::cldr_chain("es_ZZ"), (Names{"es_ZZ", "es"}));
  EXPECT_EQ(l10n::cldr_chain("de_CH@currency=EUR"), (Names{"de_CH", "de"}));
  EXPECT_EQ(l10n::cldr_chain("root"), Names{});
}

TEST(LocaleChain, NamesEveryBundleSpellingOfEachLocale) {
  EXPECT_EQ(l10n::bundle_spellings("zh_Hant_TW"), (Names{"zh_Hant_TW", "zh_TW"}));
  EXPECT_EQ(l10n::bundle_spellings("zh_Hant"), Names{"zh_Hant"});  // "zh" is Simplified
  EXPECT_EQ(l10n::bundle_spellings("zh_Hans"), (Names{"zh_Hans", "zh"}));
  EXPECT_EQ(l10n::bundle_spellings("sr_Latn"), Names{"sr_Latn"});
  EXPECT_EQ(l10n::bundle_spellings("es_419"), (Names{"es_419", "es_Latn_419"}));
  EXPECT_EQ(l10n::bundle_chain("zh_TW"), (Names{"zh_Hant_TW", "zh_TW", "zh_Hant"}));
  EXPECT_EQ(l10n::bundle_chain("sr"), (Names{"sr", "sr_Cyrl"}));
  EXPECT_EQ(l10n::bundle_chain("es_MX"),
            (Names{"es_MX", "es_Latn_MX", "es_419", "es_Latn_419", "es", "es_Latn"}));
}

struct Expected {
  const char* locale;
  const char* greeting;
  const char* farewell;
  Status farewell_status;
};

constexpr const char* kLatinAmerica = "Hola (Latinoamérica)";
constexpr const char* kSpain = "Hola (España)";
constexpr const char* kSpainFarewell = "Adiós (España)";
constexpr const char* kTraditional = "你好（繁體）";
constexpr const char* kSimplified = "你好（简体）";
constexpr const char* kSimplifiedFarewell = "再见（简体）";
constexpr const char* kPortugal = "Olá (Portugal)";
constexpr const char* kBrazil = "Olá (Brasil)";
constexpr const char* kBrazilFarewell = "Tchau (Brasil)";
constexpr const char* kCyrillic = "Здраво (ћирилица)";
constexpr const char* kCyrillicFarewell = "Довиђења (ћирилица)";
constexpr const char* kLatin = "Zdravo (latinica)";

// What each audience reads. A locale without "farewell" in its own chain gets English: a
// Traditional reader never gets Simplified, a Latin one never Cyrillic.
const std::vector<Expected>& expectations() {
  static const std::vector<Expected> cases = {
      {"es_MX", kLatinAmerica, kSpainFarewell, Status::ok},
      {"es_AR", kLatinAmerica, kSpainFarewell, Status::ok},
      {"es_US", kLatinAmerica, kSpainFarewell, Status::ok},
      {"es_419", kLatinAmerica, kSpainFarewell, Status::ok},
      {"es", kSpain, kSpainFarewell, Status::ok},
      {"es_ES", kSpain, kSpainFarewell, Status::ok},
      {"zh_TW", kTraditional, "Goodbye", Status::fallback},
      {"zh_HK", kTraditional, "Goodbye", Status::fallback},
      {"zh_MO", kTraditional, "Goodbye", Status::fallback},
      {"zh_Hant", kTraditional, "Goodbye", Status::fallback},
      {"zh", kSimplified, kSimplifiedFarewell, Status::ok},
      {"zh_CN", kSimplified, kSimplifiedFarewell, Status::ok},
      {"zh_SG", kSimplified, kSimplifiedFarewell, Status::ok},
      {"pt_AO", kPortugal, kBrazilFarewell, Status::ok},
      {"pt_MZ", kPortugal, kBrazilFarewell, Status::ok},
      {"pt_PT", kPortugal, kBrazilFarewell, Status::ok},
      {"pt", kBrazil, kBrazilFarewell, Status::ok},
      {"pt_BR", kBrazil, kBrazilFarewell, Status::ok},
      {"sr", kCyrillic, kCyrillicFarewell, Status::ok},
      {"sr_RS", kCyrillic, kCyrillicFarewell, Status::ok},
      {"sr_Latn", kLatin, "Goodbye", Status::fallback},
      {"sr_Latn_RS", kLatin, "Goodbye", Status::fallback},
      {"sr_ME", kLatin, "Goodbye", Status::fallback},
      // POSIX spellings passed directly, as a program might pass $LANG: the modifier is the
      // script, the codeset goes.
      {"sr_RS@latin", kLatin, "Goodbye", Status::fallback},
      {"sr_RS.UTF-8@latin", kLatin, "Goodbye", Status::fallback},
      {"sr@cyrillic", kCyrillic, kCyrillicFarewell, Status::ok},
      {"es_MX.UTF-8", kLatinAmerica, kSpainFarewell, Status::ok},
      {"en_GB", "Hello", "Goodbye", Status::ok},
      {"fr_FR", "Hello", "Goodbye", Status::fallback},
  };
  return cases;
}

Status greeting_status(const Expected& expected) {
  return std::string(expected.greeting) == "Hello" ? expected.farewell_status : Status::ok;
}

// The eight translations compiled by `l10nc compile`, once for the suite.
class EightTranslations : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = new TempDir();
    testing::compile_or_fail({(testing::source_dir() / "tests/data/fallback").string()},
                             directory_->path() / "out");
  }
  static void TearDownTestSuite() { delete directory_; }
  static std::string package() { return (directory_->path() / "out").string(); }
  static TempDir* directory_;
};
TempDir* EightTranslations::directory_ = nullptr;

// The process's locale (environment and ICU's default) is another language: it never counts.
class OtherProcessLocale {
 public:
  explicit OtherProcessLocale(const char* posix, const char* icu)
      : environment_({{"LC_ALL", posix}, {"LANG", posix}, {"LANGUAGE", ""}}),
        previous_(icu::Locale::getDefault()) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale::setDefault(icu::Locale(icu), status);
  }
  ~OtherProcessLocale() {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale::setDefault(previous_, status);
  }

 private:
  testing::ScopedEnvironment environment_;
  icu::Locale previous_;
};

TEST_F(EightTranslations, EachAudienceReadsItsOwnVariantThroughTheCppApi) {
  for (const auto& [posix, icu] : {std::pair{"C", "en_US_POSIX"},
                                   {"ja_JP.UTF-8", "ja_JP"},
                                   {"es_ES.UTF-8", "es_ES"},
                                   {"zh_CN.UTF-8", "zh_CN"}}) {
    const OtherProcessLocale process(posix, icu);
    const l10n::Catalog catalog(package());
    ASSERT_TRUE(catalog.ok()) << catalog.error();
    for (const Expected& expected : expectations()) {
      SCOPED_TRACE(std::string(expected.locale) + " under LC_ALL=" + posix);
      const l10n::FormatResult greeting = catalog.format(expected.locale, "greeting");
      EXPECT_EQ(greeting.text, expected.greeting);
      EXPECT_EQ(l10n::status_name(greeting.status),
                std::string(l10n::status_name(greeting_status(expected))));
      const l10n::LookupResult farewell = catalog.lookup(expected.locale, "farewell");
      EXPECT_EQ(farewell.text, expected.farewell);
      EXPECT_EQ(l10n::status_name(farewell.status),
                std::string(l10n::status_name(expected.farewell_status)));
    }
  }
}

TEST_F(EightTranslations, EachAudienceReadsItsOwnVariantThroughDump) {
  for (const char* other : {"ja_JP.UTF-8", "es_ES.UTF-8"}) {
    for (const Expected& expected : expectations()) {
      const CommandResult result =
          run_l10nc({"dump", "--bundles", package(), "--locale", expected.locale},
                    {{"LC_ALL", other}, {"LANG", other}});
      EXPECT_EQ(result.exit_code, 0) << result.err;
      EXPECT_EQ(result.out, std::string("farewell\t") + expected.farewell + "\ngreeting\t" +
                                expected.greeting + "\n")
          << expected.locale << " under LC_ALL=" << other;
    }
  }
}

TEST_F(EightTranslations, SaysWhichBundleAnswered) {
  const l10n::Catalog catalog(package());
  EXPECT_EQ(catalog.format("es_MX", "greeting").locale, "es_419");
  EXPECT_EQ(catalog.format("es_MX", "farewell").locale, "es");
  EXPECT_EQ(catalog.format("zh_HK", "greeting").locale, "zh_Hant");
  EXPECT_EQ(catalog.format("zh_HK", "farewell").locale, "root");
  EXPECT_EQ(catalog.format("sr_ME", "greeting").locale, "sr_Latn");
  EXPECT_EQ(catalog.format("pt_AO", "greeting").locale, "pt_PT");
}

TEST_F(EightTranslations, TheDefaultLocaleKeepsThePosixScriptModifier) {
  const testing::ScopedEnvironment environment(
      {{"LC_ALL", ""}, {"LC_MESSAGES", ""}, {"LANG", "sr_RS.UTF-8@latin"}, {"LANGUAGE", ""}});
  const l10n::Catalog catalog(package());
  EXPECT_EQ(catalog.default_locale(), "sr_Latn_RS");
  EXPECT_EQ(catalog.format_default("greeting").text, kLatin);
}

// Bundles named by language, script or region all take part, whoever made the package.
TEST(LocaleFallbackPackages, LanguageAndRegionBundlesAnswerBothChineseAudiences) {
  TempDir directory;
  write_package_or_fail({{"root", {{"greeting", "Hello"}}, {}},
                         {"zh", {{"greeting", kSimplified}}, {}},
                         {"zh_TW", {{"greeting", kTraditional}}, {}}},
                        directory.path());
  const l10n::Catalog catalog(directory.path().string());
  for (const char* locale : {"zh_TW", "zh_Hant_TW", "zh-Hant-TW"})
    EXPECT_EQ(catalog.format(locale, "greeting").text, kTraditional) << locale;
  for (const char* locale : {"zh", "zh_CN", "zh_Hans", "zh_SG"})
    EXPECT_EQ(catalog.format(locale, "greeting").text, kSimplified) << locale;
  // Hong Kong's parent is zh_Hant, not Taiwan, and never Simplified zh.
  const l10n::FormatResult hong_kong = catalog.format("zh_HK", "greeting");
  EXPECT_EQ(hong_kong.text, "Hello");
  EXPECT_EQ(hong_kong.status, Status::fallback);
}

TEST(LocaleFallbackPackages, ScriptBundlesAnswerBothChineseAudiences) {
  TempDir directory;
  write_package_or_fail({{"root", {{"greeting", "Hello"}}, {}},
                         {"zh_Hans", {{"greeting", kSimplified}}, {}},
                         {"zh_Hant", {{"greeting", kTraditional}}, {}}},
                        directory.path());
  const l10n::Catalog catalog(directory.path().string());
  for (const char* locale : {"zh_TW", "zh_HK", "zh_MO", "zh_Hant"}) {
    const l10n::FormatResult result = catalog.format(locale, "greeting");
    EXPECT_EQ(result.text, kTraditional) << locale;
    EXPECT_EQ(result.locale, "zh_Hant") << locale;
  }
  for (const char* locale : {"zh", "zh_CN", "zh_SG"}) {
    const l10n::FormatResult result = catalog.format(locale, "greeting");
    EXPECT_EQ(result.text, kSimplified) << locale;
    EXPECT_EQ(result.locale, "zh_Hans") << locale;
  }
}

}  // namespace
}  // namespace l10nc
