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
              ElementsAre("plural categories missing: {n, plural} lacks 'few', 'many' (pl needs "
                          "'one', 'few', 'many', 'other')"));
  EXPECT_THAT(messages(check_one("plural-forms", "ru_RU", kEnglish,
                                 "{n, plural, one {# файл} few {# файла} other {# файла}}")),
              ElementsAre("plural categories missing: {n, plural} lacks 'many' (ru_RU needs "
                          "'one', 'few', 'many', 'other')"));
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
                          "(en_GB needs 'one', 'two', 'few', 'other')"));
  EXPECT_TRUE(check_one("plural-forms", "pl", "{n, selectordinal, one {#st} other {#th}}",
                        "{n, selectordinal, other {#.}}")
                  .empty());
}

}  // namespace
}  // namespace l10nc
