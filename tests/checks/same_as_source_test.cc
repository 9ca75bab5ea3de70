#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;

TEST(SameAsSource, ReportsCopiedEnglish) {
  EXPECT_THAT(messages(check_one("same-as-source", "fr", "Remarks", "Remarks")),
              ElementsAre("the translation is the same as the English"));
  EXPECT_EQ(check_one("same-as-source", "ja", "Description", "Description").size(), 1u);
}

TEST(SameAsSource, AcceptsIdentifiersAcronymsEnglishLocalesAndRealTranslations) {
  EXPECT_TRUE(check_one("same-as-source", "fr", "Remarks", "Remarques").empty());
  EXPECT_TRUE(check_one("same-as-source", "ja", "HRESULT", "HRESULT").empty());
  EXPECT_TRUE(check_one("same-as-source", "ja", "SEC_E_OK (0x0)", "SEC_E_OK (0x0)").empty());
  EXPECT_TRUE(check_one("same-as-source", "en_GB", "Remarks", "Remarks").empty());
}

// The seed's Spanish table header "status code" (sspi-status-codes.md, line 20) is the English
// "Status code" only lowercased: still not translated.
TEST(SameAsSource, ReportsEnglishThatOnlyChangedCase) {
  EXPECT_THAT(messages(check_one("same-as-source", "es_ES", "Status code", "status code")),
              ElementsAre("the translation is the English, differing only in case"));
  EXPECT_TRUE(check_one("same-as-source", "es_ES", "Status code", "Código de estado").empty());
  EXPECT_TRUE(check_one("same-as-source", "ja", "HRESULT", "hresult").empty());
  EXPECT_TRUE(check_one("same-as-source", "en_GB", "Status code", "Status Code").empty());
}

// From a sample of corpus findings: a cmdlet's name as a page title (tr-TR
// Disable-AzDataCollection.md, line 15) and a DocFX metadata line (zh-CN
// too-many-recipients-4-5-3.md, line 4) are not English left untranslated.
TEST(SameAsSource, AcceptsCommandNamesAndMetadataLines) {
  EXPECT_TRUE(
      check_one("same-as-source", "tr_TR", "Disable-AzDataCollection", "Disable-AzDataCollection")
          .empty());
  EXPECT_TRUE(check_one("same-as-source", "zh_CN",
                        "ms.assetid: fa3d4be9-c90a-4926-9754-4b708b038bf6",
                        "ms.assetid: fa3d4be9-c90a-4926-9754-4b708b038bf6")
                  .empty());
  // Words beside them still count; so does a hyphenated word that is no identifier.
  EXPECT_EQ(check_one("same-as-source", "tr_TR", "Run Disable-AzDataCollection first",
                      "Run Disable-AzDataCollection first")
                .size(),
            1u);
  EXPECT_EQ(check_one("same-as-source", "fr", "Re-enable", "Re-enable").size(), 1u);
  EXPECT_EQ(check_one("same-as-source", "fr", "See web.config for details.",
                      "See web.config for details.")
                .size(),
            1u);
}

// XLIFF translate="no": the English is meant to stay, so a copy is no finding.
TEST(SameAsSource, AcceptsUnitsMarkedNotToTranslate) {
  Document document = testing::document_of("fr.xlf", "app", "fr", {{"Remarks", "Remarks", "R"}});
  document.units[0].translatable = false;
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(std::move(document), diagnostics);
  EXPECT_TRUE(testing::run_check(catalog, "same-as-source").empty());
  document = testing::document_of("fr.xlf", "app", "fr", {{"Remarks", "remarks", "R"}});
  document.units[0].translatable = false;
  Catalog lowercased;
  lowercased.add(std::move(document), diagnostics);
  EXPECT_TRUE(testing::run_check(lowercased, "same-as-source").empty());
}

}  // namespace
}  // namespace l10nc
