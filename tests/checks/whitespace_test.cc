#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;

TEST(Whitespace, ReportsLeadingTrailingAndDoubledSpace) {
  EXPECT_THAT(messages(check_one("whitespace", "pl", "Name: ", " Nazwa:")),
              ElementsAre("the translation starts with white space, the English does not; the "
                          "English ends with white space, the translation does not"));
  EXPECT_THAT(
      messages(check_one("whitespace", "ja", "Open the file.", "ファイルを\u3000\u3000開く。")),
      ElementsAre("the translation has doubled white space, the English does not"));
}

TEST(Whitespace, AcceptsTheSameSpacing) {
  EXPECT_TRUE(check_one("whitespace", "pl", "Name: ", "Nazwa: ").empty());
  EXPECT_TRUE(check_one("whitespace", "ja", "Open  the file.", "ファイルを  開く。").empty());
}

}  // namespace
}  // namespace l10nc
