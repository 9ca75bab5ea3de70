#include "base/source_file.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace l10nc {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  if (text_.starts_with("\xEF\xBB\xBF")) text_.erase(0, 3);
  line_starts_.push_back(0);
  for (size_t i = text_.find('\n'); i != std::string::npos; i = text_.find('\n', i + 1))
    line_starts_.push_back(static_cast<uint32_t>(i + 1));
}

LineColumn SourceFile::line_column(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(next - line_starts_.begin()) - 1;
  int32_t i = static_cast<int32_t>(line_starts_[line_index]);
  const int32_t end = static_cast<int32_t>(offset);
  uint32_t column = 1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text_.data());
  while (i < end) {
    U8_FWD_1(bytes, i, end);
    ++column;
  }
  return {static_cast<uint32_t>(line_index + 1), column};
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  size_t begin = line_starts_[line - 1];
  size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  std::string_view text(text_.data() + begin, end - begin);
  if (text.ends_with('\r')) text.remove_suffix(1);
  return text;
}

}  // namespace l10nc
