#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::catalog_of;
using testing::run_check;

TEST(KeyedCell, ReportsARowWhoseTranslatedFirstCellLostTheKey) {
  const Catalog catalog = catalog_of(
      "es_ES",
      {{"The message was not verified.", "El mensaje no se ha comprobado.", "SEC_E_MESSAGE_ALTERED",
        TranslationState::machine_translated, "s _ E _ mensaje modificado _"},
       {"Success.", "Correcto.", "SEC_E_OK", TranslationState::translated, "SEC_E_OK"}});
  const auto findings = run_check(catalog, "keyed-cell");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].key, "SEC_E_MESSAGE_ALTERED");
  EXPECT_EQ(findings[0].diagnostic.location.to_string(), "es_ES.md:1:1");
  EXPECT_EQ(findings[0].diagnostic.message,
            "the identifier 'SEC_E_MESSAGE_ALTERED' is missing from the translated first cell "
            "'s _ E _ mensaje modificado _'");
  EXPECT_EQ(findings[0].severity(), Severity::warning);
  ASSERT_EQ(findings[0].diagnostic.notes.size(), 1u);
  EXPECT_EQ(findings[0].diagnostic.notes[0].message, "the English source is here");
}

// Machine translation mangles a page's cells alike: one finding per document and locale.
TEST(KeyedCell, ReportsAPagesManyMangledCellsOnce) {
  const Catalog catalog = catalog_of(
      "es_ES", {{"Success.", "Correcto.", "SEC_E_OK", TranslationState::translated, "SEC_E_OK"},
                {"Expired.", "Expiró.", "SEC_E_CERT_EXPIRED", TranslationState::machine_translated,
                 "s _ E _ certificado _ expirado"},
                {"Denied.", "Denegado.", "SEC_E_LOGON_DENIED", TranslationState::machine_translated,
                 "s _ E _ inicio de sesión _ denegado"},
                {"Skew.", "Desfase.", "SEC_E_TIME_SKEW", TranslationState::machine_translated,
                 "s _ E _ tiempo _ sesgo"}});
  const auto findings = run_check(catalog, "keyed-cell");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].key, "SEC_E_CERT_EXPIRED");
  EXPECT_EQ(findings[0].diagnostic.location.to_string(), "es_ES.md:2:1");
  EXPECT_EQ(findings[0].diagnostic.message,
            "the keys of 3 keyed rows are missing from their translated first cells; the first: "
            "'SEC_E_CERT_EXPIRED' in 's _ E _ certificado _ expirado'");
  ASSERT_EQ(findings[0].diagnostic.notes.size(), 2u);
  EXPECT_EQ(findings[0].diagnostic.notes[1].location.to_string(), "es_ES.md:4:1");
  EXPECT_EQ(findings[0].diagnostic.notes[1].message,
            "the last of the 3: 'SEC_E_TIME_SKEW' in 's _ E _ tiempo _ sesgo'");
  EXPECT_TRUE(run_check(catalog, "do-not-translate").empty());
}

}  // namespace
}  // namespace l10nc
