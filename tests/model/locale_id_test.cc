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

TEST(LocaleId, WalksParents) {
  EXPECT_EQ(parent_locales("es_MX"), std::vector<std::string>{"es"});
  EXPECT_EQ(parent_locales("zh_Hant_TW"), (std::vector<std::string>{"zh_Hant", "zh"}));
  EXPECT_TRUE(parent_locales("fr").empty());
  EXPECT_EQ(language_of("es_ES"), "es");
  EXPECT_EQ(likely_region("es"), "ES");
  EXPECT_EQ(likely_region("pt"), "BR");
}

}  // namespace
}  // namespace l10nc
