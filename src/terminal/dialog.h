#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace l10nc {

// Breaks text into lines of at most `width` terminal columns at the line-break
// opportunities ICU's BreakIterator finds for the locale (spaces in Spanish, between most
// characters in Japanese); a word wider than the line is split between grapheme clusters.
// Lines are in logical (memory) order.
std::vector<std::string> wrap_text(std::string_view text, int width, std::string_view locale);

struct DialogContent {
  std::string title;
  std::string message;
  std::string code;    // the message key, shown under the message
  std::string locale;  // the language of the text: its line breaking and its direction
};

// An error dialog for a terminal: a box no wider than `width` columns with the title in its top
// border, the message wrapped inside, and the code on its own line. Each line is laid out for
// display with ICU's bidi algorithm (ubidi): in visual order, right-to-left runs reversed and
// mirrored. A right-to-left locale (Arabic, Hebrew) gets a right-to-left dialog: paragraphs
// of right-to-left direction, lines aligned right, the title at the right of the top border.
std::string render_dialog(const DialogContent& content, int width);

// The same for logs: one line, "title: message (code)", in logical order, no box, no wrapping.
std::string render_plain(const DialogContent& content);

}  // namespace l10nc
