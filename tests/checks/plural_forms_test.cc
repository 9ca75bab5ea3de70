#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;

constexpr const char* kEnglish = "{n, plural, one {# file} other {# files}}";

TEST(PluralForms, ReportsCategoriesPolishAndRussianNeed) {
  EXPECT_THAT(messages(check_one("plural-forms", "pl", kEnglish,
                                 "{n, plural, one {# plik} other {# pliku}}")),
              ElementsAre("plural categories missing: {n, plural} lacks 'few', 'many' (pl has "
                          "'one', 'few', 'many', 'other'); their numbers get the 'other' message"));
  EXPECT_THAT(messages(check_one("plural-forms", "ru_RU", kEnglish,
                                 "{n, plural, one {# файл} few {# файла} other {# файла}}")),
              ElementsAre("plural categories missing: {n, plural} lacks 'many' (ru_RU has "
                          "'one', 'few', 'many', 'other'); their numbers get the 'other' message"));
}

TEST(PluralForms, AcceptsWhatTheLocaleNeedsAndNoMore) {
  EXPECT_TRUE(check_one("plural-forms", "pl", kEnglish,
                        "{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}")
                  .empty());
  // Japanese has one form; the English categories it does not need are harmless.
  EXPECT_TRUE(
      check_one("plural-forms", "ja", kEnglish, "{n, plural, other {# 個のファイル}}").empty());
  EXPECT_TRUE(
      check_one("plural-forms", "ja", kEnglish, "{n, plural, one {# 個} other {# 個}}").empty());
}

TEST(PluralForms, UsesOrdinalRulesForSelectordinal) {
  // English ordinals need one, two, few, other; Polish ordinals only other.
  EXPECT_THAT(messages(check_one("plural-forms", "en_GB", "{n, selectordinal, other {#th}}",
                                 "{n, selectordinal, one {#st} other {#th}}")),
              ElementsAre("plural categories missing: {n, selectordinal} lacks 'two', 'few' "
                          "(en_GB has 'one', 'two', 'few', 'other'); their numbers get the "
                          "'other' message"));
  EXPECT_TRUE(check_one("plural-forms", "pl", "{n, selectordinal, one {#st} other {#th}}",
                        "{n, selectordinal, other {#.}}")
                  .empty());
}

// What ICU falls back from is a warning, and a category given number by number is no gap.
TEST(PluralForms, IsAWarningAndExplicitValuesCoverACategory) {
  const auto findings =
      check_one("plural-forms", "fr", kEnglish, "{n, plural, one {# fichier} other {# fichiers}}");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity(), Severity::warning);
  EXPECT_EQ(findings[0].diagnostic.message,
            "plural categories missing: {n, plural} lacks 'many' (fr has 'one', 'many', 'other'); "
            "their numbers get the 'other' message");
  EXPECT_THAT(messages(check_one("plural-forms", "es", kEnglish,
                                 "{n, plural, one {# archivo} other {# archivos}}")),
              ElementsAre("plural categories missing: {n, plural} lacks 'many' (es has 'one', "
                          "'many', 'other'); their numbers get the 'other' message"));
  // German "one" is 1 alone: "=1" covers it. French "one" is also 1.5: "=1" does not.
  EXPECT_TRUE(check_one("plural-forms", "de", kEnglish,
                        "{n, plural, =1 {eine Datei} other {# "
                        "Dateien}}")
                  .empty());
  EXPECT_THAT(messages(check_one("plural-forms", "fr", kEnglish,
                                 "{n, plural, =1 {un fichier} many {# de fichiers} other {# "
                                 "fichiers}}")),
              ElementsAre("plural categories missing: {n, plural} lacks 'one' (fr has 'one', "
                          "'many', 'other'); their numbers get the 'other' message"));
}

}  // namespace
}  // namespace l10nc
