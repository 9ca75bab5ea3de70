#include "readers/markdown_text.h"

#include <gtest/gtest.h>

namespace l10nc {
namespace {

TEST(MarkdownText, UnescapesBackslashEscapes) {
  EXPECT_EQ(markdown_to_plain_text("SEC\\_E\\_ALGORITHM\\_MISMATCH"), "SEC_E_ALGORITHM_MISMATCH");
  EXPECT_EQ(markdown_to_plain_text("a \\* b \\[c\\]"), "a * b [c]");
  EXPECT_EQ(markdown_to_plain_text("C:\\Windows"), "C:\\Windows");  // not punctuation: kept
}

TEST(MarkdownText, ReducesLinksToTheirText) {
  EXPECT_EQ(markdown_to_plain_text("see [Shutting Down](shutting-down.md) now"),
            "see Shutting Down now");
  EXPECT_EQ(markdown_to_plain_text("[**CompleteAuthToken**](/windows/desktop/api/Sspi/nf-sspi)"),
            "CompleteAuthToken");
  EXPECT_EQ(markdown_to_plain_text("The [*security package*](../secgloss/s-gly.md) cannot"),
            "The security package cannot");
  EXPECT_EQ(markdown_to_plain_text("![logo](a.png) and [ref][1]"), "logo and ref");
  EXPECT_EQ(markdown_to_plain_text("[!NOTE] keep"), "[!NOTE] keep");
  EXPECT_EQ(markdown_to_plain_text("[a (b)](u(1)) c"), "a (b) c");
}

TEST(MarkdownText, RemovesEmphasisButNotIntrawordUnderscores) {
  EXPECT_EQ(markdown_to_plain_text("*x* and **y** and _z_ and __w__"), "x and y and z and w");
  EXPECT_EQ(markdown_to_plain_text("FAIL_NonCriticalResource"), "FAIL_NonCriticalResource");
  EXPECT_EQ(markdown_to_plain_text("2 * 3 * 4"), "2 * 3 * 4");
  EXPECT_EQ(markdown_to_plain_text("***both***"), "both");
  EXPECT_EQ(markdown_to_plain_text("an *unclosed emphasis"), "an *unclosed emphasis");
}

TEST(MarkdownText, KeepsCodeSpansVerbatim) {
  EXPECT_EQ(markdown_to_plain_text("`FAIL_CriticalResource`"), "FAIL_CriticalResource");
  EXPECT_EQ(markdown_to_plain_text("`a*b*c` and `` x`y ``"), "a*b*c and x`y");
  EXPECT_EQ(markdown_to_plain_text("a ` b"), "a ` b");
}

TEST(MarkdownText, ReducesAutolinks) {
  EXPECT_EQ(markdown_to_plain_text("un objeto <xref:System.AppDomain>."),
            "un objeto System.AppDomain.");
  EXPECT_EQ(markdown_to_plain_text(
                "<xref:System.Threading.Thread.Abort%2A?displayProperty=nameWithType>"),
            "System.Threading.Thread.Abort");
  EXPECT_EQ(markdown_to_plain_text("<https://example.com/a>"), "https://example.com/a");
  EXPECT_EQ(markdown_to_plain_text("a < b > c"), "a < b > c");
}

TEST(MarkdownText, DecodesCharacterReferences) {
  EXPECT_EQ(markdown_to_plain_text("a&nbsp;b &amp; &#233;&#x4E2D; &bogus; &"),
            "a\u00A0b & \u00E9\u4E2D &bogus; &");
}

TEST(MarkdownText, CollapsesWhiteSpaceButKeepsNoBreakSpaces) {
  EXPECT_EQ(markdown_to_plain_text("  one\t two\n\nthree  "), "one two three");
  EXPECT_EQ(markdown_to_plain_text("\u00AB\u00A0mot\u00A0\u00BB"), "\u00AB\u00A0mot\u00A0\u00BB");
  EXPECT_EQ(markdown_to_plain_text("\u3000全角\u3000"), "全角");
}

TEST(MarkdownText, RecognizesIdentifiers) {
  EXPECT_TRUE(is_identifier("SEC_E_OK"));
  EXPECT_TRUE(is_identifier("_x1"));
  EXPECT_FALSE(is_identifier("1x"));
  EXPECT_FALSE(is_identifier("Status code"));
  EXPECT_FALSE(is_identifier("s _ E _ _ no"));
  EXPECT_FALSE(is_identifier(""));
  EXPECT_FALSE(is_identifier("COR_E_ARGUMENT or E_INVALIDARG"));
}

}  // namespace
}  // namespace l10nc
