#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;

TEST(Length, ReportsATranslationMoreThanThreeTimesAsLong) {
  EXPECT_THAT(messages(check_one("length", "de", "Save file",
                                 "Speichern Sie die Datei jetzt auf dem lokalen Datenträger")),
              ElementsAre("the translation has 57 characters, more than three times the "
                          "English's 9"));
  EXPECT_EQ(
      check_one("length", "ja", "OK", "この操作を続行するには、ここをクリックしてください").size(),
      1u);
}

TEST(Length, CountsCharactersNotBytesAndForgivesShortEnglish) {
  // 9 characters but 27 bytes of UTF-8.
  EXPECT_TRUE(check_one("length", "ja", "Open", "ファイルを開きます。").empty());
  EXPECT_TRUE(check_one("length", "de", "OK", "Bestätigen").empty());
}

TEST(Length, CountsOnlyCharactersThatShow) {
  // ar_XB wraps every word in four invisible bidi controls (RLM RLO ... PDF RLM).
  const std::string rtl = "\u200F\u202E";
  const std::string end = "\u202C\u200F";
  EXPECT_TRUE(check_one("length", "ar_XB", "a b c d e",
                        rtl + "a" + end + " " + rtl + "b" + end + " " + rtl + "c" + end + " " +
                            rtl + "d" + end + " " + rtl + "e" + end)
                  .empty());
}

}  // namespace
}  // namespace l10nc
