#include "model/parsed_pattern.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "model/message_pattern.h"

namespace l10nc {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> spelled_arguments(const ParsedPattern& pattern) {
  std::vector<std::string> spelled;
  for (const PatternArgument& argument : pattern.arguments)
    spelled.push_back(argument.name + (argument.type.empty() ? "" : ":" + argument.type));
  return spelled;
}

TEST(ParsedPattern, ReadsLiteralTextAsFormattingPrintsIt) {
  const auto parsed = parse_pattern("the server''s '{'realm'}' {name}.");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->text, "the server's {realm} \xEF\xBF\xBC.");
  EXPECT_THAT(spelled_arguments(*parsed), ElementsAre("name"));
  EXPECT_EQ(parsed->quoted_syntax_characters, 2);
  // A lone apostrophe is printed once (ICU's INSERT_CHAR part is for re-quoting, not text).
  EXPECT_EQ(parse_pattern("won't {name}")->text, "won't \xEF\xBF\xBC");
}

// Text without braces is read without ICU: the same text ICU reads out of it (checked by
// giving ICU the text with an argument after it).
TEST(ParsedPattern, TextWithoutBracesReadsAsIcuReadsIt) {
  for (const std::string text : {"won't", "it''s", "a '' b '''", "trailing'", "#1 of 2", "'", "''",
                                 "quote 'here' now", "|a|", ""}) {
    const auto plain = parse_pattern(text);
    const auto with_argument = parse_pattern(text + " {x}");
    ASSERT_TRUE(plain && with_argument) << text;
    EXPECT_EQ(plain->text + " " + std::string(kArgumentPlaceholder), with_argument->text) << text;
    EXPECT_TRUE(plain->arguments.empty()) << text;
    EXPECT_EQ(plain->quoted_syntax_characters, 0) << text;
  }
}

TEST(ParsedPattern, EscapedLiteralTextReadsBackUnchanged) {
  for (const char* text : {"it's", "{0}", "'{x}'", "#1 of {n}", "a '' b", ""}) {
    const auto parsed = parse_pattern(escape_literal(text));
    ASSERT_TRUE(parsed) << text;
    EXPECT_EQ(parsed->text, text);
    EXPECT_TRUE(parsed->arguments.empty()) << text;
  }
}

TEST(ParsedPattern, ReadsPluralsByTheirOtherMessageAndKeepsEveryArgument) {
  const auto parsed = parse_pattern(
      "{count, plural, offset:1 =0 {none} one {# file of {owner}} other {# files, {size, "
      "number}}} on {day, date, short}, {rank, selectordinal, one {#st} other {#th}}");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->text, "\xEF\xBF\xBC files, \xEF\xBF\xBC on \xEF\xBF\xBC, \xEF\xBF\xBCth");
  EXPECT_THAT(spelled_arguments(*parsed), ElementsAre("count:plural", "owner", "size:number",
                                                      "day:date", "rank:selectordinal"));
  ASSERT_EQ(parsed->plurals.size(), 2u);
  EXPECT_EQ(parsed->plurals[0].argument, "count");
  EXPECT_FALSE(parsed->plurals[0].ordinal);
  EXPECT_THAT(parsed->plurals[0].selectors, ElementsAre("=0", "one", "other"));
  EXPECT_TRUE(parsed->plurals[1].ordinal);
  EXPECT_THAT(parsed->plurals[1].selectors, ElementsAre("one", "other"));
}

TEST(ParsedPattern, CountsQuotedHashesOnlyInPluralMessages) {
  EXPECT_EQ(parse_pattern("'#'1")->quoted_syntax_characters, 0);
  EXPECT_EQ(parse_pattern("{n, plural, other {'#'1 #}}")->quoted_syntax_characters, 1);
  EXPECT_EQ(parse_pattern("{n, plural, other {'#'1 #}}")->text, "#1 \xEF\xBF\xBC");
}

TEST(ParsedPattern, CountsQuotedCharactersOfThePluralMessageWithTheMost) {
  // Arabic has six plural categories where English has two: as many quoted characters each.
  EXPECT_EQ(parse_pattern("'{'{n, plural, one {'#'} other {'{'#}}")->quoted_syntax_characters, 2);
  EXPECT_EQ(parse_pattern("{n, plural, zero {'#'} one {'#'} two {'#'} few {'#'} many {'#'} "
                          "other {'#'}}")
                ->quoted_syntax_characters,
            1);
}

TEST(ParsedPattern, RejectsMalformedPatternsWithAReason) {
  std::string error;
  EXPECT_FALSE(parse_pattern("Open {file", &error));
  EXPECT_EQ(error, "unmatched braces");
  EXPECT_FALSE(parse_pattern("{n, plural, one {x}}", &error));
  EXPECT_EQ(error, "a plural or select argument has no 'other' sub-message");
}

TEST(MessageFormatError, RejectsWhatTheRuntimeRejects) {
  EXPECT_EQ(message_format_error("{n, number}", "fr"), std::nullopt);
  EXPECT_EQ(message_format_error("{n, nombre}", "fr"), "invalid argument");
  EXPECT_TRUE(parse_pattern("{n, nombre}"));  // MessagePattern alone takes any type name
}

}  // namespace
}  // namespace l10nc
