#include "terminal/dialog.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>

#include "base/unicode_text.h"

namespace l10nc {

namespace {

// A line of a paragraph: [start, limit) in UTF-16 units, without its trailing white space.
struct LineRange {
  int32_t start = 0;
  int32_t limit = 0;
};

int range_width(const icu::UnicodeString& text, int32_t start, int32_t limit) {
  int width = 0;
  for (int32_t i = start; i < limit;) {
    UChar32 c;
    U16_NEXT(text.getBuffer(), i, limit, c);
    width += display_width(c);
  }
  return width;
}

bool is_trailing_space(UChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; }

// Fills lines greedily, piece by piece (a piece: a word and the spaces after it, which may
// hang past the edge).
class LineBreaker {
 public:
  LineBreaker(const icu::UnicodeString& text, int width)
      : text_(text), width_(std::max(width, 1)) {}

  std::vector<LineRange> run(const icu::Locale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaks(
        icu::BreakIterator::createLineInstance(locale, status));
    if (U_FAILURE(status)) return {{0, text_.length()}};
    breaks->setText(text_);
    int32_t start = breaks->first();
    for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE;
         start = end, end = breaks->next()) {
      const int32_t rule = breaks->getRuleStatus();
      piece(start, end, rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT);
    }
    if (line_start_ >= 0 || lines_.empty())
      lines_.push_back(line_start_ >= 0 ? LineRange{line_start_, line_end_}
                                        : LineRange{text_.length(), text_.length()});
    return lines_;
  }

 private:
  void piece(int32_t start, int32_t end, bool hard) {
    int32_t visible_end = end;
    while (visible_end > start && is_trailing_space(text_[visible_end - 1])) --visible_end;
    const int visible_width = range_width(text_, start, visible_end);
    const int space_width = hard ? 0 : range_width(text_, visible_end, end);
    if (line_start_ >= 0 && line_width_ + visible_width > width_) flush();
    if (visible_width > width_) {
      split_between_clusters(start, visible_end);
    } else {
      add(start, visible_end, visible_width);
    }
    line_width_ += space_width;
    if (hard) {
      if (line_start_ < 0) line_start_ = line_end_ = start;
      flush();
    }
  }

  void split_between_clusters(int32_t start, int32_t limit) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> characters(
        icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
      add(start, limit, range_width(text_, start, limit));
      return;
    }
    characters->setText(text_);
    for (int32_t from = start, to = characters->following(start);
         from < limit && to != icu::BreakIterator::DONE; from = to, to = characters->next()) {
      to = std::min(to, limit);
      const int cluster_width = range_width(text_, from, to);
      if (line_start_ >= 0 && line_width_ + cluster_width > width_) flush();
      add(from, to, cluster_width);
    }
  }

  void add(int32_t start, int32_t limit, int width) {
    if (line_start_ < 0) line_start_ = start;
    line_end_ = limit;
    line_width_ += width;
  }

  void flush() {
    lines_.push_back({line_start_, line_end_});
    line_start_ = -1;
    line_width_ = 0;
  }

  const icu::UnicodeString& text_;
  const int width_;
  std::vector<LineRange> lines_;
  int32_t line_start_ = -1;  // -1: no line started
  int32_t line_end_ = 0;
  int line_width_ = 0;
};

std::vector<LineRange> break_lines(const icu::UnicodeString& text, int width,
                                   const icu::Locale& locale) {
  return LineBreaker(text, width).run(locale);
}

struct BidiCloser {
  void operator()(UBiDi* bidi) const { ubidi_close(bidi); }
};
using BidiPtr = std::unique_ptr<UBiDi, BidiCloser>;

// A paragraph broken into lines of display order: the bidi levels come from the whole
// paragraph, the reordering is done line by line (as the Unicode bidi algorithm requires).
class Paragraph {
 public:
  Paragraph(std::string_view utf8, bool right_to_left)
      : text_(to_utf16(utf8)), rtl_(right_to_left) {}

  std::vector<std::string> visual_lines(int width, const icu::Locale& locale) const {
    std::vector<std::string> lines;
    for (const LineRange& range : break_lines(text_, width, locale))
      lines.push_back(visual(range.start, range.limit));
    return lines;
  }

  // The first line only, with "…" when the text did not fit.
  std::string visual_first_line(int width, const icu::Locale& locale) const {
    const std::vector<LineRange> ranges = break_lines(text_, width, locale);
    if (ranges.size() < 2) return visual(ranges.front().start, ranges.front().limit);
    Paragraph shortened(
        to_utf8(text_.tempSubStringBetween(ranges.front().start, ranges.front().limit)) + "…",
        rtl_);
    return shortened.visual(0, shortened.text_.length());
  }

 private:
  std::string visual(int32_t start, int32_t limit) const {
    if (start >= limit) return {};
    UErrorCode status = U_ZERO_ERROR;
    BidiPtr paragraph(ubidi_open());
    BidiPtr line(ubidi_open());
    ubidi_setPara(paragraph.get(), text_.getBuffer(), text_.length(), rtl_ ? UBIDI_RTL : UBIDI_LTR,
                  nullptr, &status);
    ubidi_setLine(paragraph.get(), start, limit, line.get(), &status);
    icu::UnicodeString reordered;
    const int32_t capacity = limit - start;
    UChar* buffer = reordered.getBuffer(capacity);
    const int32_t length = ubidi_writeReordered(
        line.get(), buffer, capacity, UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
    reordered.releaseBuffer(U_SUCCESS(status) ? length : 0);
    if (U_FAILURE(status)) return to_utf8(text_.tempSubStringBetween(start, limit));
    return to_utf8(reordered);
  }

  icu::UnicodeString text_;
  bool rtl_;
};

std::string repeat(std::string_view s, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out += s;
  return out;
}

std::string spaces(int count) { return std::string(static_cast<size_t>(std::max(count, 0)), ' '); }

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, int width, std::string_view locale) {
  const icu::UnicodeString utf16 = to_utf16(text);
  std::vector<std::string> lines;
  for (const LineRange& range : break_lines(utf16, width, icu::Locale(std::string(locale).c_str())))
    lines.push_back(to_utf8(utf16.tempSubStringBetween(range.start, range.limit)));
  return lines;
}

std::string render_dialog(const DialogContent& content, int width) {
  // "│ " + text + " │": four columns of frame and padding.
  constexpr int kFrame = 4;
  width = std::max(width, 20);
  const int max_inner = width - kFrame;
  const icu::Locale locale(content.locale.c_str());
  const bool rtl = locale.isRightToLeft();

  std::vector<std::string> body = Paragraph(content.message, rtl).visual_lines(max_inner, locale);
  body.emplace_back();
  for (std::string& line :
       Paragraph(content.code, rtl).visual_lines(max_inner, icu::Locale::getRoot()))
    body.push_back(std::move(line));
  int inner = 0;
  for (const std::string& line : body) inner = std::max(inner, display_width(line));
  const std::string title =
      content.title.empty()
          ? std::string()
          : Paragraph(content.title, rtl).visual_first_line(max_inner - 3, locale);
  const int title_width = display_width(title);
  inner = std::min(max_inner, std::max(inner, title_width + 2));

  // The title sits at the start of the top border: its left in a left-to-right dialog, its
  // right in a right-to-left one.
  std::string out = "┌";
  if (title.empty())
    out += repeat("─", inner + 2);
  else if (rtl)
    out += repeat("─", inner - title_width - 1) + " " + title + " ─";
  else
    out += "─ " + title + " " + repeat("─", inner - title_width - 1);
  out += "┐\n";
  for (const std::string& line : body) {
    const int padding = inner - display_width(line);
    out += "│ " + (rtl ? spaces(padding) + line : line + spaces(padding)) + " │\n";
  }
  out += "└" + repeat("─", inner + 2) + "┘\n";
  return out;
}

std::string render_plain(const DialogContent& content) {
  std::string out;
  if (!content.title.empty()) out += content.title + ": ";
  out += content.message;
  if (!content.code.empty()) out += " (" + content.code + ")";
  return out + "\n";
}

}  // namespace l10nc
