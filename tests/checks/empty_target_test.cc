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

TEST(EmptyTarget, ReportsAnEmptyTranslationMarkedDone) {
  EXPECT_THAT(messages(check_one("empty-target", "pl", "Save", "")),
              ElementsAre("the translation is empty but marked translated"));
  EXPECT_THAT(
      messages(run_check(catalog_of("ja", {{"Save", " ", "save", TranslationState::needs_review}}),
                         "empty-target")),
      ElementsAre("the translation is empty but marked needs-review"));
}

TEST(EmptyTarget, LeavesMissingTranslationsToCoverage) {
  EXPECT_TRUE(check_one("empty-target", "pl", "Save", "Zapisz").empty());
  EXPECT_TRUE(
      run_check(catalog_of("ja", {{"Save", "", "save", TranslationState::missing}}), "empty-target")
          .empty());
  EXPECT_TRUE(check_one("empty-target", "ja", "", "").empty());
}

}  // namespace
}  // namespace l10nc
