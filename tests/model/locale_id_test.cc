#include "model/locale_id.h"

#include <gtest/gtest.h>

namespace l10nc {
namespace {

TEST(LocaleId, ConvertsBcp47ToIcu) {
  EXPECT_EQ(to_icu_locale("es-ES"), "es_ES");
  EXPECT_EQ(to_icu_locale("es_MX"), "es_MX");
  EXPECT_EQ(to_icu_locale("zh-Hant-TW"), "zh_Hant_TW");
  EXPECT_EQ(to_icu_locale("pt-br"), "pt_BR");
  EXPECT_EQ(to_icu_locale("es-419"), "es_419");
  EXPECT_EQ(to_icu_locale("fr"), "fr");
  EXPECT_EQ(to_icu_locale("en-XA"), "en_XA");  // pseudo-locales use private-use regions
  EXPECT_EQ(to_icu_locale("ar-XB"), "ar_XB");
}

TEST(LocaleId, RejectsAnythingThatIsNotALocale) {
  for (const char* bad :
       {"", "../../etc", "es ES", "es/ES", "e", "-es", "es--ES", "root", "toolonglanguage",
        "es-ES\n", "und", "bad-inputs", "xx", "qqq-ES", "de-DE-u-co-phonebk", "en-US-POSIX"})
    EXPECT_EQ(to_icu_locale(bad), std::nullopt) << bad;
}

TEST(LocaleId, ConvertsBack) {
  EXPECT_EQ(to_bcp47("es_ES"), "es-ES");
  EXPECT_EQ(to_bcp47("zh_Hant_TW"), "zh-Hant-TW");
}

// CLDR's chain, not truncation: zh_Hant_TW never reaches Simplified zh (the old chain did).
TEST(LocaleId, WalksCldrParents) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(fallback_bundles("es_MX"),
            (Names{"es_MX", "es_Latn_MX", "es_419", "es_Latn_419", "es", "es_Latn"}));
  EXPECT_EQ(fallback_bundles("zh_Hant_TW"), (Names{"zh_Hant_TW", "zh_TW", "zh_Hant"}));
  EXPECT_EQ(fallback_bundles("fr"), (Names{"fr", "fr_Latn"}));
  EXPECT_EQ(fallback_bundles("ja_JP"), (Names{"ja_JP", "ja_Jpan_JP", "ja", "ja_Jpan"}));
  EXPECT_EQ(language_of("es_ES"), "es");
  EXPECT_EQ(likely_region("es"), "ES");
  EXPECT_EQ(likely_region("pt"), "BR");
}

TEST(LocaleId, PlacesATranslationInItsChain) {
  struct Case {
    const char* locale;
    const char* general;
    const char* group;
  };
  for (const Case& c :
       {Case{"es_ES", "es", "es"}, Case{"es_419", "es_419", "es"}, Case{"es_MX", "es_MX", "es"},
        Case{"zh_CN", "zh", "zh"}, Case{"zh_Hans", "zh", "zh"}, Case{"zh_TW", "zh_Hant", "zh_Hant"},
        Case{"zh_HK", "zh_Hant_HK", "zh_Hant"}, Case{"pt_BR", "pt", "pt"},
        Case{"pt_PT", "pt_PT", "pt"}, Case{"sr", "sr", "sr"}, Case{"sr_Latn", "sr_Latn", "sr_Latn"},
        Case{"de_CH", "de_CH", "de"}, Case{"en_GB", "en_GB", "en"}}) {
    const ChainPlace place = chain_place(c.locale);
    EXPECT_EQ(place.general, c.general) << c.locale;
    EXPECT_EQ(place.group, c.group) << c.locale;
  }
}

}  // namespace
}  // namespace l10nc
