#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::catalog_of;
using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;
using testing::run_check;

TEST(DoNotTranslate, ReportsIdentifiersMachineTranslationBroke) {
  EXPECT_THAT(messages(check_one("do-not-translate", "pt_BR",
                                 "After SEC_E_OK from CompleteAuthToken, call "
                                 "IHostTask::Alert and free() the pvBuffer.",
                                 "Depois de s E OK de CompleteAuthToken, chame IHostTask:: Alert e "
                                 "libere o pvBuffer.")),
              ElementsAre("the identifiers 'SEC_E_OK', 'IHostTask::Alert', 'free()' of the "
                          "English are missing from the translation"));
  EXPECT_THAT(
      messages(check_one("do-not-translate", "ru", "The cbBuffer field.", "Поле кббуффер.")),
      ElementsAre("the identifier 'cbBuffer' of the English is missing from the "
                  "translation"));
}

TEST(DoNotTranslate, AcceptsKeptIdentifiersAlsoWhereCjkTextTouchesThem) {
  EXPECT_TRUE(check_one("do-not-translate", "ko", "Included as a resource in MsCorEE.dll",
                        "MsCorEE.dll에 리소스로 포함")
                  .empty());
  EXPECT_TRUE(check_one("do-not-translate", "ru",
                        "Returns SEC_I_RENEGOTIATE; see Winerror.h and the SSPI docs.",
                        "Возвращает SEC_I_RENEGOTIATE; см. Winerror.h и документацию SSPI.")
                  .empty());
}

// The seed's Spanish (sspi-status-codes.md, line 16) split the file name as MSCorEE. h is split
// elsewhere.
TEST(DoNotTranslate, ReportsASplitFileName) {
  EXPECT_THAT(messages(check_one("do-not-translate", "es_ES",
                                 "The following status codes are used in SSPI applications and "
                                 "defined in Winerror.h.",
                                 "Los siguientes códigos de estado se utilizan en las aplicaciones "
                                 "SSPI y se definen en Winerror. h.")),
              ElementsAre("the identifier 'Winerror.h' of the English is missing from the "
                          "translation"));
}

TEST(DoNotTranslate, ReportsAKeyedRowWhoseTranslatedFirstCellLostTheKey) {
  const Catalog catalog = catalog_of(
      "es_ES",
      {{"The message was not verified.", "El mensaje no se ha comprobado.", "SEC_E_MESSAGE_ALTERED",
        TranslationState::machine_translated, "s _ E _ mensaje modificado _"},
       {"Success.", "Correcto.", "SEC_E_OK", TranslationState::translated, "SEC_E_OK"}});
  const auto findings = run_check(catalog, "do-not-translate");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].key, "SEC_E_MESSAGE_ALTERED");
  EXPECT_EQ(findings[0].diagnostic.location.to_string(), "es_ES.md:1:1");
  EXPECT_EQ(findings[0].diagnostic.message,
            "the identifier 'SEC_E_MESSAGE_ALTERED' is missing from the translated first cell "
            "'s _ E _ mensaje modificado _'");
  EXPECT_EQ(findings[0].severity(), Severity::warning);
}

}  // namespace
}  // namespace l10nc
