#include "model/pattern_error.h"

#include <gtest/gtest.h>

namespace l10nc {
namespace {

std::string describe(std::string_view pattern) {
  const std::optional<PatternError> error = find_pattern_error(pattern);
  if (!error) return "ok";
  return std::to_string(error->offset) + ": " + error->reason;
}

TEST(PatternError, AcceptsWhatIcuAccepts) {
  EXPECT_EQ(describe("Bonjour, {name} !"), "ok");
  EXPECT_EQ(describe("{count, plural, one {{user} shared a file} other {{user} shared # files}}"),
            "ok");
  EXPECT_EQ(describe("{ratio, number, percent} of '{'quoted'}' braces, It's"), "ok");
  EXPECT_EQ(describe("{d, date, short} {n, selectordinal, one {#st} two {#nd} other {#th}}"), "ok");
  EXPECT_EQ(describe("plain text"), "ok");
}

TEST(PatternError, AnUnclosedPluralIsNamedAtItsBrace) {
  EXPECT_EQ(describe("Vous avez {count, plural, one {# fichier} other {# fichiers}"),
            "10: unclosed plural 'count': its '{' is never closed");
  EXPECT_EQ(describe("Hello {name"), "6: unclosed argument 'name': its '{' is never closed");
  // A quoted brace is text, not an opening.
  EXPECT_EQ(describe("'{' {name"), "4: unclosed argument 'name': its '{' is never closed");
}

TEST(PatternError, AnUnknownArgumentTypeIsNamedAtTheType) {
  EXPECT_EQ(describe("{VAR_SELECT, selekt, male {il} other {elle}}"),
            "13: unknown argument type 'selekt' (ICU knows plural, select, selectordinal, number, "
            "date, time, spellout, ordinal, duration)");
}

TEST(PatternError, APluralWithoutOtherIsNamed) {
  EXPECT_EQ(describe("x {n, plural, one {a}}"),
            "2: plural 'n' has no 'other' message, which ICU requires");
}

TEST(PatternError, OtherSyntaxErrorsAreWhereIcuStopped) {
  EXPECT_EQ(describe("{a b}"), "1: syntax error after '{'");
  // Offsets are bytes of the UTF-8 pattern, whatever ICU counts in.
  EXPECT_EQ(describe("é {a b}"), "4: syntax error after 'é {'");
}

}  // namespace
}  // namespace l10nc
