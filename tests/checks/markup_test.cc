#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;

TEST(Markup, ReportsMissingAndUnbalancedTags) {
  EXPECT_THAT(messages(check_one("markup", "de", "Click <b>Save</b> to keep {file}.",
                                 "Klicken Sie auf <b>Speichern, um {file} zu behalten.")),
              ElementsAre("markup differs from the English: </b> of the English is missing; <b> "
                          "is not closed"));
  EXPECT_THAT(messages(check_one("markup", "ar", "Press <kbd>Enter</kbd>", "اضغط <kbd>Enter</i>")),
              ElementsAre("markup differs from the English: </kbd> of the English is missing; "
                          "</i> is not in the English; </i> closes <kbd>"));
}

TEST(Markup, AcceptsTheSameTagsInAnotherOrderAndCaseAndVoidElements) {
  EXPECT_TRUE(check_one("markup", "de", "<b>Bold</b> and <i>italic</i><br>",
                        "<I>kursiv</I> und <B>fett</B><br/>")
                  .empty());
  EXPECT_TRUE(check_one("markup", "ar", "a < b and c > d", "أ < ب و ج > د").empty());
}

TEST(Markup, ComparesNestingOnlyWhenTheEnglishNestsCorrectly) {
  EXPECT_TRUE(check_one("markup", "de", "List<T> items", "List<T>-Elemente").empty());
}

// XLIFF paired codes are arguments; the translation must keep each pair in order and nested.
std::vector<std::string> check_codes(const std::string& locale, const std::string& target) {
  Document document =
      testing::document_of(locale + ".xlf", "messages", locale,
                           {{"Click {b_start}Save{b_end} {i_start}now{i_end}", target}});
  document.units[0].codes = {{"b_start", InlineCode::Role::start, "b", "", "", "<b>"},
                             {"b_end", InlineCode::Role::end, "b", "", "", "</b>"},
                             {"i_start", InlineCode::Role::start, "i", "", "", "<i>"},
                             {"i_end", InlineCode::Role::end, "i", "", "", "</i>"}};
  Catalog catalog;
  DiagnosticList diagnostics;
  catalog.add(std::move(document), diagnostics);
  return messages(testing::run_check(catalog, "markup"));
}

TEST(Markup, ReportsInlineCodePairsOutOfOrderOrCrossed) {
  EXPECT_THAT(check_codes("de", "{b_end}Speichern{b_start} {i_start}jetzt{i_end} klicken"),
              ElementsAre("markup differs from the English: {b_end} closes nothing; {b_start} is "
                          "not closed"));
  EXPECT_THAT(check_codes("pl", "Kliknij {b_start}Zapisz {i_start}teraz{b_end}{i_end}"),
              ElementsAre("markup differs from the English: {b_end} closes {i_start}; {i_end} "
                          "closes {b_start}"));
  EXPECT_TRUE(
      check_codes("de", "{i_start}Jetzt{i_end} auf {b_start}Speichern{b_end} klicken").empty());
  EXPECT_TRUE(check_codes("pl", "Kliknij {b_start}Zapisz{b_end} {i_start}teraz{i_end}").empty());
}

}  // namespace
}  // namespace l10nc
