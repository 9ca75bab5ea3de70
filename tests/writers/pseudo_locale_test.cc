#include "writers/pseudo_locale.h"

#include <gtest/gtest.h>

#include "model/parsed_pattern.h"

namespace l10nc {
namespace {

std::string accented(std::string_view pattern) {
  std::string error;
  const std::optional<std::string> text =
      pseudo_translate(pattern, PseudoStyle::accented, "en_XA", &error);
  EXPECT_TRUE(text) << pattern << ": " << error;
  return text.value_or("");
}

std::string mirrored(std::string_view pattern) {
  std::string error;
  const std::optional<std::string> text =
      pseudo_translate(pattern, PseudoStyle::bidi, "ar_XB", &error);
  EXPECT_TRUE(text) << pattern << ": " << error;
  return text.value_or("");
}

// A word as ar_XB writes it: RLM RLO word PDF RLM.
std::string rtl(std::string_view word) {
  return "\u200F\u202E" + std::string(word) + "\u202C\u200F";
}

TEST(PseudoLocale, NamesItsStyles) {
  EXPECT_EQ(pseudo_style("en_XA"), PseudoStyle::accented);
  EXPECT_EQ(pseudo_style("en-XA"), PseudoStyle::accented);
  EXPECT_EQ(pseudo_style("ar-XB"), PseudoStyle::bidi);
  EXPECT_EQ(pseudo_style("en"), std::nullopt);
  EXPECT_EQ(pseudo_style("ar_XA"), std::nullopt);
  EXPECT_EQ(pseudo_style("../en_XA"), std::nullopt);
}

TEST(PseudoLocale, AccentsExpandsAndBracketsPlainText) {
  // 13 characters: about 40% is 6 more, so two padding words, before the final period.
  EXPECT_EQ(accented("Hello, world."), "[Ĥéļļö, ŵöŕļð one two.]");
  EXPECT_EQ(accented("The received certificate has expired."),
            "[Ţĥé ŕéçéîṽéð çéŕţîƒîçåţé ĥåš éẋþîŕéð one two three four.]");
  EXPECT_EQ(accented("abcdefghijklmnopqrstuvwxyz"), "[åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž one two three]");
  EXPECT_EQ(accented("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "[ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ one two three]");
}

TEST(PseudoLocale, KeepsArgumentsAndTheirStyles) {
  EXPECT_EQ(accented("Error: {0}"), "[Éŕŕöŕ: {0} one]");
  EXPECT_EQ(accented("Version {v, number, integer}!"), "[Ṽéŕšîöñ {v, number, integer} one!]");
  EXPECT_EQ(mirrored("Error: {0}"), rtl("Error:") + " " + rtl("{0}"));
  EXPECT_EQ(mirrored("Version {v, number, integer}!"),
            rtl("Version") + " " + rtl("{v, number, integer}") + rtl("!"));
}

TEST(PseudoLocale, RewritesOnlyTheTextOfPluralsAndSelects) {
  EXPECT_EQ(accented("Deleted {count, plural, one {# file} other {# files}}."),
            "[Ðéļéţéð {count, plural, one {# ƒîļé} other {# ƒîļéš}} one two.]");
  // A plural that ends the message gets the padding in each of its messages.
  EXPECT_EQ(accented("{count, plural, =0 {No files} one {One file} other {# files}}"),
            "[{count, plural, =0 {Ñö ƒîļéš one} one {Öñé ƒîļé one} other {# ƒîļéš one}}]");
  EXPECT_EQ(accented("{g, select, female {She} other {They}} left"),
            "[{g, select, female {Šĥé} other {Ţĥéý}} ļéƒţ one]");
  EXPECT_EQ(accented("{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}"),
            "[{n, selectordinal, one {#šţ one} two {#ñð one} few {#ŕð one} other {#ţĥ one}}]");
}

TEST(PseudoLocale, GivesPluralsEveryCategoryOfTheLocale) {
  // Arabic plural rules: zero one two few many other; the missing ones copy `other`.
  const std::string files = rtl("#") + " " + rtl("files");
  EXPECT_EQ(mirrored("{count, plural, one {# file} other {# files}}"),
            "{count, plural, one {" + rtl("#") + " " + rtl("file") + "} zero {" + files +
                "} two {" + files + "} few {" + files + "} many {" + files + "} other {" + files +
                "}}");
  // English needs "one": a plural with only "other" gets it.
  EXPECT_EQ(accented("{n, plural, other {# items}}"),
            "[{n, plural, one {# îţéɱš one} other {# îţéɱš one}}]");
}

TEST(PseudoLocale, KeepsApostrophesAndQuotedSyntaxAsFormattingPrintsThem) {
  EXPECT_EQ(accented("The server''s name is '{'{name}'}'."),
            "[Ţĥé šéŕṽéŕ''š ñåɱé îš '{'{name} one two three'}'.]");
  EXPECT_EQ(accented("It's done"), "[Îţ''š ðöñé one]");
  // A quoted '#' in a plural stays a literal '#'; at the top level '#' needs no quotes.
  EXPECT_EQ(accented("'#' {n, plural, other {'#'#}}"),
            "[''#'' {n, plural, one {'#'# one} other {'#'# one}}]");
  EXPECT_EQ(mirrored("It''s '{'{n}'}'"), rtl("It''s") + " " + rtl("'{'") + rtl("{n}") + rtl("'}'"));
}

TEST(PseudoLocale, KeepsInlineCodesTagsAndIdentifiers) {
  // XLIFF inline codes are arguments; SEC_E_OK() is an identifier translations keep.
  EXPECT_EQ(accented("Click {b_start}OK{b_end} to call SEC_E_OK()."),
            "[Çļîçķ {b_start}ÖĶ{b_end} ţö çåļļ SEC_E_OK() one two three.]");
  EXPECT_EQ(accented("<b>Bold</b> text <a href=\"x\">link</a>"),
            "[<b>Ɓöļð</b> ţéẋţ <a href=\"x\">ļîñķ</a> one two three four]");
  EXPECT_EQ(mirrored("<b>Bold</b> text <a href=\"x\">link</a>"),
            "<b>" + rtl("Bold") + "</b> " + rtl("text") + " <a href=\"x\">" + rtl("link") + "</a>");
  EXPECT_EQ(accented("See <br/>."), "[Šéé <br/> one.]");
  // Kept ranges are found in UTF-8 (byte offsets past the two-byte é).
  EXPECT_EQ(accented("Café: SEC_E_OK <b>ok</b>"), "[Çåƒé: SEC_E_OK <b>öķ</b> one two three]");
}

TEST(PseudoLocale, KeepsWhiteSpaceAtTheEndsAndEmptyMessagesEmpty) {
  EXPECT_EQ(accented("  spaced  "), "  [šþåçéð one]  ");
  EXPECT_EQ(mirrored("  spaced  "), "  " + rtl("spaced") + "  ");
  EXPECT_EQ(accented(""), "");
  EXPECT_EQ(mirrored(""), "");
}

TEST(PseudoLocale, RejectsPatternsThatDoNotParse) {
  std::string error;
  EXPECT_EQ(pseudo_translate("{count, plural, one {x}", PseudoStyle::accented, "en_XA", &error),
            std::nullopt);
  EXPECT_EQ(error, "syntax error after '{count, plural,'");
}

TEST(PseudoLocale, OutputHasTheArgumentsOfTheEnglish) {
  for (const char* english :
       {"Deleted {count, plural, offset:1 =0 {none} one {# file of {owner}} other {# files}}.",
        "{a} and {b, number} on {c, date, short}", "{g, select, male {{n}} other {#}}"}) {
    const auto source = parse_pattern(english);
    ASSERT_TRUE(source) << english;
    for (const std::string& text : {accented(english), mirrored(english)}) {
      const auto target = parse_pattern(text);
      ASSERT_TRUE(target) << text;
      EXPECT_EQ(target->arguments, source->arguments) << text;
      EXPECT_EQ(message_format_error(text, "ar_XB"), std::nullopt) << text;
    }
  }
}

}  // namespace
}  // namespace l10nc
