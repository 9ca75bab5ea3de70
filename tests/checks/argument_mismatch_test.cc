#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;

TEST(ArgumentMismatch, ReportsMissingExtraAndRetypedArguments) {
  EXPECT_THAT(messages(check_one("argument-mismatch", "pl", "Copy {file} to {folder}.",
                                 "Kopiuj {plik} do {folder}.")),
              ElementsAre("arguments differ from the English: {file} of the English is missing; "
                          "{plik} is not an argument of the English"));
  EXPECT_THAT(messages(check_one("argument-mismatch", "ja", "{n, number} files",
                                 "{n, plural, other {# 個のファイル}}")),
              ElementsAre("arguments differ from the English: {n, plural} is {n, number} in the "
                          "English"));
}

TEST(ArgumentMismatch, AcceptsReorderedArgumentsAndOtherStylesOrPluralCategories) {
  EXPECT_TRUE(check_one("argument-mismatch", "ja", "Copy {file} to {folder}.",
                        "{folder} に {file} をコピー")
                  .empty());
  EXPECT_TRUE(check_one("argument-mismatch", "pl",
                        "{n, plural, one {# file} other {# files}} on {d, date, short}",
                        "{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}} "
                        "dnia {d, date, long}")
                  .empty());
}

TEST(ArgumentMismatch, LeavesPatternsThatDoNotParseToMsgformatSyntax) {
  EXPECT_TRUE(check_one("argument-mismatch", "pl", "Copy {file}.", "Kopiuj {plik").empty());
}

}  // namespace
}  // namespace l10nc
