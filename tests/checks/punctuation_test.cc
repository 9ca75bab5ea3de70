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

// An XLIFF end code closes formatting as a bracket does: the ending is read before it (Okapi's
// Typo3Draft.xlf unit 3 lost the English's period, and its code hid that).
TEST(Punctuation, LooksPastClosingInlineCodes) {
  const auto check_codes = [](const std::string& source, const std::string& target) {
    Document document = testing::document_of("de.xlf", "typo3", "de", {{source, target, "3"}});
    document.units[0].codes = {{"c1_start", InlineCode::Role::start, "1", "", "", ""},
                               {"c1_end", InlineCode::Role::end, "1", "", "", ""},
                               {"c2", InlineCode::Role::standalone, "2", "", "", ""}};
    Catalog catalog;
    DiagnosticList diagnostics;
    catalog.add(std::move(document), diagnostics);
    return messages(testing::run_check(catalog, "punctuation"));
  };
  EXPECT_THAT(check_codes("This is a sentence with a {c1_start}bold{c1_end}word.",
                          "Dies ist ein Satz mit einem {c1_start}fettgedruckten Wort{c1_end}"),
              ElementsAre("the translation ends with no punctuation, the English with a period"));
  EXPECT_THAT(check_codes("Click {c1_start}here{c1_end}.", "Klicken Sie {c1_start}hier.{c1_end}"),
              ::testing::IsEmpty());
  EXPECT_THAT(check_codes("Click {c1_start}here.{c1_end}", "Klicken Sie {c1_start}hier{c1_end}"),
              ElementsAre("the translation ends with no punctuation, the English with a period"));
  // A standalone code is a placeholder, whose value may end the sentence: not looked past.
  EXPECT_THAT(check_codes("See {c2}.", "Siehe {c2}"), ::testing::IsEmpty());
}

// HTML closing tags likewise (CDATA or DocFX text): "<b>here.</b>" ends with a period.
TEST(Punctuation, LooksPastClosingMarkupTags) {
  EXPECT_TRUE(
      check_one("punctuation", "de", "Click <b>here</b>.", "Klicken Sie <b>hier.</b>").empty());
  EXPECT_THAT(
      messages(check_one("punctuation", "de", "Click <b>here.</b>", "Klicken Sie <b>hier</b>")),
      ElementsAre("the translation ends with no punctuation, the English with a period"));
}

}  // namespace
}  // namespace l10nc
