#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// 1-based line and column; columns count Unicode code points, as editors show them.
struct LineColumn {
  uint32_t line = 0;
  uint32_t column = 0;
};

// The text of one input file and the map from byte offsets to line:column.
// A leading UTF-8 byte order mark is dropped so that offsets start at the first character.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }

  LineColumn line_column(size_t offset) const;
  // The text of a 1-based line without its line end ("\n" or "\r\n").
  std::string_view line_text(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

}  // namespace l10nc
