#include "readers/front_matter.h"

namespace l10nc {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

bool is_delimiter_line(std::string_view line) { return trim(line) == "---"; }
}  // namespace

std::optional<FrontMatter> parse_front_matter(std::string_view text, bool* unclosed) {
  *unclosed = false;
  size_t line_end = text.find('\n');
  if (!is_delimiter_line(text.substr(0, line_end))) return std::nullopt;
  FrontMatter front_matter;
  size_t position = line_end == std::string_view::npos ? text.size() : line_end + 1;
  while (position < text.size()) {
    line_end = text.find('\n', position);
    const size_t next = line_end == std::string_view::npos ? text.size() : line_end + 1;
    const std::string_view line = text.substr(position, next - position);
    if (is_delimiter_line(line)) {
      front_matter.end = next;
      return front_matter;
    }
    // Top-level keys start in column 1; "- item" and indented lines belong to a value.
    const size_t colon = line.find(':');
    if (!line.empty() && line[0] != ' ' && line[0] != '-' && line[0] != '#' &&
        colon != std::string_view::npos) {
      const std::string_view key = trim(line.substr(0, colon));
      const std::string_view raw = line.substr(colon + 1);
      const size_t first = raw.find_first_not_of(" \t");
      std::string_view value = trim(raw);
      size_t offset = position + colon + 1 + (first == std::string_view::npos ? 0 : first);
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
          value.back() == value.front()) {
        value = value.substr(1, value.size() - 2);
        ++offset;
      }
      if (!key.empty()) front_matter.values[std::string(key)] = {std::string(value), offset};
    }
    position = next;
  }
  *unclosed = true;
  return std::nullopt;
}

}  // namespace l10nc
