#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// Breaks text into lines of at most `width` terminal columns at the line-break
// opportunities ICU's BreakIterator finds for the locale (spaces in Spanish, between most
// characters in Japanese); a word wider than the line is split between grapheme clusters.
std::vector<std::string> wrap_text(std::string_view text, int width, std::string_view locale);

struct DialogContent {
  std::string title;
  std::string message;
  std::string code;  // the message key, shown under the message
  std::string locale;
};

// An error dialog for a terminal: a box no wider than `width` columns with the title in
// its top border, the message wrapped inside, and the code on its own line.
std::string render_dialog(const DialogContent& content, int width);

}  // namespace l10nc
