#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "checks/check_test_support.h"

namespace l10nc {
namespace {

using testing::catalog_of;
using testing::check_one;
using ::testing::ElementsAre;
using testing::messages;
using testing::run_check;

TEST(MsgformatSyntax, ReportsUnbalancedBracesAtTheTargetWithANoteAtTheEnglish) {
  const auto findings =
      check_one("msgformat-syntax", "pl", "Cannot open {file}.", "Nie można otworzyć {file.");
  ASSERT_EQ(findings.size(), 1u);
  const Finding& finding = findings[0];
  EXPECT_EQ(finding.check_id(), "msgformat-syntax");
  EXPECT_EQ(finding.severity(), Severity::error);
  EXPECT_EQ(finding.key, "message");
  EXPECT_EQ(finding.locale, "pl");
  EXPECT_EQ(finding.diagnostic.location.to_string(), "pl.md:1:5");
  EXPECT_EQ(finding.diagnostic.message,
            "the translation is not a valid ICU MessageFormat pattern: unclosed argument "
            "'file': its '{' is never closed (the runtime shows the English instead)");
  ASSERT_EQ(finding.diagnostic.notes.size(), 1u);
  EXPECT_EQ(finding.diagnostic.notes[0].location.to_string(), "pl.md:1:40");
  EXPECT_EQ(finding.diagnostic.notes[0].message, "the English source is here");
}

TEST(MsgformatSyntax, ReportsAPluralWithoutOtherAndAnUnknownArgumentType) {
  EXPECT_THAT(
      messages(check_one("msgformat-syntax", "fr", "{n, plural, one {# file} other {# files}}",
                         "{n, plural, one {# fichier} many {# de fichiers}}")),
      ElementsAre("the translation is not a valid ICU MessageFormat pattern: plural 'n' has "
                  "no 'other' message, which ICU requires (the runtime shows the English "
                  "instead)"));
  EXPECT_THAT(messages(check_one("msgformat-syntax", "fr", "{n, number}", "{n, nombre}")),
              ElementsAre("the translation is not a valid ICU MessageFormat pattern: unknown "
                          "argument type 'nombre' (ICU knows plural, select, selectordinal, "
                          "number, date, time, spellout, ordinal, duration) (the runtime shows "
                          "the English instead)"));
}

TEST(MsgformatSyntax, AcceptsValidPatternsInLocalesWithDifferentPluralRules) {
  EXPECT_TRUE(check_one("msgformat-syntax", "pl", "{n, plural, one {# file} other {# files}}",
                        "{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}")
                  .empty());
  EXPECT_TRUE(check_one("msgformat-syntax", "fr", "Can't open '{'{file}'}'",
                        "Impossible d''ouvrir « {file} »")
                  .empty());
}

TEST(MsgformatSyntax, ReportsAnInvalidEnglishSourceOnce) {
  const Catalog catalog = catalog_of("ja", {{"Open {file", "{file} を開く"}});
  const auto findings = run_check(catalog, "msgformat-syntax");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].locale, "");
  EXPECT_EQ(findings[0].diagnostic.location.to_string(), "ja.md:1:40");
  EXPECT_EQ(findings[0].diagnostic.message,
            "the English source is not a valid ICU MessageFormat pattern: unclosed argument "
            "'file': its '{' is never closed");
}

}  // namespace
}  // namespace l10nc
