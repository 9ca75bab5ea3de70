#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;

TEST(Punctuation, ReportsADifferentEnding) {
  EXPECT_THAT(messages(check_one("punctuation", "ru", "The following functions are used:",
                                 "Используются следующие функции.")),
              ElementsAre("the translation ends with a period, the English with a colon"));
  EXPECT_THAT(messages(check_one("punctuation", "ja", "Continue?", "続行します。")),
              ElementsAre("the translation ends with a period, the English with a question "
                          "mark"));
}

TEST(Punctuation, ReportsTheSeedsStrayQuoteAndUnpairedBrackets) {
  EXPECT_THAT(messages(check_one("punctuation", "es_ES", "They do not possess a common algorithm.",
                                 "No poseen un algoritmo común\".")),
              ElementsAre("a quotation mark in the translation is unpaired (the English's pair "
                          "up)"));
  EXPECT_THAT(messages(check_one("punctuation", "ja", "See the Stop (General) method.",
                                 "Stop (全般 メソッドを参照してください。")),
              ElementsAre("brackets in the translation do not pair up (the English's do)"));
}

TEST(Punctuation, TreatsOtherScriptsPunctuationAsTheSame) {
  EXPECT_TRUE(check_one("punctuation", "ja", "Done.", "完了しました。").empty());
  EXPECT_TRUE(check_one("punctuation", "ja", "Continue?", "続行しますか？").empty());
  EXPECT_TRUE(check_one("punctuation", "ar", "Continue?", "هل تريد المتابعة؟").empty());
  EXPECT_TRUE(check_one("punctuation", "el", "Continue?", "Συνέχεια;").empty());
  EXPECT_TRUE(check_one("punctuation", "hi", "Done.", "हो गया।").empty());
  EXPECT_TRUE(check_one("punctuation", "fr", "He said \"stop\".", "Il a dit « stop ».").empty());
  EXPECT_TRUE(check_one("punctuation", "de", "He said \"stop\".", "Er sagte „stopp“.").empty());
  EXPECT_TRUE(
      check_one("punctuation", "ja", "Open (read-only).", "開く（読み取り専用）。").empty());
  EXPECT_TRUE(check_one("punctuation", "th", "Done.", "เสร็จแล้ว").empty());
  EXPECT_TRUE(check_one("punctuation", "fr", "Name: {name}", "Nom : {name}").empty());
}

TEST(Punctuation, LooksPastBidiMarksAtTheEnd) {
  EXPECT_TRUE(check_one("punctuation", "ar_XB", "Done.", "\u200F\u202EDone.\u202C\u200F").empty());
  EXPECT_TRUE(check_one("punctuation", "ar", "Done.", "\u062A\u0645.\u200F").empty());
  EXPECT_EQ(check_one("punctuation", "ar", "Done.", "\u062A\u0645\u200F").size(), 1u);
}

}  // namespace
}  // namespace l10nc
