#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;

TEST(ApostropheQuoting, ReportsAFrenchApostropheThatSwallowsAnArgument) {
  const auto findings =
      check_one("apostrophe-quoting", "fr", "Cannot open {file}", "Impossible d'ouvrir '{file}'");
  EXPECT_THAT(messages(findings),
              ElementsAre("an apostrophe quotes MessageFormat syntax that the English does not "
                          "quote: '{file}' is printed literally instead of being formatted "
                          "(write '' for an apostrophe, or use ’)"));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity(), Severity::error);
}

TEST(ApostropheQuoting, ReportsAQuotedHashInAPolishPlural) {
  EXPECT_THAT(
      messages(check_one("apostrophe-quoting", "pl", "{n, plural, one {# file} other {# files}}",
                         "{n, plural, one {'#' plik} few {# pliki} many {# plików} other "
                         "{# pliku}}")),
      ElementsAre("an apostrophe quotes MessageFormat syntax that the English does not "
                  "quote: '#' is printed literally instead of the number (write '' for "
                  "an apostrophe, or use ’)"));
}

TEST(ApostropheQuoting, AcceptsDoubledAndTypographicApostrophesAndQuotingTheEnglishDoes) {
  EXPECT_TRUE(
      check_one("apostrophe-quoting", "fr", "Cannot open {file}", "Impossible d''ouvrir « {file} »")
          .empty());
  EXPECT_TRUE(
      check_one("apostrophe-quoting", "fr", "Cannot open {file}", "Impossible d’ouvrir {file}")
          .empty());
  EXPECT_TRUE(check_one("apostrophe-quoting", "pl", "Use '{'braces'}' for {name}",
                        "Użyj '{'nawiasów'}' dla {name}")
                  .empty());
}

}  // namespace
}  // namespace l10nc
