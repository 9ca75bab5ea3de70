#include "terminal/dialog.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <algorithm>
#include <memory>

#include "base/unicode_text.h"

namespace l10nc {

namespace {

std::string trim_trailing_spaces(std::string line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
  return line;
}

// Splits a piece wider than the line between grapheme clusters.
void split_wide_piece(const icu::UnicodeString& piece, int width, std::vector<std::string>& lines,
                      std::string& current, int& current_width) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> characters(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) return;
  characters->setText(piece);
  int32_t start = characters->first();
  for (int32_t end = characters->next(); end != icu::BreakIterator::DONE;
       start = end, end = characters->next()) {
    const std::string cluster = to_utf8(piece.tempSubStringBetween(start, end));
    const int cluster_width = display_width(cluster);
    if (current_width + cluster_width > width && !current.empty()) {
      lines.push_back(trim_trailing_spaces(current));
      current.clear();
      current_width = 0;
    }
    current += cluster;
    current_width += cluster_width;
  }
}

std::string repeat(std::string_view s, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += s;
  return out;
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, int width, std::string_view locale) {
  width = std::max(width, 1);
  std::vector<std::string> lines;
  const icu::UnicodeString utf16 = to_utf16(text);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaks(
      icu::BreakIterator::createLineInstance(icu::Locale(std::string(locale).c_str()), status));
  if (U_FAILURE(status)) return {std::string(text)};
  breaks->setText(utf16);

  std::string current;
  int current_width = 0;
  int32_t start = breaks->first();
  for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaks->next()) {
    // A piece is a word with the spaces after it; the spaces may hang past the edge.
    const std::string piece = to_utf8(utf16.tempSubStringBetween(start, end));
    const bool hard =
        breaks->getRuleStatus() >= UBRK_LINE_HARD && breaks->getRuleStatus() < UBRK_LINE_HARD_LIMIT;
    std::string visible = piece;
    while (!visible.empty() && (visible.back() == ' ' || visible.back() == '\n' ||
                                visible.back() == '\r' || visible.back() == '\t'))
      visible.pop_back();
    const int visible_width = display_width(visible);
    if (current_width + visible_width > width && !current.empty()) {
      lines.push_back(trim_trailing_spaces(current));
      current.clear();
      current_width = 0;
    }
    if (visible_width > width) {
      split_wide_piece(to_utf16(visible), width, lines, current, current_width);
      current += piece.substr(visible.size());
      current_width += display_width(piece.substr(visible.size()));
    } else {
      current += hard ? visible : piece;
      current_width += display_width(hard ? visible : piece);
    }
    if (hard) {
      lines.push_back(trim_trailing_spaces(current));
      current.clear();
      current_width = 0;
    }
  }
  if (!current.empty() || lines.empty()) lines.push_back(trim_trailing_spaces(current));
  return lines;
}

std::string render_dialog(const DialogContent& content, int width) {
  // "│ " + text + " │": four columns of frame and padding.
  constexpr int kFrame = 4;
  width = std::max(width, 20);
  const int max_inner = width - kFrame;
  std::vector<std::string> body = wrap_text(content.message, max_inner, content.locale);
  body.emplace_back();
  for (std::string& line : wrap_text(content.code, max_inner, "root")) body.push_back(line);

  int inner = 0;
  for (const std::string& line : body) inner = std::max(inner, display_width(line));
  std::vector<std::string> title = wrap_text(content.title, max_inner - 3, content.locale);
  std::string title_line = title.empty() ? std::string() : title.front();
  if (title.size() > 1) title_line = trim_trailing_spaces(title_line) + "…";
  inner = std::min(max_inner, std::max(inner, display_width(title_line) + 2));

  std::string out = "┌─";
  if (!title_line.empty()) {
    out += " " + title_line + " ";
    out += repeat("─", inner + 1 - display_width(title_line) - 2);
  } else {
    out += repeat("─", inner + 1);
  }
  out += "┐\n";
  for (const std::string& line : body)
    out +=
        "│ " + line + std::string(static_cast<size_t>(inner - display_width(line)), ' ') + " │\n";
  out += "└" + repeat("─", inner + 2) + "┘\n";
  return out;
}

}  // namespace l10nc
