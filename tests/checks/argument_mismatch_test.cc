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

// Text-syntax messages: the placeholders the application fills in, per family.
TEST(ArgumentMismatch, PrintfPlaceholdersOfTextMessages) {
  EXPECT_THAT(messages(testing::check_one_text("argument-mismatch", "fr", "Copied %d of %s",
                                               "Copié %d fichiers")),
              ElementsAre("placeholders differ from the English: '%s' of the English is missing"));
  EXPECT_THAT(messages(testing::check_one_text("argument-mismatch", "de", "%1$s by %2$s",
                                               "%2$s von %1$s, %3$s")),
              ElementsAre("placeholders differ from the English: '%3$s' is not in the English"));
  // A percent sign is no placeholder: "%%", "100% sure", "50 %".
  EXPECT_TRUE(testing::check_one_text("argument-mismatch", "fr", "100% sure, %% done",
                                      "sûr à 100 %, %% fait")
                  .empty());
}

TEST(ArgumentMismatch, SymfonyPlaceholdersOfTextMessages) {
  EXPECT_THAT(messages(testing::check_one_text(
                  "argument-mismatch", "fr",
                  "Too many failed login attempts, please try again in %minutes% minutes.",
                  "Trop de tentatives, réessayez dans %minute% minutes.")),
              ElementsAre("placeholders differ from the English: '%minutes%' of the English is "
                          "missing; '%minute%' is not in the English"));
  EXPECT_THAT(messages(testing::check_one_text("argument-mismatch", "fr",
                                               "This value should be {{ limit }} or more.",
                                               "Cette valeur doit être {{limite}} ou plus.")),
              ElementsAre("placeholders differ from the English: '{{limit}}' of the English is "
                          "missing; '{{limite}}' is not in the English"));
  EXPECT_TRUE(testing::check_one_text("argument-mismatch", "fr", "At least {{ limit }}.",
                                      "Au moins {{limit}}.")
                  .empty());
}

TEST(ArgumentMismatch, DotNetPlaceholdersOfTextMessages) {
  EXPECT_THAT(messages(testing::check_one_text("argument-mismatch", "es", "{0} of {1:N0} files",
                                               "{0} archivos")),
              ElementsAre("placeholders differ from the English: '{1:N0}' of the English is "
                          "missing"));
  EXPECT_TRUE(testing::check_one_text("argument-mismatch", "es", "{0} of {1}", "{1}: {0}").empty());
}

TEST(ArgumentMismatch, PlaceholdersAreLocatedAtTheTranslationWithANoteAtTheEnglish) {
  const auto findings = testing::check_one_text("argument-mismatch", "fr", "%s", "x");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity(), Severity::error);
  EXPECT_EQ(findings[0].diagnostic.location.to_string(), "fr.xlf:1:5");
  ASSERT_EQ(findings[0].diagnostic.notes.size(), 1u);
  EXPECT_EQ(findings[0].diagnostic.notes[0].location.to_string(), "fr.xlf:1:40");
}

}  // namespace
}  // namespace l10nc
