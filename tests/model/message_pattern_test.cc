#include "model/message_pattern.h"

#include <gtest/gtest.h>
#include <unicode/msgfmt.h>

#include "base/unicode_text.h"

namespace l10nc {
namespace {

std::string format_with_icu(const std::string& pattern) {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(to_utf16(pattern), icu::Locale::getRoot(), status);
  EXPECT_TRUE(U_SUCCESS(status)) << pattern << ": " << u_errorName(status);
  icu::UnicodeString out;
  icu::FieldPosition position;
  format.format(nullptr, 0, out, position, status);
  EXPECT_TRUE(U_SUCCESS(status)) << pattern;
  return to_utf8(out);
}

TEST(EscapeLiteral, QuotesOnlyWhatMessageFormatWouldInterpret) {
  EXPECT_EQ(escape_literal("plain text"), "plain text");
  EXPECT_EQ(escape_literal("the server's realm."), "the server''s realm.");
  EXPECT_EQ(escape_literal("{0}"), "'{'0'}'");
  EXPECT_EQ(escape_literal("{{x}}"), "'{{'x'}}'");
  EXPECT_EQ(escape_literal("#1"), "#1");
  EXPECT_EQ(escape_literal("#1", PatternContext::plural_message), "'#'1");
  // An apostrophe inside a quoted run, runs that follow each other, specials at both ends.
  EXPECT_EQ(escape_literal("{'}"), "'{''}'");
  EXPECT_EQ(escape_literal("}a{b}"), "'}'a'{'b'}'");
  EXPECT_EQ(escape_literal("it's {x} and {y}'s"), "it''s '{'x'}' and '{'y'}'''s");
  EXPECT_EQ(escape_literal("# {#} #", PatternContext::plural_message), "'#' '{#}' '#'");
  EXPECT_EQ(escape_literal(""), "");
}

TEST(EscapeLiteral, FormattingTheEscapedTextGivesTheTextBack) {
  for (const char* text : {"the server's realm.",
                           "'",
                           "''",
                           "'''",
                           "{",
                           "}",
                           "{}",
                           "{{x}}",
                           "'{'",
                           "{'{",
                           "'{",
                           "{'",
                           "a'{b}'c",
                           "it's {name}'s",
                           "#",
                           "# {#} '#'",
                           "|",
                           "l'{0}' d''",
                           "日本'語{x}",
                           "ends with '",
                           "' starts",
                           "{0,number}",
                           "{x, plural, one {#} other {#}}",
                           ""}) {
    EXPECT_EQ(format_with_icu(escape_literal(text)), text) << escape_literal(text);
  }
}

TEST(EscapeLiteral, QuotesHashInsidePluralMessages) {
  // The escaped text used as a plural branch must still read literally.
  const std::string branch = escape_literal("# of '{files}'", PatternContext::plural_message);
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(to_utf16("{n, plural, other {" + branch + "}}"), icu::Locale("en"),
                            status);
  ASSERT_TRUE(U_SUCCESS(status)) << branch;
  icu::UnicodeString name = u"n";
  icu::Formattable value(int32_t{3});
  icu::UnicodeString out;
  format.format(&name, &value, 1, out, status);
  EXPECT_EQ(to_utf8(out), "# of '{files}'");
}

}  // namespace
}  // namespace l10nc
