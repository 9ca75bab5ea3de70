#include "runtime/message_program.h"

#include <gtest/gtest.h>
#include <unicode/msgfmt.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

namespace l10n::detail {
namespace {

std::unique_ptr<const MessageProgram> compile(const std::string& pattern) {
  return MessageProgram::compile(icu::UnicodeString::fromUTF8(pattern));
}

ArgumentRef string_argument(std::string_view name, std::string_view value) {
  ArgumentRef argument;
  argument.name = name;
  argument.type = ArgumentRef::Type::string;
  argument.string = value;
  return argument;
}

ArgumentRef integer_argument(std::string_view name, int64_t value) {
  ArgumentRef argument;
  argument.name = name;
  argument.type = ArgumentRef::Type::integer;
  argument.integer = value;
  return argument;
}

ArgumentRef double_argument(std::string_view name, double value) {
  ArgumentRef argument;
  argument.name = name;
  argument.type = ArgumentRef::Type::number;
  argument.number = value;
  return argument;
}

// What ICU's own MessageFormat gives for the same pattern, locale and arguments.
std::string icu_format(const std::string& pattern, const std::string& locale,
                       const std::vector<ArgumentRef>& arguments) {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), icu::Locale(locale.c_str()),
                            status);
  std::vector<icu::UnicodeString> names;
  std::vector<icu::Formattable> values;
  for (const ArgumentRef& argument : arguments) {
    names.push_back(icu::UnicodeString::fromUTF8(
        icu::StringPiece(argument.name.data(), static_cast<int32_t>(argument.name.size()))));
    if (argument.type == ArgumentRef::Type::string)
      values.emplace_back(icu::UnicodeString::fromUTF8(
          icu::StringPiece(argument.string.data(), static_cast<int32_t>(argument.string.size()))));
    else if (argument.type == ArgumentRef::Type::integer)
      values.emplace_back(static_cast<int64_t>(argument.integer));
    else
      values.emplace_back(argument.number);
  }
  icu::UnicodeString result;
  format.format(names.data(), values.data(), static_cast<int32_t>(values.size()), result, status);
  EXPECT_TRUE(U_SUCCESS(status)) << pattern << " " << u_errorName(status);
  std::string out;
  result.toUTF8String(out);
  return out;
}

// Every pattern the fast path renders must come out exactly as MessageFormat prints it.
TEST(MessageProgram, RendersExactlyAsIcuMessageFormat) {
  const std::vector<std::string> patterns = {
      "Hello, {name}!",
      "{count, plural, one {# file} other {# files}}",
      "{count, plural, =0 {no files} one {one file} other {# files}}",
      "{count, plural, offset:1 =0 {nobody} =1 {{name}} one {{name} and # other} "
      "other {{name} and # others}}",
      "{count, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
      "{name, select, female {She} male {He} other {They}} has {count, number} items",
      "{count, number, integer} / {count, number, percent} / {count} / {count, NUMBER, Integer}",
      "it''s '{'literal'}' {name} '#' # ''{name}''",
      "{count, plural, one {{count} file} other {{count} files}}",
      "{name, select, female {{count, plural, one {she has # cat} other {she has # cats}}} "
      "other {{count, plural, one {they have # cat} other {they have # cats}}}}",
      "{count, plural, zero {z#} one {o#} two {t#} few {f#} many {m#} other {x#}}",
      "{count, plural, =1 {exactly one} =1.5 {one and a half} other {#}}",
      "{count}{name}",
      "{count, number,} items",
  };
  const std::vector<std::string> locales = {"en", "es", "es_MX", "fr",    "ar",   "ja",
                                            "ru", "pl", "de",    "cy",    "lv",   "he",
                                            "hi", "zh", "en_IN", "de_CH", "ar_EG"};
  const std::vector<ArgumentRef> counts = {
      integer_argument("count", 0),       integer_argument("count", 1),
      integer_argument("count", 2),       integer_argument("count", 3),
      integer_argument("count", 11),      integer_argument("count", 22),
      integer_argument("count", 101),     integer_argument("count", 1000),
      integer_argument("count", -1),      integer_argument("count", 1234567),
      double_argument("count", 1.0),      double_argument("count", 1.5),
      double_argument("count", 0.1),      double_argument("count", 2.25),
      double_argument("count", 1.234567), double_argument("count", 1e20),
      double_argument("count", -0.0),     double_argument("count", 12345.678),
      double_argument("count", 1.0005),
  };
  const std::vector<std::string> names = {"female", "male", "x", "Ana ''{}# María"};
  size_t compared = 0;
  for (const std::string& pattern : patterns) {
    const auto program = compile(pattern);
    ASSERT_TRUE(program->valid()) << pattern;
    ASSERT_FALSE(program->needs_icu()) << pattern;
    for (const std::string& locale : locales) {
      const auto context = FormatContext::create(locale);
      ASSERT_TRUE(context->fast) << locale;
      for (const ArgumentRef& count : counts) {
        for (const std::string& name : names) {
          const std::vector<ArgumentRef> arguments = {count, string_argument("name", name)};
          std::string out;
          ASSERT_TRUE(program->render(arguments, *context, out)) << pattern;
          ASSERT_EQ(out, icu_format(pattern, locale, arguments))
              << pattern << " in " << locale << " with " << count.integer << "/" << count.number
              << ", " << name;
          ++compared;
        }
      }
    }
  }
  EXPECT_EQ(compared, patterns.size() * locales.size() * counts.size() * names.size());
}

// MessageFormat trims only Pattern_White_Space around a style keyword: "\x1Epercent" is a
// DecimalFormat pattern to it, not the percent style the fast path used to see (found by
// fuzz_message_format).
TEST(MessageProgram, MatchesStyleKeywordsAsMessageFormatDoes) {
  EXPECT_FALSE(compile("{n, number, percent }")->needs_icu());
  EXPECT_FALSE(compile("{n, number,\tPERCENT}")->needs_icu());
  EXPECT_TRUE(compile("{n, number,\x1Epercent}")->needs_icu());
  EXPECT_EQ(icu_format("{n, number,\x1Epercent}", "en", {integer_argument("n", 5)}),
            "\x1Epercent5");
}

// A pattern short enough to live inside its UnicodeString: the branch selectors used to alias
// the compiler's copy of it and dangle (found by fuzz_message_format under ASan).
TEST(MessageProgram, ShortSelectPatternsKeepTheirSelectors) {
  std::unique_ptr<const MessageProgram> program = compile("{g,select,x{X}other{O}}");
  char scribble[4096];
  std::memset(scribble, 'z', sizeof scribble);
  asm volatile("" : : "r"(scribble) : "memory");
  const auto context = FormatContext::create("en");
  std::string out;
  const std::vector<ArgumentRef> x = {string_argument("g", "x")};
  ASSERT_TRUE(program->render(x, *context, out));
  EXPECT_EQ(out, "X");
  out.clear();
  const std::vector<ArgumentRef> y = {string_argument("g", "y")};
  ASSERT_TRUE(program->render(y, *context, out));
  EXPECT_EQ(out, "O");
}

TEST(MessageProgram, ShowsMissingAndUnsuitableArgumentsAsMessageFormatDoes) {
  const std::string pattern = "{name} has {count, plural, one {# file} other {# files}} in {place}";
  const auto program = compile(pattern);
  const auto context = FormatContext::create("en");
  std::string out;
  ASSERT_TRUE(program->render({}, *context, out));
  EXPECT_EQ(out, "{name} has {count} in {place}");
  EXPECT_EQ(out, icu_format(pattern, "en", {}));
  EXPECT_EQ(program->text_without_arguments(), out);
  out.clear();
  // A string where a number is expected is left out, like a missing argument.
  const std::vector<ArgumentRef> arguments = {string_argument("count", "three"),
                                              string_argument("name", "Ana")};
  ASSERT_TRUE(program->render(arguments, *context, out));
  EXPECT_EQ(out, "Ana has {count} in {place}");
}

TEST(MessageProgram, FormatsNotANumberWhereMessageFormatFails) {
  // MessageFormat's plural selection reports an internal error for NaN; we say "NaN".
  const auto program = compile("{count, plural, one {# file} other {# files}}");
  std::string out;
  const std::vector<ArgumentRef> arguments = {double_argument("count", std::nan(""))};
  ASSERT_TRUE(program->render(arguments, *FormatContext::create("en"), out));
  EXPECT_EQ(out, "NaN files");
}

TEST(MessageProgram, ListsParametersWithTheKindTheyNeed) {
  const auto program = compile(
      "{a} {b, number} {c, plural, other {#}} {d, select, other {x}} {e, date} {f, time, short} "
      "{g, spellout} {a, number}");
  ASSERT_TRUE(program->valid());
  EXPECT_TRUE(program->needs_icu());
  const std::vector<Parameter> expected = {{"a", ArgumentKind::number}, {"b", ArgumentKind::number},
                                           {"c", ArgumentKind::number}, {"d", ArgumentKind::string},
                                           {"e", ArgumentKind::date},   {"f", ArgumentKind::date},
                                           {"g", ArgumentKind::number}};
  EXPECT_EQ(program->parameters(), expected);
}

TEST(MessageProgram, RejectsWhatMessageFormatRejects) {
  for (const char* pattern : {"Roto {", "{count, plural, one {# file}}", "{x, nosuchtype}",
                              "{a, number} {a, select, other {x}}"})
    EXPECT_FALSE(compile(pattern)->valid()) << pattern;
}

TEST(MessageProgram, LeavesDatesAndChoiceToMessageFormat) {
  for (const char* pattern :
       {"{d, date, short}", "{n, choice, 0#none|1#one|1<many}", "{n, number, ::percent}",
        "{n, number, currency}", "{n, plural, other {{n, number, integer} files}}"})
    EXPECT_TRUE(compile(pattern)->needs_icu()) << pattern;
  EXPECT_FALSE(compile("{n, plural, other {{n} files}}")->needs_icu());
}

}  // namespace
}  // namespace l10n::detail
