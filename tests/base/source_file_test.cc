#include "base/source_file.h"

#include <gtest/gtest.h>

namespace l10nc {
namespace {

TEST(SourceFile, MapsOffsetsToLinesAndCodePointColumns) {
  const SourceFile file("a.md", "ab\ncañón x\n日本語z");
  EXPECT_EQ(file.line_column(0).line, 1u);
  EXPECT_EQ(file.line_column(0).column, 1u);
  EXPECT_EQ(file.line_column(3).line, 2u);
  const size_t x = std::string_view(file.text()).find('x');
  EXPECT_EQ(file.line_column(x).line, 2u);
  EXPECT_EQ(file.line_column(x).column, 7u);  // c a ñ ó n ' ' x
  const size_t z = std::string_view(file.text()).find('z');
  EXPECT_EQ(file.line_column(z).line, 3u);
  EXPECT_EQ(file.line_column(z).column, 4u);
}

TEST(SourceFile, DropsByteOrderMarkAndHandlesCrLf) {
  const SourceFile file("a.md", "\xEF\xBB\xBFone\r\ntwo\r\n");
  EXPECT_EQ(file.text(), "one\r\ntwo\r\n");
  EXPECT_EQ(file.line_text(1), "one");
  EXPECT_EQ(file.line_text(2), "two");
  EXPECT_EQ(file.line_text(3), "");
  EXPECT_EQ(file.line_column(5).line, 2u);
  EXPECT_EQ(file.line_column(5).column, 1u);
}

TEST(SourceFile, ClampsOffsetsPastTheEnd) {
  const SourceFile file("a.md", "x");
  EXPECT_EQ(file.line_column(100).column, 2u);
  EXPECT_EQ(file.line_text(0), "");
}

}  // namespace
}  // namespace l10nc
