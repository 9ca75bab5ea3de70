#include "readers/markdown_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <utility>
#include <vector>

namespace l10nc {

namespace {

// A piece of inline text: literal text, or a run of '*'/'_' that may open or close emphasis.
struct Piece {
  std::string text;
  char delimiter = 0;
  int count = 0;
  bool can_open = false;
  bool can_close = false;
};

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

UChar32 code_point_before(std::string_view text, size_t offset) {
  if (offset == 0) return -1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(offset);
  UChar32 c;
  U8_PREV(bytes, 0, i, c);
  return c;
}

UChar32 code_point_at(std::string_view text, size_t offset) {
  if (offset >= text.size()) return -1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(offset);
  UChar32 c;
  U8_NEXT(bytes, i, static_cast<int32_t>(text.size()), c);
  return c;
}

bool is_space(UChar32 c) { return c < 0 || u_isUWhiteSpace(c); }  // the text's ends count too
bool is_punct(UChar32 c) {
  return c >= 0 && (u_ispunct(c) || (c < 0x80 && is_ascii_punctuation(static_cast<char>(c))));
}

void append_code_point(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, U8_MAX_LENGTH, c, error);
  if (!error) out.append(buffer, static_cast<size_t>(length));
}

constexpr std::array<std::pair<std::string_view, UChar32>, 40> kEntities = {{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122}, {"hellip", 0x2026},
    {"mdash", 0x2014}, {"ndash", 0x2013}, {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"sbquo", 0x201A},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},  {"laquo", 0xAB},   {"raquo", 0xBB},
    {"bull", 0x2022},  {"middot", 0xB7},  {"times", 0xD7},    {"divide", 0xF7},  {"deg", 0xB0},
    {"plusmn", 0xB1},  {"para", 0xB6},    {"sect", 0xA7},     {"euro", 0x20AC},  {"pound", 0xA3},
    {"yen", 0xA5},     {"cent", 0xA2},    {"shy", 0xAD},      {"zwj", 0x200D},   {"zwnj", 0x200C},
    {"lrm", 0x200E},   {"rlm", 0x200F},   {"thinsp", 0x2009}, {"ensp", 0x2002},  {"emsp", 0x2003},
}};

// "&name;" or "&#123;" / "&#x7B;" at text[i]; returns the bytes consumed (0 if none).
size_t decode_entity(std::string_view text, size_t i, std::string& out) {
  const size_t end = text.find(';', i + 1);
  if (end == std::string_view::npos || end - i > 12) return 0;
  std::string_view body = text.substr(i + 1, end - i - 1);
  if (body.empty()) return 0;
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    UChar32 value = 0;
    for (char c : digits) {
      int digit;
      if (c >= '0' && c <= '9')
        digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f')
        digit = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F')
        digit = c - 'A' + 10;
      else
        return 0;
      value = value * (hex ? 16 : 10) + digit;
      if (value > 0x10FFFF) return 0;
    }
    if (value == 0 || U_IS_SURROGATE(value)) return 0;
    append_code_point(out, value);
    return end - i + 1;
  }
  for (const auto& [name, value] : kEntities) {
    if (name == body) {
      append_code_point(out, value);
      return end - i + 1;
    }
  }
  return 0;
}

// Matching close bracket for the '[' (or '(') at text[open], honouring nesting and escapes.
size_t find_closing(std::string_view text, size_t open, char open_char, char close_char) {
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
      continue;
    }
    if (text[i] == open_char) ++depth;
    if (text[i] == close_char && --depth == 0) return i;
  }
  return std::string_view::npos;
}

}  // namespace

size_t autolink_length(std::string_view text, size_t i) {
  size_t j = i + 1;
  while (j < text.size() && j - i <= 32 &&
         ((text[j] >= 'a' && text[j] <= 'z') || (text[j] >= 'A' && text[j] <= 'Z') ||
          (j > i + 1 && ((text[j] >= '0' && text[j] <= '9') || text[j] == '+' || text[j] == '.' ||
                         text[j] == '-'))))
    ++j;
  if (j - i < 3 || j >= text.size() || text[j] != ':') return 0;
  for (size_t k = j + 1; k < text.size(); ++k) {
    const char c = text[k];
    if (c == '>') return k - i + 1;
    if (c == '<' || c == ' ' || c == '\t' || c == '\n' || c == '\r') return 0;
  }
  return 0;
}

namespace {

std::string autolink_text(std::string_view link) {
  std::string_view inner = link.substr(1, link.size() - 2);
  if (!inner.starts_with("xref:")) return std::string(inner);
  inner.remove_prefix(5);
  if (size_t query = inner.find_first_of("?#"); query != std::string_view::npos)
    inner = inner.substr(0, query);
  if (inner.ends_with("%2A")) inner.remove_suffix(3);  // DocFX's "all overloads" marker
  if (inner.ends_with("*")) inner.remove_suffix(1);
  return std::string(inner);
}

class InlineParser {
 public:
  explicit InlineParser(std::vector<Piece>& pieces) : pieces_(pieces) {}

  void parse(std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
      const char c = text[i];
      if (c == '\\' && i + 1 < text.size() && is_ascii_punctuation(text[i + 1])) {
        literal().push_back(text[i + 1]);
        i += 2;
      } else if (c == '`') {
        i = code_span(text, i);
      } else if (c == '!' && i + 1 < text.size() && text[i + 1] == '[') {
        size_t end = link(text, i + 1);
        if (end == i + 1)
          literal().push_back(c), ++i;
        else
          i = end;
      } else if (c == '[') {
        i = link(text, i);
      } else if (c == '<') {
        if (size_t length = autolink_length(text, i)) {
          literal() += autolink_text(text.substr(i, length));
          i += length;
        } else {
          literal().push_back(c), ++i;
        }
      } else if (c == '&') {
        size_t length = decode_entity(text, i, literal());
        if (length == 0) literal().push_back(c), length = 1;
        i += length;
      } else if (c == '*' || c == '_') {
        i = delimiter_run(text, i);
      } else {
        literal().push_back(c), ++i;
      }
    }
  }

 private:
  std::string& literal() {
    if (pieces_.empty() || pieces_.back().delimiter != 0) pieces_.emplace_back();
    return pieces_.back().text;
  }

  size_t code_span(std::string_view text, size_t i) {
    size_t run = 0;
    while (i + run < text.size() && text[i + run] == '`') ++run;
    for (size_t j = i + run; j < text.size();) {
      if (text[j] != '`') {
        ++j;
        continue;
      }
      size_t close = 0;
      while (j + close < text.size() && text[j + close] == '`') ++close;
      if (close == run) {
        std::string_view content = text.substr(i + run, j - i - run);
        if (content.size() >= 2 && content.front() == ' ' && content.back() == ' ')
          content = content.substr(1, content.size() - 2);
        literal() += content;
        return j + close;
      }
      j += close;
    }
    literal().append(run, '`');
    return i + run;
  }

  // "[text](url)" or "[text][ref]" at text[i]; anything else keeps its '['.
  size_t link(std::string_view text, size_t i) {
    const size_t close = find_closing(text, i, '[', ']');
    if (close != std::string_view::npos && close + 1 < text.size()) {
      const char next = text[close + 1];
      const size_t end = next == '('   ? find_closing(text, close + 1, '(', ')')
                         : next == '[' ? find_closing(text, close + 1, '[', ']')
                                       : std::string_view::npos;
      if (end != std::string_view::npos) {
        parse(text.substr(i + 1, close - i - 1));
        return end + 1;
      }
    }
    literal().push_back('[');
    return i + 1;
  }

  size_t delimiter_run(std::string_view text, size_t i) {
    const char c = text[i];
    size_t run = 0;
    while (i + run < text.size() && text[i + run] == c) ++run;
    const UChar32 before = code_point_before(text, i);
    const UChar32 after = code_point_at(text, i + run);
    const bool left_flanking =
        !is_space(after) && (!is_punct(after) || is_space(before) || is_punct(before));
    const bool right_flanking =
        !is_space(before) && (!is_punct(before) || is_space(after) || is_punct(after));
    Piece piece;
    piece.delimiter = c;
    piece.count = static_cast<int>(run);
    if (c == '*') {
      piece.can_open = left_flanking;
      piece.can_close = right_flanking;
    } else {  // '_' inside a word (SEC_E_OK) is never emphasis
      piece.can_open = left_flanking && (!right_flanking || is_punct(before));
      piece.can_close = right_flanking && (!left_flanking || is_punct(after));
    }
    pieces_.push_back(std::move(piece));
    return i + run;
  }

  std::vector<Piece>& pieces_;
};

// Removes the delimiters that pair up as emphasis; the rest become literal text.
void resolve_emphasis(std::vector<Piece>& pieces) {
  std::vector<size_t> openers;
  for (size_t i = 0; i < pieces.size(); ++i) {
    Piece& closer = pieces[i];
    if (closer.delimiter == 0) continue;
    while (closer.can_close && closer.count > 0) {
      size_t j = openers.size();
      while (j > 0 && pieces[openers[j - 1]].delimiter != closer.delimiter) --j;
      if (j == 0) break;
      Piece& open = pieces[openers[j - 1]];
      const int used = (open.count >= 2 && closer.count >= 2) ? 2 : 1;
      open.count -= used;
      closer.count -= used;
      // Openers inside the matched span can no longer match anything outside it.
      openers.resize(open.count == 0 ? j - 1 : j);
    }
    if (closer.can_open && closer.count > 0) openers.push_back(i);
  }
}

std::string collapse_white_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  bool pending_space = false;
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    // No-break spaces are typography (French "« x »"), not layout: keep them.
    const bool breaking_space =
        c >= 0 && u_isUWhiteSpace(c) && c != 0xA0 && c != 0x2007 && c != 0x202F;
    if (breaking_space) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
  }
  return out;
}

}  // namespace

std::string markdown_to_plain_text(std::string_view markdown) {
  std::vector<Piece> pieces;
  InlineParser(pieces).parse(markdown);
  resolve_emphasis(pieces);
  std::string text;
  for (const Piece& piece : pieces) {
    if (piece.delimiter == 0)
      text += piece.text;
    else
      text.append(static_cast<size_t>(piece.count), piece.delimiter);
  }
  return collapse_white_space(text);
}

bool is_identifier(std::string_view text) {
  if (text.empty()) return false;
  auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; };
  if (!alpha(text[0])) return false;
  for (char c : text)
    if (!alpha(c) && !(c >= '0' && c <= '9')) return false;
  return true;
}

}  // namespace l10nc
