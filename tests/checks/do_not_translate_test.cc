#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;

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

// locize's XLIFF without an English file (locize-example_cdata12.xlf, key2): the source is the
// key, validateAndSubmitCdata, and its translation is the text it stands for.
TEST(DoNotTranslate, AcceptsAKeyStandingInForTheEnglish) {
  EXPECT_TRUE(check_one("do-not-translate", "es_ES", "validateAndSubmitCdata", "Validate & Submit")
                  .empty());
  EXPECT_EQ(check_one("do-not-translate", "es_ES", "Call validateAndSubmitCdata now.",
                      "Llame a validar y enviar ahora.")
                .size(),
            1u);
}

}  // namespace
}  // namespace l10nc
