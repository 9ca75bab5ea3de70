#include "base/unicode_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace l10nc {
namespace {

TEST(DisplayText, EscapesWhatTerminalsActOnAndKeepsTheRest) {
  EXPECT_EQ(display_text("plain ASCII, ~!"), "plain ASCII, ~!");
  EXPECT_EQ(display_text("a\tb\nc\x1b[31md\x7f"), "a\\u0009b\\u000ac\\u001b[31md\\u007f");
  EXPECT_EQ(display_text("caf\xC3\xA9 \xC2\x85 \xEF\xBF\xBE end"),
            "caf\xC3\xA9 \\u0085 \\ufffe end");
  EXPECT_EQ(display_text("\xE6\x97\xA5\xE6\x9C\xAC"), "\xE6\x97\xA5\xE6\x9C\xAC");  // 日本
  // Ill-formed UTF-8 shows as U+FFFD, the text around it as it is.
  EXPECT_EQ(display_text("x\xC3y\xFFz"), "x\xEF\xBF\xBDy\xEF\xBF\xBDz");
  EXPECT_EQ(display_text(""), "");
}

TEST(ForEachCodePoint, DecodesUtf8AndReadsIllFormedBytesAsReplacement) {
  std::vector<UChar32> seen;
  for_each_code_point(std::string_view("a\xC3\xA9\xF0\x9F\x98\x80\xC3"),
                      [&](UChar32 c) { seen.push_back(c); });
  EXPECT_EQ(seen, (std::vector<UChar32>{'a', 0xE9, 0x1F600, 0xFFFD}));
  seen.clear();
  for_each_code_point(to_utf16("a\xF0\x9F\x98\x80"), [&](UChar32 c) { seen.push_back(c); });
  EXPECT_EQ(seen, (std::vector<UChar32>{'a', 0x1F600}));
}

TEST(ForEachCodePoint, AVisitReturningFalseStopsTheWalk) {
  std::vector<UChar32> seen;
  EXPECT_FALSE(for_each_code_point(std::string_view("ab c"), [&](UChar32 c) {
    seen.push_back(c);
    return c != 'b';
  }));
  EXPECT_EQ(seen, (std::vector<UChar32>{'a', 'b'}));
  EXPECT_TRUE(for_each_code_point(to_utf16("  "), [](UChar32 c) { return c == ' '; }));
  EXPECT_FALSE(for_each_code_point(to_utf16(" x"), [](UChar32 c) { return c == ' '; }));
}

TEST(IsWhiteSpace, AgreesWithIcu) {
  for (UChar32 c = 0; c < 0x3001; ++c) EXPECT_EQ(is_white_space(c), u_isUWhiteSpace(c) != 0) << c;
}

}  // namespace
}  // namespace l10nc
