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

}  // namespace
}  // namespace l10nc
